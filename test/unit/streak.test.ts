import { describe, expect, it } from 'vitest';
import { daysBetween } from '../../src/domain/dates.js';
import { dayNumber, sortedDays, streak, streakAt } from '../../src/domain/streak.js';

describe('dayNumber', () => {
  it.each([
    ['1970-01-01', 0],
    ['1970-01-02', 1],
    ['1969-12-31', -1],
    ['2000-03-01', 11_017],
    ['2026-11-20', 20_777],
  ])('%s is day %i', (date, n) => {
    expect(dayNumber(date)).toBe(n);
  });

  it.each([
    ['2026-10-31', '2026-11-01', 1], // month end (and the eve of a DST change)
    ['2026-03-28', '2026-03-30', 2], // Europe springs forward on the 29th
    ['2026-12-31', '2027-01-01', 1], // year end
    ['2028-02-28', '2028-03-01', 2], // leap year
    ['2027-02-28', '2027-03-01', 1], // not a leap year
    ['2100-02-28', '2100-03-01', 1], // centuries are not leap years...
    ['2000-02-28', '2000-03-01', 2], // ...unless divisible by 400
    ['1999-06-15', '2026-11-20', 10_020],
  ])('counts the days from %s to %s like the calendar does', (a, b, gap) => {
    expect(dayNumber(b) - dayNumber(a)).toBe(gap);
    expect(dayNumber(b) - dayNumber(a)).toBe(daysBetween(a, b));
  });
});

describe('streakAt', () => {
  const days = (...list: string[]) => sortedDays(list);
  it.each([
    { name: 'no days', logged: [], to: '2026-11-01', current: 0, longest: 0 },
    { name: 'only today', logged: ['2026-11-01'], to: '2026-11-01', current: 1, longest: 1 },
    { name: 'up to yesterday still counts', logged: ['2026-10-30', '2026-10-31'], to: '2026-11-01', current: 2, longest: 2 },
    { name: 'two days ago breaks it', logged: ['2026-10-29', '2026-10-30'], to: '2026-11-01', current: 0, longest: 2 },
    { name: 'across a month end', logged: ['2026-10-30', '2026-10-31', '2026-11-01'], to: '2026-11-01', current: 3, longest: 3 },
    { name: 'across a year end', logged: ['2026-12-30', '2026-12-31', '2027-01-01', '2027-01-02'], to: '2027-01-02', current: 4, longest: 4 },
    { name: 'across a leap day', logged: ['2028-02-28', '2028-02-29', '2028-03-01'], to: '2028-03-01', current: 3, longest: 3 },
    { name: 'a gap splits runs', logged: ['2026-10-01', '2026-10-02', '2026-10-03', '2026-10-05', '2026-10-06'], to: '2026-10-06', current: 2, longest: 3 },
    { name: 'days after `to` are ignored', logged: ['2026-10-01', '2026-10-02', '2026-10-03', '2026-10-04'], to: '2026-10-02', current: 2, longest: 2 },
    { name: 'a later longer run does not count yet', logged: ['2026-10-01', '2026-10-05', '2026-10-06', '2026-10-07'], to: '2026-10-01', current: 1, longest: 1 },
  ])('$name', ({ logged, to, current, longest }) => {
    expect(streakAt(days(...logged), to)).toEqual({ current, longest });
  });

  it('takes days in any order and ignores repeats', () => {
    expect(streak(['2026-11-01', '2026-10-31', '2026-11-01', '2026-10-30', '2026-10-31'], '2026-11-01')).toEqual({ current: 3, longest: 3 });
  });
});
