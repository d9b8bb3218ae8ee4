import { describe, expect, it } from 'vitest';
import { addDays, daysBetween, isIsoDate, localDate, mondayOf } from '../../src/domain/dates.js';

describe('dates', () => {
  it.each([
    ['2026-01-31', 1, '2026-02-01'],
    ['2026-12-31', 1, '2027-01-01'],
    ['2024-02-28', 1, '2024-02-29'],
    ['2026-03-01', -1, '2026-02-28'],
    ['2026-03-29', 1, '2026-03-30'], // a DST change in Europe: still one calendar day
    ['2026-11-20', -7, '2026-11-13'],
  ])('addDays(%s, %i) = %s', (d, n, want) => expect(addDays(d, n)).toBe(want));

  it.each([
    ['2026-11-20', '2026-11-20', 0],
    ['2026-12-31', '2027-01-01', 1],
    ['2026-03-28', '2026-03-30', 2],
    ['2026-11-20', '2026-11-13', -7],
  ])('daysBetween(%s, %s) = %i', (a, b, want) => expect(daysBetween(a, b)).toBe(want));

  it.each([
    ['2026-11-20', '2026-11-16'], // Friday
    ['2026-11-16', '2026-11-16'], // Monday
    ['2026-11-22', '2026-11-16'], // Sunday
    ['2027-01-01', '2026-12-28'], // ISO week across the year end
  ])('mondayOf(%s) = %s', (d, want) => expect(mondayOf(d)).toBe(want));

  it.each([
    ['2026-02-29', false],
    ['2028-02-29', true],
    ['2026-1-01', false],
    ['2026-11-20T10:00', false],
    ['2026-11-20', true],
  ])('isIsoDate(%s) = %s', (d, want) => expect(isIsoDate(d)).toBe(want));

  it('localDate uses the local calendar day', () => {
    const d = new Date(2026, 10, 20, 23, 59);
    expect(localDate(d)).toBe('2026-11-20');
  });
});
