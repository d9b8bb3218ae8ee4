import { describe, expect, it } from 'vitest';
import { daysOf, lengthOf, periodBefore, resolvePeriod, weekday } from '../../src/domain/report-period.js';
import { Refusal } from '../../src/domain/problems.js';
import { refusedWith } from '../helpers/problems.js';

describe('resolvePeriod', () => {
  it.each([
    { name: 'nothing: the 7 days ending today', flags: {}, today: '2026-11-20', from: '2026-11-14', to: '2026-11-20' },
    { name: 'default across a month end', flags: {}, today: '2026-11-02', from: '2026-10-27', to: '2026-11-02' },
    { name: 'default across a year end', flags: {}, today: '2027-01-03', from: '2026-12-28', to: '2027-01-03' },
    { name: '--week on a Wednesday', flags: { week: '2026-10-28' }, today: '2026-11-20', from: '2026-10-26', to: '2026-11-01' },
    { name: '--week on the Monday', flags: { week: '2026-10-26' }, today: '2026-11-20', from: '2026-10-26', to: '2026-11-01' },
    { name: '--week on the Sunday', flags: { week: '2026-11-01' }, today: '2026-11-20', from: '2026-10-26', to: '2026-11-01' },
    { name: '--week spanning a year end (ISO week 53)', flags: { week: '2027-01-01' }, today: '2027-02-01', from: '2026-12-28', to: '2027-01-03' },
    { name: '--week of a leap day', flags: { week: '2028-02-29' }, today: '2028-03-10', from: '2028-02-28', to: '2028-03-05' },
    { name: '--week in the future is allowed (and empty)', flags: { week: '2027-06-01' }, today: '2026-11-20', from: '2027-05-31', to: '2027-06-06' },
    { name: '--since alone runs to today', flags: { since: '2026-10-01' }, today: '2026-11-20', from: '2026-10-01', to: '2026-11-20' },
    { name: '--until alone is the 7 days ending then', flags: { until: '2026-03-01' }, today: '2026-11-20', from: '2026-02-23', to: '2026-03-01' },
    { name: '--since and --until', flags: { since: '2026-10-31', until: '2026-11-01' }, today: '2026-11-20', from: '2026-10-31', to: '2026-11-01' },
    { name: 'one day', flags: { since: '2026-11-01', until: '2026-11-01' }, today: '2026-11-20', from: '2026-11-01', to: '2026-11-01' },
    { name: 'surrounding spaces are fine', flags: { since: ' 2026-11-01 ' }, today: '2026-11-02', from: '2026-11-01', to: '2026-11-02' },
  ])('$name', ({ flags, today, from, to }) => {
    expect(resolvePeriod(flags, today)).toEqual({ from, to });
  });

  it.each([
    { name: 'a bad --week', flags: { week: '2026-13-01' }, message: /--week takes a date/ },
    { name: 'a non-date --since', flags: { since: 'last monday' }, message: /--since takes a date/ },
    { name: 'an impossible --until', flags: { until: '2026-02-30' }, message: /--until takes a date/ },
    { name: '--since after --until', flags: { since: '2026-11-02', until: '2026-11-01' }, message: /--since 2026-11-02 is after --until 2026-11-01/ },
    { name: '--since after today', flags: { since: '2026-12-01' }, message: /--since 2026-12-01 is after the end of the report \(2026-11-20\)/ },
    { name: '--week with --since', flags: { week: '2026-11-01', since: '2026-10-01' }, message: /--week .* without --since and --until/ },
  ])('rejects $name', ({ flags, message }) => {
    expect(() => resolvePeriod(flags, '2026-11-20')).toThrow(Refusal);
    expect(refusedWith(() => resolvePeriod(flags, '2026-11-20'))).toMatch(message);
  });
});

describe('period arithmetic', () => {
  it.each([
    { from: '2026-10-26', to: '2026-11-01', length: 7, before: { from: '2026-10-19', to: '2026-10-25' } },
    { from: '2027-01-01', to: '2027-01-07', length: 7, before: { from: '2026-12-25', to: '2026-12-31' } },
    { from: '2028-03-01', to: '2028-03-02', length: 2, before: { from: '2028-02-28', to: '2028-02-29' } },
    { from: '2026-11-01', to: '2026-11-30', length: 30, before: { from: '2026-10-02', to: '2026-10-31' } },
    { from: '2026-03-29', to: '2026-03-29', length: 1, before: { from: '2026-03-28', to: '2026-03-28' } },
  ])('$from to $to: $length days, the period before is $before.from to $before.to', ({ from, to, length, before }) => {
    expect(lengthOf({ from, to })).toBe(length);
    expect(periodBefore({ from, to })).toEqual(before);
    expect(daysOf({ from, to })).toHaveLength(length);
  });

  it('lists each day once across DST changes and a month end', () => {
    expect(daysOf({ from: '2026-10-24', to: '2026-11-02' })).toEqual([
      '2026-10-24', '2026-10-25', '2026-10-26', '2026-10-27', '2026-10-28', '2026-10-29', '2026-10-30', '2026-10-31', '2026-11-01', '2026-11-02',
    ]);
  });

  it.each([
    ['2026-10-26', 0], ['2026-11-01', 6], ['2026-11-20', 4], ['2027-01-01', 4], ['2028-02-29', 1], ['1970-01-01', 3], ['1969-12-29', 0],
  ])('%s is weekday %i (Monday 0)', (date, day) => {
    expect(weekday(date)).toBe(day);
  });
});
