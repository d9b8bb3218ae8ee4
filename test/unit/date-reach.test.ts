// The days trust computes with, and report periods that always end.
import { describe, expect, it } from 'vitest';
import { FIRST_DAY, inReach, LAST_DAY } from '../../src/domain/dates.js';
import { daysOf, resolvePeriod } from '../../src/domain/report-period.js';
import { refusedWith } from '../helpers/problems.js';

describe('inReach', () => {
  it.each([
    ['1899-12-31', false],
    [FIRST_DAY, true],
    ['2026-11-20', true],
    [LAST_DAY, true],
    ['9999-01-01', false],
    ['9999-12-31', false],
  ])('%s → %s', (date, expected) => expect(inReach(date)).toBe(expected));
});

describe('daysOf counts days, so it ends even past year 9999', () => {
  it.each([
    ['9999-12-30', '9999-12-31', 2],
    ['9998-12-25', '9998-12-31', 7],
    ['2026-11-20', '2026-11-20', 1],
  ])('%s to %s: %i days', (from, to, n) => {
    const days = daysOf({ from, to });
    expect(days).toHaveLength(n);
    expect(days[0]).toBe(from);
  });
});

describe('a report spans less than 200 years', () => {
  it.each([
    ['1900-01-01', '2099-12-31', true],
    ['1900-01-01', '2100-01-01', false],
    ['1904-02-29', '2104-02-28', true],
    ['1904-02-29', '2104-02-29', false],
    ['1900-01-01', '9998-12-31', false],
  ])('%s to %s: allowed %s', (since, until, allowed) => {
    const run = () => resolvePeriod({ since, until }, '2026-11-20');
    if (allowed) expect(run()).toEqual({ from: since, to: until });
    else expect(refusedWith(run)).toMatch(/200 years/);
  });
});
