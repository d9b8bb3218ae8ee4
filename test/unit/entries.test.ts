import { describe, expect, it } from 'vitest';
import { filterEntries, findEntry, newLog, newReview, openActions, shortId } from '../../src/domain/entries.js';
import type { Entry, LogEntry, ReviewEntry } from '../../src/domain/types.js';
import { Refusal } from '../../src/domain/problems.js';
import { refusedWith } from '../helpers/problems.js';

const stamp = (id: string, createdAt = '2026-11-20T12:00:00.000Z') => ({ id, createdAt });

function log(id: string, date: string, extra: Partial<LogEntry> = {}): LogEntry {
  return { id, kind: 'log', date, createdAt: `${date}T09:00:00.000Z`, ...extra };
}
function review(id: string, ref: string, date: string, extra: Partial<ReviewEntry> = {}): ReviewEntry {
  return { id, kind: 'review', ref, date, createdAt: `${date}T21:00:00.000Z`, done: 'yes', ...extra };
}

const entries: Entry[] = [
  log('aaaa1111-0000-4000-8000-000000000001', '2026-11-10', { thought: 'They will leave', action: 'Ask directly', traps: ['fortune-telling'], types: ['emotional'] }),
  log('aaaa2222-0000-4000-8000-000000000002', '2026-11-12', { action: 'Share my day', gratitude: ['Made soup'] }),
  review('bbbb1111-0000-4000-8000-000000000003', 'aaaa1111-0000-4000-8000-000000000001', '2026-11-13', { outcome: 'They hugged me' }),
  log('cccc1111-0000-4000-8000-000000000004', '2026-11-14', { checklist: ['check-in'] }),
  log('dddd1111-0000-4000-8000-000000000005', '2026-11-20', { thought: 'Nobody is honest', action: 'Tell one truth', traps: ['overgeneralisation'] }),
];

describe('findEntry', () => {
  it.each([
    ['aaaa1111-0000-4000-8000-000000000001', 'aaaa1111-0000-4000-8000-000000000001'],
    ['aaaa1', 'aaaa1111-0000-4000-8000-000000000001'],
    ['CCCC', 'cccc1111-0000-4000-8000-000000000004'],
    ['bbbb1111', 'bbbb1111-0000-4000-8000-000000000003'],
  ])('finds %s', (ref, id) => expect(findEntry(entries, ref).id).toBe(id));

  it.each([
    ['aaa', 'too short'],
    ['aaaa', 'matches 2 entries'],
    ['eeee', 'No entry has an id starting with "eeee"'],
  ])('refuses %s (%s)', (ref, why) => {
    expect(() => findEntry(entries, ref)).toThrow(Refusal);
    expect(refusedWith(() => findEntry(entries, ref))).toContain(why);
  });
});

describe('newLog', () => {
  it('stamps an entry and drops empty fields', () => {
    const e = newLog({ date: '2026-11-20', thought: 'x', action: 'y', gratitude: [], situation: '' }, stamp('id-1'));
    expect(e).toEqual({ id: 'id-1', kind: 'log', date: '2026-11-20', createdAt: '2026-11-20T12:00:00.000Z', thought: 'x', action: 'y' });
    expect(Object.keys(e).slice(0, 4)).toEqual(['id', 'kind', 'date', 'createdAt']);
  });

  it.each([
    [{ date: '2026-11-20', belief: 50 }, 'Nothing to log'],
    [{ date: '2026-11-20', action: 'a', predictionBelief: 50 }, '--prediction-belief rates'],
    [{ date: '2026-11-20', thought: 'x', beliefBalanced: 50 }, '--belief-balanced rates'],
    [{ date: '2026-11-20' }, 'Nothing to log'],
    [{ date: '2026-11-20', situation: 'late' }, 'Nothing to log'],
    [{ date: '2026-11-20', gratitude: ['a', 'b', 'c', 'd'] }, 'at most 3'],
  ])('refuses %j', (fields, why) => expect(refusedWith(() => newLog(fields, stamp('x')))).toContain(why));

  it.each([
    [{ date: '2026-11-20', action: 'only an action' }],
    [{ date: '2026-11-20', thought: 'a thought record without a step' }],
    [{ date: '2026-11-20', emotions: [{ name: 'hope', intensity: 40 }] }],
    [{ date: '2026-11-20', checklist: ['privacy' as const] }],
    [{ date: '2026-11-20', gratitude: ['tea'] }],
  ])('accepts %j', (fields) => expect(newLog(fields, stamp('x')).kind).toBe('log'));
});

describe('openActions', () => {
  it('lists unreviewed actions oldest first', () => {
    expect(openActions(entries).map((e) => shortId(e.id))).toEqual(['aaaa2222', 'dddd1111']);
  });
  it('only before a day when asked', () => {
    expect(openActions(entries, '2026-11-20').map((e) => shortId(e.id))).toEqual(['aaaa2222']);
  });
  it('is empty for an empty journal', () => expect(openActions([])).toEqual([]));
});

describe('newReview', () => {
  const target = entries[1] as LogEntry;
  it('refers to its action and is dated today', () => {
    const r = newReview(target, entries, { done: 'partly', talked: false }, '2026-11-20', stamp('r-1'));
    expect(r).toMatchObject({ id: 'r-1', kind: 'review', date: '2026-11-20', ref: target.id, done: 'partly', talked: false });
  });
  it('never predates its action', () => {
    expect(newReview(target, entries, { done: 'no' }, '2026-11-01', stamp('r')).date).toBe('2026-11-12');
  });
  it.each([
    [entries[0], 'already been reviewed'],
    [entries[2], 'has no small step'],
    [entries[3], 'has no small step'],
  ])('refuses %#', (e, why) => expect(refusedWith(() => newReview(e as Entry, entries, { done: 'yes' }, '2026-11-20', stamp('r')))).toContain(why));
});

describe('filterEntries', () => {
  const ids = (f: Parameters<typeof filterEntries>[1]) => filterEntries(entries, f).map((e) => e.id.slice(0, 4));
  it.each([
    [{}, ['dddd', 'cccc', 'bbbb', 'aaaa', 'aaaa']],
    [{ since: '2026-11-12', until: '2026-11-14' }, ['cccc', 'bbbb', 'aaaa']],
    [{ kind: 'review' as const }, ['bbbb']],
    [{ trap: 'fortune-telling' as const }, ['aaaa']],
    [{ type: 'emotional' as const }, ['aaaa']],
    [{ contains: 'HUGGED' }, ['bbbb']],
    [{ contains: 'soup' }, ['aaaa']],
    [{ open: true }, ['dddd', 'aaaa']],
    [{ limit: 2 }, ['dddd', 'cccc']],
    [{ kind: 'jar' as const }, []],
  ])('%j', (f, want) => expect(ids(f)).toEqual(want));
});
