import { describe, expect, it } from 'vitest';
import { bar, bars, sparkline, squeeze, strip } from '../../src/ui/charts.js';
import { daysOf } from '../../src/domain/report-period.js';
import { dayLines } from '../../src/ui/report-days.js';

describe('sparkline', () => {
  it.each([
    { values: [0, 50, 100], want: '▁▅█' },
    { values: [85, null, 10], want: '▇·▁' },
    { values: [12.5, 25, 99.9], want: '▂▃█' },
    { values: [], want: '' },
    { values: [150, -5], want: '█▁' },
  ])('$values → $want', ({ values, want }) => {
    expect(sparkline(values)).toBe(want);
  });

  it('averages a long series down to the width, skipping gaps', () => {
    expect(squeeze([10, 30, null, null, 100, null], 3)).toEqual([20, null, 100]);
    expect(sparkline(Array.from({ length: 120 }, (_, i) => (i < 60 ? 0 : 100)), 100, 60)).toBe('▁'.repeat(30) + '█'.repeat(30));
  });
});

describe('bars', () => {
  it.each([
    { value: 3, max: 3, width: 6, want: '██████' },
    { value: 1, max: 2, width: 6, want: '███' },
    { value: 1, max: 3, width: 4, want: '█▍' },
    { value: 0, max: 3, width: 6, want: '' },
    { value: 5, max: 0, width: 6, want: '' },
    { value: 9, max: 3, width: 2, want: '██' },
  ])('$value of $max in $width cells', ({ value, max, width, want }) => {
    expect(bar(value, max, width)).toBe(want);
  });

  it('lines labels, bars and counts up', () => {
    expect(bars([{ label: 'Mind reading', count: 2 }, { label: 'Labelling', count: 1 }], 2, 4)).toEqual(['Mind reading  ████ 2', 'Labelling     ██   1']);
  });
});

describe('strip and day lines', () => {
  it('puts a space before each Monday and wraps long periods by weeks', () => {
    const cells = 'abcdefghij'.split('').map((text, i) => ({ text, monday: i % 3 === 0 }));
    expect(strip(cells)).toEqual(['abc def ghi j']);
    expect(strip(cells, 2)).toEqual(['abc def', 'ghi j']);
  });

  it('draws a Saturday-to-Friday week with a gap day', () => {
    const day = (date: string, logged: boolean, b: number | null, a: number | null) => ({ date, logged, beliefBefore: b, beliefAfter: a });
    const lines = dayLines([
      day('2026-11-14', true, 80, 50), day('2026-11-15', true, 60, 40), day('2026-11-16', true, null, null), day('2026-11-17', false, null, null),
      day('2026-11-18', true, 100, 0), day('2026-11-19', true, 50, 50), day('2026-11-20', true, 40, 30),
    ]);
    expect(lines).toEqual({ logged: ['●● ●○●●●'], daily: true, axis: 'SS MTWTF', before: '▇▅ ··█▅▄', after: '▅▄ ··▁▅▃' });
  });

  it('averages long periods down: days written per week, beliefs per column, no axis', () => {
    const days = daysOf({ from: '2026-01-05', to: '2026-05-03' }).map((date, i) => ({ date, logged: i < 14 || i % 7 === 0, beliefBefore: 80, beliefAfter: null }));
    expect(days).toHaveLength(119);
    const lines = dayLines(days);
    expect(lines.daily).toBe(false);
    expect(lines.logged).toEqual([`██${'▂'.repeat(15)}`]); // 7, 7, then 1 day a week
    expect(lines.axis).toBeNull();
    expect(lines.before).toHaveLength(60);
    expect(lines.after).toBe('·'.repeat(60));
  });
});
