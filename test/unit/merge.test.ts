import { describe, expect, it } from 'vitest';
import { canonical, fillProfile, forget, journalOrder, mergeJournals } from '../../src/domain/merge.js';
import type { Entry, Journal, LogEntry, Profile, ReviewEntry } from '../../src/domain/types.js';

const log = (id: string, date: string, createdAt = `${date}T20:00:00.000Z`, extra: Partial<LogEntry> = {}): LogEntry => ({
  id, kind: 'log', date, createdAt, action: `step ${id}`, ...extra,
});
const review = (id: string, ref: string, date: string): ReviewEntry => ({
  id, kind: 'review', ref, date, createdAt: `${date}T21:00:00.000Z`, done: 'yes',
});
const journal = (entries: Entry[], more: Partial<Journal> = {}): Journal => ({ schemaVersion: 1, profile: {}, entries, ...more });
const ids = (j: Journal) => j.entries.map((e) => e.id);

const a = log('a', '2026-11-10');
const b = log('b', '2026-11-11');
const c = log('c', '2026-11-12');
const d = log('d', '2026-11-09');
const ra = review('ra', 'a', '2026-11-12');

describe('mergeJournals', () => {
  const cases: {
    name: string;
    ours: Journal;
    theirs: Journal;
    entries: string[];
    added?: string[];
    same?: number;
    conflicts?: string[];
    removed?: string[];
    skipped?: string[];
    deleted?: string[] | undefined;
    changed: boolean;
  }[] = [
    { name: 'both empty', ours: journal([]), theirs: journal([]), entries: [], changed: false },
    { name: 'into an empty journal', ours: journal([]), theirs: journal([b, a]), entries: ['a', 'b'], added: ['b', 'a'], changed: true },
    { name: 'from an empty copy', ours: journal([a, b]), theirs: journal([]), entries: ['a', 'b'], changed: false },
    { name: 'identical copies', ours: journal([a, b]), theirs: journal([a, b]), entries: ['a', 'b'], same: 2, changed: false },
    {
      name: 'diverged copies: the union, in date order',
      ours: journal([a, b, c]), theirs: journal([a, d, ra]),
      entries: ['d', 'a', 'b', 'c', 'ra'], added: ['d', 'ra'], same: 1, changed: true,
    },
    {
      name: 'same id, different content: ours kept, a conflict',
      ours: journal([a]), theirs: journal([{ ...a, action: 'something else' }, b]),
      entries: ['a', 'b'], added: ['b'], conflicts: ['a'], changed: true,
    },
    {
      name: 'key order alone is no conflict',
      ours: journal([a]), theirs: journal([{ action: a.action, createdAt: a.createdAt, date: a.date, kind: 'log', id: 'a' } as LogEntry]),
      entries: ['a'], same: 1, changed: false,
    },
    { name: 'an id twice in their copy counts once', ours: journal([]), theirs: journal([a, a]), entries: ['a'], added: ['a'], changed: true },
    {
      name: 'deleted here: not brought back, nor its review',
      ours: journal([b], { deleted: ['a'] }), theirs: journal([a, b, ra]),
      entries: ['b'], same: 1, skipped: ['a', 'ra'], deleted: ['a'], changed: false,
    },
    {
      name: 'deleted there: removed here, the deletion remembered',
      ours: journal([a, b, ra]), theirs: journal([b], { deleted: ['a', 'ra'] }),
      entries: ['b'], same: 1, removed: ['a', 'ra'], deleted: ['a', 'ra'], changed: true,
    },
    {
      name: 'a review added elsewhere of an action deleted here is left out',
      ours: journal([b], { deleted: ['a'] }), theirs: journal([ra]),
      entries: ['b'], skipped: ['ra'], deleted: ['a'], changed: false,
    },
    {
      name: 'deletions already known change nothing',
      ours: journal([b], { deleted: ['a'] }), theirs: journal([b], { deleted: ['a'] }),
      entries: ['b'], same: 1, deleted: ['a'], changed: false,
    },
    {
      name: 'a deletion of something never here is still remembered',
      ours: journal([b]), theirs: journal([b], { deleted: ['x'] }),
      entries: ['b'], same: 1, deleted: ['x'], changed: true,
    },
  ];

  it.each(cases)('$name', (t) => {
    const r = mergeJournals(t.ours, t.theirs);
    expect(ids(r.journal)).toEqual(t.entries);
    expect(r.added).toEqual(t.added ?? []);
    expect(r.same).toBe(t.same ?? 0);
    expect(r.conflicts).toEqual(t.conflicts ?? []);
    expect(r.removed).toEqual(t.removed ?? []);
    expect(r.skipped).toEqual(t.skipped ?? []);
    expect(r.journal.deleted).toEqual(t.deleted);
    expect(r.changed).toBe(t.changed);
  });

  it('keeps our version of a conflicting entry', () => {
    const r = mergeJournals(journal([a]), journal([{ ...a, action: 'theirs' }]));
    expect((r.journal.entries[0] as LogEntry).action).toBe(a.action);
  });

  it('gives the same entries in the same order whichever way round', () => {
    const sameDay = [log('x2', '2026-11-10', '2026-11-10T08:00:00.000Z'), log('x1', '2026-11-10', '2026-11-10T08:00:00.000Z')];
    const one = journal([a, c, sameDay[0] as Entry]);
    const two = journal([b, d, sameDay[1] as Entry, ra]);
    expect(ids(mergeJournals(one, two).journal)).toEqual(ids(mergeJournals(two, one).journal));
    expect(ids(mergeJournals(one, two).journal)).toEqual(['d', 'x1', 'x2', 'a', 'b', 'c', 'ra']);
  });

  it('is idempotent: merging the result again changes nothing', () => {
    const first = mergeJournals(journal([a, b]), journal([c, d], { deleted: ['zz'] })).journal;
    const again = mergeJournals(first, journal([c, d], { deleted: ['zz'] }));
    expect(again.changed).toBe(false);
    expect(again.journal).toEqual(first);
  });

  it('does not touch its inputs', () => {
    const ours = journal([b, a]);
    const theirs = journal([c], { profile: { partner: 'Sam' } });
    const before = JSON.stringify([ours, theirs]);
    mergeJournals(ours, theirs);
    expect(JSON.stringify([ours, theirs])).toBe(before);
  });

  it('keeps other top-level fields of our journal', () => {
    const ours = { ...journal([a]), note: 'kept' } as Journal;
    expect((mergeJournals(ours, journal([b])).journal as Journal & { note: string }).note).toBe('kept');
  });
});

describe('fillProfile', () => {
  const cases: { ours: Profile; theirs: Profile; profile: Profile; filled: string[] }[] = [
    { ours: {}, theirs: {}, profile: {}, filled: [] },
    { ours: {}, theirs: { partner: 'Sam', role: 'hurt' }, profile: { partner: 'Sam', role: 'hurt' }, filled: ['partner', 'role'] },
    { ours: { partner: 'Alex' }, theirs: { partner: 'Sam' }, profile: { partner: 'Alex' }, filled: [] },
    { ours: { partner: '' }, theirs: { partner: 'Sam' }, profile: { partner: 'Sam' }, filled: ['partner'] },
    { ours: { remindAt: '20:00' }, theirs: { partner: '', name: 'Jo' }, profile: { remindAt: '20:00', name: 'Jo' }, filled: ['name'] },
  ];
  it.each(cases)('$ours + $theirs', (t) => {
    expect(fillProfile(t.ours, t.theirs)).toEqual({ profile: t.profile, filled: t.filled });
  });
});

describe('journalOrder', () => {
  const cases: [Entry, Entry, number][] = [
    [log('a', '2026-11-01'), log('b', '2026-11-02'), -1],
    [log('a', '2026-11-02', '2026-11-01T00:00:00Z'), log('b', '2026-11-01', '2026-11-05T00:00:00Z'), 1],
    [log('b', '2026-11-01', '2026-11-01T08:00:00Z'), log('a', '2026-11-01', '2026-11-01T09:00:00Z'), -1],
    [log('b', '2026-11-01', '2026-11-01T08:00:00Z'), log('a', '2026-11-01', '2026-11-01T08:00:00Z'), 1],
    [log('a', '2026-11-01'), log('a', '2026-11-01'), 0],
  ];
  it.each(cases)('%#', (x, y, sign) => expect(Math.sign(journalOrder(x, y))).toBe(sign));
});

describe('canonical', () => {
  const cases: [unknown, unknown, boolean][] = [
    [{ a: 1, b: [1, { c: 2, d: 3 }] }, { b: [1, { d: 3, c: 2 }], a: 1 }, true],
    [{ a: 1 }, { a: 1, b: undefined }, true],
    [{ a: [1, 2] }, { a: [2, 1] }, false],
    [{ a: '1' }, { a: 1 }, false],
    [{ a: null }, { a: 'null' }, false],
  ];
  it.each(cases)('%j vs %j', (x, y, same) => expect(canonical(x) === canonical(y)).toBe(same));
});

describe('forget', () => {
  it('removes the entry and its reviews and remembers only their ids', () => {
    const j = journal([a, b, ra], { deleted: ['old'] });
    const r = forget(j, 'a');
    expect(r.entries.map((e) => e.id)).toEqual(['b']);
    expect(r.removed).toEqual(['a', 'ra']);
    expect(r.deleted).toEqual(['old', 'a', 'ra']);
    expect(ids(j)).toEqual(['a', 'b', 'ra']);
  });

  it('removing a review leaves its action', () => {
    expect(forget(journal([a, ra]), 'ra')).toEqual({ entries: [a], deleted: ['ra'], removed: ['ra'] });
  });
});
