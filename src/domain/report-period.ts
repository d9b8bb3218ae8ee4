// Which days a report covers. Everything is `YYYY-MM-DD` strings and UTC
// calendar arithmetic (dates.ts), so DST and time zones never move a day;
// "today" arrives already resolved in local time.
import { refuse } from './problems.js';
import { addDays, daysBetween, mondayOf } from './dates.js';
import { dayNumber } from './streak.js';
import * as v from './validate.js';

export interface Period {
  from: string;
  to: string;
}

export interface PeriodFlags {
  week?: string | undefined;
  since?: string | undefined;
  until?: string | undefined;
}

const DEFAULT_DAYS = 7;
/** The longest report: enough for a lifetime's journal, and it ends in about a second. */
const MAX_YEARS = 200;

/** The period reaches the same day MAX_YEARS later. */
function tooLong(p: Period): boolean {
  const years = Number(p.to.slice(0, 4)) - Number(p.from.slice(0, 4));
  return years > MAX_YEARS || (years === MAX_YEARS && p.to.slice(4) >= p.from.slice(4));
}

/**
 * The period the flags ask for: `--week` is the Monday-to-Sunday week holding
 * that day; `--since`/`--until` are inclusive; a missing end is today, a
 * missing start is six days before the end; nothing at all is the 7 days
 * ending today.
 */
export function resolvePeriod(flags: PeriodFlags, today: string): Period {
  if (flags.week !== undefined) {
    if (flags.since !== undefined || flags.until !== undefined) refuse({ kind: 'week-and-range' });
    const from = mondayOf(v.anyDate('--week', flags.week));
    return { from, to: addDays(from, 6) };
  }
  const since = flags.since === undefined ? undefined : v.anyDate('--since', flags.since);
  const until = flags.until === undefined ? undefined : v.anyDate('--until', flags.until);
  const to = until ?? today;
  const from = since ?? addDays(to, 1 - DEFAULT_DAYS);
  if (from > to) refuse({ kind: since && until ? 'since-after-until' : 'since-after-today', since: from, until: to });
  if (tooLong({ from, to })) refuse({ kind: 'period-too-long', from, to, years: MAX_YEARS });
  return { from, to };
}

/** Number of days in the period, both ends included. */
export function lengthOf(p: Period): number {
  return daysBetween(p.from, p.to) + 1;
}

/** The period of the same length that ends the day before `p` starts. */
export function periodBefore(p: Period): Period {
  const to = addDays(p.from, -1);
  return { from: addDays(to, 1 - lengthOf(p)), to };
}

/** Every day of the period in order (one date per day, never per entry). */
export function daysOf(p: Period): string[] {
  const out: string[] = [];
  // Counted, not compared: a loop on `day <= p.to` would never end past year 9999.
  for (let i = 0, day = p.from, n = lengthOf(p); i < n; i++, day = addDays(day, 1)) out.push(day);
  return out;
}

/** Day of the week, Monday 0 to Sunday 6 (1970-01-01 was a Thursday). */
export function weekday(iso: string): number {
  return (((dayNumber(iso) + 3) % 7) + 7) % 7;
}
