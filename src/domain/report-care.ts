// The report's care: the care picture at the end of the period (careNow) as
// the JSON key `care`, and what leads the report before the headline and
// the numbers: the safety note while a concern is open, the pointer to
// professional support when the weight has stayed heavy (as facts, notes.ts).
import { careNow, CONCERN_DAYS, DISTRESS_DAYS, type Care, type CareLevel } from './care.js';
import { addDays } from './dates.js';
import type { Lead, Reason } from './notes.js';
import type { Period } from './report-period.js';
import type { Distress } from './report-notes.js';
import type { Entry } from './types.js';

/** The JSON key `care`: facts only, never the person's words. */
export interface ReportCare {
  level: CareLevel | null;
  signals: { date: string; id: string; why: string }[];
  since: string | null;
}

export const CALM: Care = { level: null, signals: [], since: null };

/** A concern is open: trust tests pause and help points to individual and abuse support. */
export const isConcern = (care: Pick<Care, 'level'>): boolean => care.level === 'crisis' || care.level === 'danger';

/** How many days ending at the period's end the care picture reads: as long as a concern stays open, or distress is judged over. */
const CARE_DAYS = Math.max(CONCERN_DAYS, DISTRESS_DAYS);

/** The days the report reads: its own window, widened to cover the care picture. */
export function careWindow(window: Period): Period {
  const from = addDays(window.to, 1 - CARE_DAYS);
  return { from: from < window.from ? from : window.from, to: window.to };
}

/** The care picture as of the period's last day (entries after it are not looked at). */
export function careAt(entries: readonly Entry[], period: Period): Care {
  return careNow(entries.filter((e) => e.date <= period.to), period.to);
}

export function reportCare(care: Care): ReportCare {
  // One row per entry and reason: the same words in two fields of an entry are one signal here.
  const seen = new Set<string>();
  const signals: ReportCare['signals'] = [];
  for (const { date, id, why } of care.signals) {
    if (seen.has(`${id} ${why}`)) continue;
    seen.add(`${id} ${why}`);
    signals.push({ date, id, why });
  }
  return { level: care.level, signals, since: care.since };
}

/** The care picture's own distress signals that say more than the report's (which already name belief and safety). */
const SAME_AS: Record<string, Distress> = { 'lasting-belief': 'beliefs-high', 'lasting-low-safety': 'feels-unsafe' };

/** Why the weight looks heavy: the report's reasons, then the care picture's. */
function distressReasons(distress: readonly Distress[], care: Care): Reason[] {
  const reasons: Reason[] = distress.map((d) => ({ from: 'report', distress: d }));
  const seen = new Set<string>();
  for (const s of care.signals) {
    if (s.level !== 'distress' || seen.has(s.why)) continue;
    seen.add(s.why);
    const same = SAME_AS[s.why];
    if (same && distress.includes(same)) continue;
    reasons.push({ from: 'care', why: s.why });
  }
  return reasons;
}

/**
 * What leads the report, before the headline: empty on a calm week; the
 * pointer to professional support when no concern is open (couples help,
 * abuse support named first where it fits); the safety note while one is.
 */
export function leadOf(care: Care, distress: readonly Distress[]): Lead[] {
  const reasons = distressReasons(distress, care);
  if (care.level !== 'crisis' && care.level !== 'danger') return reasons.length > 0 ? [{ kind: 'help', reasons }] : [];
  const since = care.since ?? care.signals[0]?.date ?? null;
  const dangerToo = care.level === 'crisis' && care.signals.some((s) => s.level === 'danger');
  return [{ kind: 'concern', level: care.level, since, dangerToo, reasons }];
}
