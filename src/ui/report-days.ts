// The day-by-day charts as plain lines (no colour): the strip of written
// days, belief before and after as sparklines, and the weekday axis under
// them. The text and markdown reports both draw them from here.
import type { DayPoint } from '../domain/report.js';
import { weekday } from '../domain/report-period.js';
import { EMPTY, FILLED, sparkline, strip } from './charts.js';
import { dayLetter } from './report-rows.js';

/** Day charts get one column a day up to this many days; longer periods are averaged down to fit. */
export const CHART_DAYS = 60;

export interface DayLines {
  /** ● written, ○ not, one a day; for long periods a sparkline of days written per week. */
  logged: string[];
  /** True when each column is one day (false: averaged down to fit). */
  daily: boolean;
  /** Weekday letters lined up under the day columns, when one column is one day. */
  axis: string | null;
  before: string;
  after: string;
}

export function dayLines(days: readonly DayPoint[]): DayLines {
  const monday = (d: DayPoint) => weekday(d.date) === 0;
  const daily = days.length <= CHART_DAYS;
  const oneLine = (text: (d: DayPoint) => string) => strip(days.map((d) => ({ text: text(d), monday: monday(d) })), days.length)[0] ?? '';
  const spark = (pick: (d: DayPoint) => number | null) =>
    daily ? oneLine((d) => sparkline([pick(d)])) : sparkline(days.map(pick), 100, CHART_DAYS);
  return {
    logged: daily ? strip(days.map((d) => ({ text: d.logged ? FILLED : EMPTY, monday: monday(d) }))) : [sparkline(perWeek(days), 7, CHART_DAYS)],
    daily,
    axis: daily ? oneLine((d) => dayLetter(d.date)) : null,
    before: spark((d) => d.beliefBefore),
    after: spark((d) => d.beliefAfter),
  };
}

/** Days written in each run of seven days from the start. */
function perWeek(days: readonly DayPoint[]): number[] {
  const out: number[] = [];
  days.forEach((d, i) => {
    if (i % 7 === 0) out.push(0);
    if (d.logged) out[out.length - 1] = (out[out.length - 1] ?? 0) + 1;
  });
  return out;
}
