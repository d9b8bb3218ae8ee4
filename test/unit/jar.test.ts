import { describe, expect, it } from 'vitest';
import {
  CAPACITY, fillLevel, jarView, marblesOf, newMarble, ratioOf, tally, timelineWeeks, weeklyTimeline, type Balance, type Tally,
} from '../../src/domain/jar.js';
import type { Entry, JarEntry } from '../../src/domain/types.js';
import { Refusal } from '../../src/domain/problems.js';

let n = 0;
const marble = (change: 'add' | 'remove', date: string, marbles = 1): JarEntry => ({
  id: `m${++n}`, kind: 'jar', date, createdAt: `${date}T12:00:00Z`, change, text: 'x', marbles,
});
const add = (date: string, marbles = 1) => marble('add', date, marbles);
const out = (date: string, marbles = 1) => marble('remove', date, marbles);
const other: Entry = { id: 'l1', kind: 'log', date: '2026-11-18', createdAt: 'x', checklist: ['check-in'] };

describe('newMarble', () => {
  it('builds a one-marble jar entry with trimmed text', () => {
    expect(newMarble('remove', '  missed the call ', '2026-11-02', { id: 'i', createdAt: 'c' })).toEqual({
      id: 'i', kind: 'jar', date: '2026-11-02', createdAt: 'c', change: 'remove', text: 'missed the call', marbles: 1,
    });
  });
  it.each(['', '   '])('refuses empty text %j', (text) => {
    expect(() => newMarble('add', text, '2026-11-02', { id: 'i', createdAt: 'c' })).toThrow(Refusal);
  });
});

describe('tally', () => {
  const entries = [add('2026-11-01'), add('2026-11-05', 2), out('2026-11-05'), other, add('2026-11-20'), out('2026-11-21')];
  const cases: [string | undefined, string | undefined, Tally][] = [
    [undefined, undefined, { added: 4, removed: 2 }],
    ['2026-11-05', undefined, { added: 3, removed: 2 }],
    [undefined, '2026-11-05', { added: 3, removed: 1 }],
    ['2026-11-05', '2026-11-05', { added: 2, removed: 1 }],
    ['2026-11-06', '2026-11-19', { added: 0, removed: 0 }],
  ];
  it.each(cases)('from %s to %s', (from, to, want) => expect(tally(entries, from, to)).toEqual(want));
  it('ignores negative marble counts from a hand-edited file', () => expect(tally([add('2026-11-01', -3)])).toEqual({ added: 0, removed: 0 }));
});

describe('ratioOf', () => {
  const cases: [number, number, number | null, Balance][] = [
    [0, 0, null, 'empty'],
    [3, 0, null, 'no-removals'],
    [0, 2, 0, 'below'],
    [5, 1, 5, 'above'],
    [11, 2, 5.5, 'above'],
    [9, 2, 4.5, 'near'],
    [3, 1, 3, 'near'],
    [29, 10, 2.9, 'below'],
    [1, 3, 0.3, 'below'],
    [49, 10, 4.9, 'near'],
  ];
  it.each(cases)('%i in, %i out: %s to 1, %s', (added, removed, ratio, balance) => {
    expect(ratioOf({ added, removed })).toEqual({ added, removed, ratio, balance });
  });
  it('judges on the exact ratio, not the rounded one', () => {
    // 4.96 rounds to 5.0 for display but is still short of 5:1.
    expect(ratioOf({ added: 124, removed: 25 })).toMatchObject({ ratio: 5, balance: 'near' });
  });
});

describe('fillLevel', () => {
  const cases: [Tally, number, number][] = [
    [{ added: 0, removed: 0 }, 0, 0],
    [{ added: 7, removed: 0 }, 7, 0.25],
    [{ added: 10, removed: 3 }, 7, 0.25],
    [{ added: 2, removed: 5 }, 0, 0],
    [{ added: CAPACITY, removed: 0 }, CAPACITY, 1],
    [{ added: 40, removed: 2 }, CAPACITY, 1],
    [{ added: 1, removed: 0 }, 1, 0.04],
  ];
  it.each(cases)('%o holds %i marbles, level %d', (t, marbles, level) => expect(fillLevel(t)).toEqual({ marbles, level }));
  it('takes another capacity', () => expect(fillLevel({ added: 5, removed: 0 }, 10)).toEqual({ marbles: 5, level: 0.5 }));
});

describe('weeklyTimeline', () => {
  // 2026-11-20 is a Friday; its ISO week starts Monday 2026-11-16.
  const entries = [
    add('2026-11-02'), add('2026-11-08'), // Mon and Sun of one week
    add('2026-11-09', 2), out('2026-11-12'),
    out('2026-11-16'), add('2026-11-20'),
    add('2026-11-21'), // after today: left out
    add('2026-10-25'), // before the first week shown
    other,
  ];
  it('gives one row per ISO week, oldest first, ending with the current week', () => {
    expect(weeklyTimeline(entries, '2026-11-20', 3)).toEqual([
      { week: '2026-11-02', added: 2, removed: 0 },
      { week: '2026-11-09', added: 2, removed: 1 },
      { week: '2026-11-16', added: 1, removed: 1 },
    ]);
  });
  it('counts a Sunday in the week it ends', () => {
    expect(weeklyTimeline([add('2026-11-22')], '2026-11-22', 1)).toEqual([{ week: '2026-11-16', added: 1, removed: 0 }]);
  });
  it('shows quiet weeks as zero rows', () => {
    expect(weeklyTimeline([add('2026-11-02')], '2026-11-20', 3).map((w) => w.added)).toEqual([1, 0, 0]);
  });
  it('crosses a year end', () => {
    expect(weeklyTimeline([add('2026-12-31'), add('2027-01-04')], '2027-01-05', 2)).toEqual([
      { week: '2026-12-28', added: 1, removed: 0 },
      { week: '2027-01-04', added: 1, removed: 0 },
    ]);
  });
  it('gives nothing for zero weeks', () => expect(weeklyTimeline(entries, '2026-11-20', 0)).toEqual([]));
});

describe('timelineWeeks', () => {
  const cases: [string, Entry[], number][] = [
    ['no marbles: no weeks', [other], 0],
    ['first marble this week', [add('2026-11-17')], 1],
    ['first marble last week', [add('2026-11-15'), add('2026-11-18')], 2],
    ['first marble long ago: capped', [add('2026-01-01')], 8],
    ['a future marble does not start the timeline', [add('2026-12-01')], 0],
  ];
  it.each(cases)('%s', (_, entries, want) => expect(timelineWeeks(entries, '2026-11-20', 8)).toBe(want));
});

describe('jarView', () => {
  it('fills the jar from the last 28 days and compares them with 5:1', () => {
    const entries = [add('2026-10-23', 5), add('2026-10-24', 6), out('2026-11-01'), add('2026-11-20')];
    const view = jarView(entries, '2026-11-20');
    expect(view.window).toEqual({ from: '2026-10-24', to: '2026-11-20' });
    expect(view.recent).toEqual({ added: 7, removed: 1, ratio: 7, balance: 'above' });
    expect(view.total).toEqual({ added: 12, removed: 1, ratio: 12, balance: 'above' });
    expect(view).toMatchObject({ marbles: 6, capacity: CAPACITY, goal: 5, level: 0.21 });
    expect(view.weeks.map((w) => w.week)).toEqual(['2026-10-19', '2026-10-26', '2026-11-02', '2026-11-09', '2026-11-16']);
    expect(view.weeks[0]).toEqual({ week: '2026-10-19', added: 11, removed: 0 });
    expect(view.weeks.at(-1)).toEqual({ week: '2026-11-16', added: 1, removed: 0 });
  });
  it('is empty for a journal without marbles', () => {
    expect(jarView([other], '2026-11-20')).toMatchObject({ marbles: 0, level: 0, weeks: [], recent: { balance: 'empty' } });
  });
});

describe('marbles of a hand-edited jar entry', () => {
  const base = { id: 'j', kind: 'jar' as const, date: '2026-11-20', createdAt: 'x', change: 'add' as const, text: 't' };
  it.each([
    [{ marbles: 2 }, 2],
    [{}, 1],
    [{ marbles: -3 }, 0],
    [{ marbles: 'two' }, 1],
  ])('%j counts %i', (extra, want) => {
    expect(marblesOf({ ...base, ...extra } as unknown as JarEntry)).toBe(want);
    expect(tally([{ ...base, ...extra } as unknown as JarEntry])).toEqual({ added: want, removed: 0 });
  });
});
