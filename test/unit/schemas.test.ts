// The schemas of every shape on disk: what they accept, what they refuse,
// and how a refusal is told (the place and the rule, never the value).
import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import catalogData from '../../data/catalog.json';
import sample from '../../data/sample-journal.json';
import { tenYears } from '../../bench/generate.js';
import { CatalogSchema } from '../../src/domain/schemas.js';
import { checkEntry, checkJournal, isDraft, isHolder, withinDepth, type Problem } from '../../src/storage/schemas.js';
import { describeProblem } from '../../src/ui/messages-schema.js';

const ID = '3f2a9c1e-0000-4000-8000-000000000001';
const at = { id: ID, date: '2026-11-19', createdAt: '2026-11-19T20:00:00.000Z' };
const log = { ...at, kind: 'log', thought: 'private words', action: 'Ask' };
const review = { ...at, kind: 'review', ref: 'L1020', done: 'partly' };
const deep = (n: number): unknown => {
  let value: unknown = 1;
  for (let i = 0; i < n; i++) value = { a: value };
  return value;
};

describe('what ships is what the schemas describe', () => {
  it('the catalogue', () => {
    expect(v.safeParse(CatalogSchema, catalogData).issues).toBeUndefined();
  });

  it.each([
    ['a role that is not one', { partner: { example: 'x' } }],
    ['a variant that is not words', { hurt: { example: 3 } }],
    ['a list', [{ example: 'x' }]],
  ])('and refuses a trap variant for %s', (_why, byRole) => {
    const [first, ...rest] = catalogData.traps;
    const traps = [{ ...first, byRole }, ...rest];
    expect(v.safeParse(CatalogSchema, { ...catalogData, traps }).success).toBe(false);
  });

  it('the sample journal and ten generated years', () => {
    expect(checkJournal(sample)).toBeUndefined();
    expect(checkJournal({ ...tenYears() })).toBeUndefined();
  });
});

describe('checkEntry', () => {
  const ok: [string, unknown][] = [
    ['a log', log],
    ['a log with every field', { ...log, situation: 's', types: ['self'], emotions: [{ name: 'fear', intensity: 0 }], belief: 100, evidenceFor: 'a', evidenceAgainst: 'b', traps: ['labelling'], balanced: 'c', beliefAfter: 3, behaviour: 'keep-promises', step: 3, prediction: 'p', checklist: ['repair'], gratitude: ['tea'] }],
    ['a review with a short ref', review],
    ['a review with every field', { ...review, outcome: 'o', talked: false, safety: 10, beliefNow: 0, cameTrue: 'no' }],
    ['a jar entry', { ...at, kind: 'jar', change: 'remove', text: 't', marbles: 1 }],
    ['an exercise', { ...at, kind: 'exercise', exercise: 'x', answers: { a: 'b' } }],
    ['a check', { ...at, kind: 'check', signs: [] }],
    ['a short id as in test journals', { ...log, id: 'L1020' }],
    ['a createdAt with an offset', { ...log, createdAt: '2026-11-19T20:00:00+01:00' }],
    ['a createdAt without seconds', { ...log, createdAt: '2026-11-19T20:00Z' }],
    ['fields a newer trust writes', { ...log, beliefBalanced: 40, emotionsAfter: [{ name: 'calm', intensity: 20 }] }],
    ['a leap day', { ...log, date: '2024-02-29' }],
    ['a correction', { ...at, kind: 'edit', ref: 'L1020', fields: { thought: 'fixed', belief: 40, done: 'partly', talked: true } }],
  ];
  it.each(ok)('accepts %s', (_name, e) => {
    expect(checkEntry(e, 1)).toBeUndefined();
  });

  const bad: [string, unknown, Problem][] = [
    ['null', null, { entry: 1, rule: 'object' }],
    ['a list', [log], { entry: 1, rule: 'object' }],
    ['no kind', { ...log, kind: undefined }, { entry: 1, id: ID, field: 'kind', rule: 'missing' }],
    ['a kind that is a number', { ...log, kind: 1 }, { entry: 1, id: ID, field: 'kind', rule: 'text' }],
    ['an unknown kind', { ...log, kind: 'memo' }, { entry: 1, id: ID, field: 'kind', rule: 'kind' }],
    ['a correction with no fields', { ...log, kind: 'edit', ref: ID }, { entry: 1, id: ID, field: 'fields', rule: 'missing' }],
    ['a correction rating out of range', { ...log, kind: 'edit', ref: ID, fields: { belief: 101 } }, { entry: 1, id: ID, field: 'fields.belief', rule: 'rating-100' }],
    ['a correction of an unknown answer', { ...log, kind: 'edit', ref: ID, fields: { done: 'maybe' } }, { entry: 1, id: ID, field: 'fields.done', rule: 'known' }],
    ['a kind from Object.prototype', { ...log, kind: 'toString' }, { entry: 1, id: ID, field: 'kind', rule: 'kind' }],
    ['a one-letter id', { ...log, id: 'x' }, { entry: 1, field: 'id', rule: 'id' }],
    ['an id with a slash', { ...log, id: '../etc' }, { entry: 1, field: 'id', rule: 'id' }],
    ['an id with an escape', { ...log, id: 'ab\u001b[2J' }, { entry: 1, field: 'id', rule: 'id' }],
    ['no date', { ...log, date: undefined }, { entry: 1, id: ID, field: 'date', rule: 'missing' }],
    ['February 30th', { ...log, date: '2026-02-30' }, { entry: 1, id: ID, field: 'date', rule: 'date' }],
    ['a date-time as date', { ...log, date: '2026-11-19T20:00:00Z' }, { entry: 1, id: ID, field: 'date', rule: 'date' }],
    ['a createdAt of 25 hours', { ...log, createdAt: '2026-11-19T25:00:00Z' }, { entry: 1, id: ID, field: 'createdAt', rule: 'time' }],
    ['a createdAt without a zone', { ...log, createdAt: '2026-11-19T20:00:00' }, { entry: 1, id: ID, field: 'createdAt', rule: 'time' }],
    ['a thought that is a number', { ...log, thought: 42 }, { entry: 1, id: ID, field: 'thought', rule: 'text' }],
    ['types as text', { ...log, types: 'self' }, { entry: 1, id: ID, field: 'types', rule: 'list' }],
    ['an unknown trust type', { ...log, types: ['self', 'cosmic'] }, { entry: 1, id: ID, field: 'types', item: 2, rule: 'known' }],
    ['emotions [null]', { ...log, emotions: [null] }, { entry: 1, id: ID, field: 'emotions', item: 1, rule: 'object' }],
    ['an intensity of 101', { ...log, emotions: [{ name: 'fear', intensity: 101 }] }, { entry: 1, id: ID, field: 'emotions', item: 1, part: 'intensity', rule: 'rating-100' }],
    ['a belief of 50.5', { ...log, belief: 50.5 }, { entry: 1, id: ID, field: 'belief', rule: 'rating-100' }],
    ['a belief of -1', { ...log, belief: -1 }, { entry: 1, id: ID, field: 'belief', rule: 'rating-100' }],
    ['a step of 4', { ...log, step: 4 }, { entry: 1, id: ID, field: 'step', rule: 'step' }],
    ['gratitude [1]', { ...log, gratitude: [1] }, { entry: 1, id: ID, field: 'gratitude', item: 1, rule: 'text' }],
    ['a review without done', { ...review, done: undefined }, { entry: 1, id: ID, field: 'done', rule: 'missing' }],
    ['a review done "maybe"', { ...review, done: 'maybe' }, { entry: 1, id: ID, field: 'done', rule: 'known' }],
    ['a safety of 11', { ...review, safety: 11 }, { entry: 1, id: ID, field: 'safety', rule: 'rating-10' }],
    ['talked "yes"', { ...review, talked: 'yes' }, { entry: 1, id: ID, field: 'talked', rule: 'flag' }],
    ['a jar change "keep"', { ...at, kind: 'jar', change: 'keep', text: 't', marbles: 1 }, { entry: 1, id: ID, field: 'change', rule: 'known' }],
    ['marbles -1', { ...at, kind: 'jar', change: 'add', text: 't', marbles: -1 }, { entry: 1, id: ID, field: 'marbles', rule: 'count' }],
    ['answers as a list', { ...at, kind: 'exercise', exercise: 'x', answers: ['a'] }, { entry: 1, id: ID, field: 'answers', rule: 'answers' }],
    ['an answer that is a number (its key not named)', { ...at, kind: 'exercise', exercise: 'x', answers: { private: 1 } }, { entry: 1, id: ID, field: 'answers', rule: 'text' }],
    ['signs null', { ...at, kind: 'check', signs: null }, { entry: 1, id: ID, field: 'signs', rule: 'list' }],
    ['a field nested 40 deep', { ...log, later: deep(40) }, { entry: 1, id: ID, rule: 'deep' }],
    ['a known field nested 100,000 deep', { ...log, emotions: [deep(100_000)] }, { entry: 1, id: ID, field: 'emotions', rule: 'deep' }],
  ];
  it.each(bad)('refuses %s', (_name, e, want) => {
    expect(checkEntry(e, 1)).toEqual(want);
  });
});

describe('checkJournal', () => {
  const head = { schemaVersion: 1, profile: {}, entries: [] };
  it.each([
    ['no profile', { schemaVersion: 1, entries: [] }, { field: 'profile', rule: 'missing' }],
    ['a partner that is an object', { ...head, profile: { partner: { a: 1 } } }, { field: 'profile.partner', rule: 'text' }],
    ['a role nobody has', { ...head, profile: { role: 'judge' } }, { field: 'profile.role', rule: 'known' }],
    ['a reminder at 25:00', { ...head, profile: { remindAt: '25:00' } }, { field: 'profile.remindAt', rule: 'clock' }],
    ['a profile 100,000 deep', { ...head, profile: deep(100_000) }, { field: 'profile', rule: 'deep' }],
    ['deleted as text', { ...head, deleted: 'all' }, { field: 'deleted', rule: 'list' }],
    ['a deleted id that is a number', { ...head, deleted: [ID, 7] }, { field: 'deleted', item: 2, rule: 'id' }],
    ['entries as an object', { ...head, entries: {} }, { field: 'entries', rule: 'list' }],
    ['the third entry bad', { ...head, entries: [log, log, { ...log, date: 'soon' }] }, { entry: 3, id: ID, field: 'date', rule: 'date' }],
  ] as [string, Record<string, unknown>, Problem][])('refuses %s', (_name, j, want) => {
    expect(checkJournal(j)).toEqual(want);
  });

  it('checks only the head when asked to (a file trust wrote itself)', () => {
    expect(checkJournal({ ...head, entries: [{ kind: 'bogus' }] }, false)).toBeUndefined();
    expect(checkJournal({ ...head, profile: [] }, false)).toEqual({ field: 'profile', rule: 'object' });
  });
});

describe('describeProblem', () => {
  it.each([
    [{ entry: 2, id: ID, field: 'thought', rule: 'text' }, 'entry 2 (3f2a9c1e): "thought" is not text'],
    [{ entry: 2, field: 'id', rule: 'id' }, 'entry 2: "id" is not an entry id'],
    [{ entry: 1, id: ID, field: 'ref', rule: 'missing' }, 'entry 1 (3f2a9c1e) has no "ref"'],
    [{ entry: 1, id: ID, field: 'emotions', item: 1, part: 'intensity', rule: 'missing' }, 'entry 1 (3f2a9c1e): item 1 of "emotions" has no "intensity"'],
    [{ entry: 1, id: ID, field: 'emotions', item: 1, part: 'intensity', rule: 'rating-100' }, 'entry 1 (3f2a9c1e): item 1 of "emotions": "intensity" is not a whole number from 0 to 100'],
    [{ entry: 4, id: ID, field: 'kind', rule: 'kind' }, 'entry 4 (3f2a9c1e) is of a kind this trust does not know'],
    [{ entry: 4, rule: 'object' }, 'entry 4 is not an object'],
    [{ field: 'profile', rule: 'missing' }, '"profile" is missing'],
    [{ field: 'profile', rule: 'deep' }, '"profile" nests deeper than 32 levels'],
    [{ rule: 'object' }, 'the top level is not an object'],
    [{ rule: 'large' }, 'it is larger than 256 MB'],
  ] as [Problem, string][])('%j', (p, want) => {
    expect(describeProblem(p)).toBe(want);
  });
});

describe('withinDepth', () => {
  it.each([
    [1, 32, true],
    [32, 32, true],
    [33, 32, false],
    [1_000_000, 32, false],
  ])('%i levels, at most %i: %s', (n, max, want) => {
    expect(withinDepth(deep(n), max)).toBe(want);
  });
});

describe('the draft and the lock holder', () => {
  it.each([
    ['a resumable draft', { date: '2026-11-20', startedAt: '2026-11-20T20:00:00.000Z', answers: { thought: 'x' } }, true],
    ['one with a key it does not know', { date: '2026-11-20', startedAt: '2026-11-20T20:00:00.000Z', answers: {}, later: 1 }, true],
    ['one without startedAt', { date: '2026-11-20', answers: {} }, false],
    ['one dated "today"', { date: 'today', startedAt: '2026-11-20T20:00:00.000Z', answers: {} }, false],
    ['one with null answers', { date: '2026-11-20', startedAt: '2026-11-20T20:00:00.000Z', answers: null }, false],
    ['one 100,000 deep', { date: '2026-11-20', startedAt: '2026-11-20T20:00:00.000Z', answers: deep(100_000) }, false],
    ['one with a half-typed answer', { date: '2026-11-20', startedAt: '2026-11-20T20:00:00.000Z', answers: {}, partial: { step: 'thought', nth: 0, text: 'If I' } }, true],
    ['one whose half-typed answer is blank', { date: '2026-11-20', startedAt: '2026-11-20T20:00:00.000Z', answers: {}, partial: { step: 'thought', nth: 0, text: ' ' } }, false],
    ['one whose half-typed answer has no place', { date: '2026-11-20', startedAt: '2026-11-20T20:00:00.000Z', answers: {}, partial: { step: 'thought', text: 'If I' } }, false],
  ])('draft: %s', (_name, d, want) => {
    expect(isDraft(d)).toBe(want);
  });

  it.each([
    [{ pid: 42, host: 'laptop' }, true],
    [{ pid: 42, host: 'laptop', start: '123', nonce: 'ab' }, true],
    [{ pid: 0, host: 'laptop' }, false],
    [{ pid: 4.2, host: 'laptop' }, false],
    [{ pid: 42 }, false],
    [{ pid: 42, host: 'laptop', start: 123 }, false],
  ])('holder %j: %s', (h, want) => {
    expect(isHolder(h)).toBe(want);
  });
});
