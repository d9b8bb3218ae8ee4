// The report's part after an affair: how the triggers compare with four
// weeks ago, where the path stands at the period's end, and the notes that
// name them. Pure: entries and a period in, facts out (notes.ts).
import { daysBetween } from './dates.js';
import type { Note } from './notes.js';
import { pathAt, pathSpan, type StageId } from './path.js';
import { trendPeriod, triggerTrend, type RequestNumbers, type TriggerNumbers, type TriggerTrend } from './recovery.js';
import { lengthOf, type Period } from './report-period.js';
import type { Entry, Role } from './types.js';

export interface Road {
  /** The stage of the path at the period's end. */
  stage: StageId;
  trend: TriggerTrend;
}

/** The earliest day the trend and the path look at for a report of `period`. */
export function recoveryFrom(period: Period): string {
  const a = trendPeriod(period).from;
  const b = pathSpan(period.to).from;
  return a < b ? a : b;
}

export function roadOf(entries: readonly Entry[], period: Period): Road {
  return { stage: pathAt(entries, period.to).stage, trend: triggerTrend(entries, period) };
}

/**
 * At most two notes: the request met most often, and how the triggers
 * compare. While a concern for the person's safety is open, nothing is said
 * about what the partner did (as with the jar and the good things noticed).
 */
export function recoveryNotes(
  n: { triggers: TriggerNumbers; requests: RequestNumbers; period: Period },
  road: Road,
  partner: string | undefined,
  role: Role | undefined,
  concern = false,
): Note[] {
  const notes: Note[] = [];
  const days = lengthOf(n.period);
  const top = n.requests.items[0];
  if (top && !concern) notes.push({ kind: 'request-met', role, partner: partner?.trim() || undefined, text: top.text, met: top.met, days });
  // No triggers then or now, or a journal too young to look back on: nothing to compare.
  if (road.trend.way !== 'none' && road.trend.way !== 'too-soon') notes.push({ kind: 'trigger-trend', way: road.trend.way, back: daysBetween(road.trend.then.from, n.period.from), days });
  return notes;
}
