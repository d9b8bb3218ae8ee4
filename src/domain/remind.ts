// What a reminder has to say, if anything: pure functions over the entry
// list and today's date. The command prints; cron mails whatever is printed,
// so "nothing due" must be `undefined`, never an empty message.
import { refuse } from './problems.js';
import { openConcern, type CareLevel } from './care.js';
import { openActions } from './entries.js';
import type { Entry } from './types.js';

export interface Due {
  /** Today has no `log` entry yet. */
  entry: boolean;
  /** Actions from earlier days still waiting for a review. */
  reviews: number;
  /** The date of the oldest of them (set when `reviews` > 0). */
  oldest?: string;
}

/**
 * What is due today, or undefined when nothing is. An action planned today
 * is not due yet: it has not had a chance to happen, and counting it would
 * make the reminder speak every evening after a good day.
 */
export function whatIsDue(entries: readonly Entry[], today: string): Due | undefined {
  const entry = !entries.some((e) => e.kind === 'log' && e.date === today);
  const open = openActions(entries, today);
  if (!entry && open.length === 0) return undefined;
  const due: Due = { entry, reviews: open.length };
  if (open[0]) due.oldest = open[0].date;
  return due;
}

/**
 * While a concern is open (a crisis or danger signal, see care.ts), the
 * reminder is a gentle check-in instead of a nudge to log or review: due
 * every day, whether or not anything else is. Its level, or undefined.
 */
export function checkInDue(entries: readonly Entry[], today: string): CareLevel | undefined {
  return openConcern(entries, today)?.level ?? undefined;
}

export interface TimeOfDay {
  hour: number;
  minute: number;
}

export const DEFAULT_TIME = '20:00';

const CLOCK = /^(\d{1,2}):(\d{2})$/;

/** `HH:MM` on a 24-hour clock (a one-digit hour is fine: 7:30). */
export function parseTime(flag: string, raw: string): TimeOfDay {
  const m = CLOCK.exec(raw.trim());
  const hour = Number(m?.[1]);
  const minute = Number(m?.[2]);
  if (!m || hour > 23 || minute > 59) refuse({ kind: 'bad-time', flag, value: raw });
  return { hour, minute };
}

export function formatTime(t: TimeOfDay): string {
  return `${String(t.hour).padStart(2, '0')}:${String(t.minute).padStart(2, '0')}`;
}
