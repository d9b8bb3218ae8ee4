// The report's plain-language part: the headline (feared versus what
// happened), what leads (care, or a gentle pointer to professional help when
// distress stays high), then a few observations. Pure: numbers in, facts
// out (notes.ts); ui/messages-notes.ts says them.
import type { Care } from './care.js';
import type { Headline, Note } from './notes.js';
import type { Role } from './types.js';
import { CALM, isConcern, leadOf } from './report-care.js';
import type { PeriodNumbers } from './report.js';

export type Distress = 'beliefs-high' | 'feels-unsafe' | 'warning-signs';

/** Belief after challenging (0-100) at or above this, two periods running, is distress that stays. */
const HIGH_BELIEF = 60;
/** Average safety (0-10) at or below this, over at least MIN_RATED reviews. */
const LOW_SAFETY = 3;
const MIN_RATED = 2;
/** A weekly check with this many warning signs or more. */
/** This many warning signs in one check: the report and the self-check point to professional help. */
export const SEVERAL_SIGNS = 3;
/** At most this many observations besides the headline and the help note. */
export const MAX_NOTES = 5;
/** Fewer while a concern is open: the care note matters most that week. */
export const MAX_NOTES_IN_CONCERN = 4;
/** A trap worth naming comes back at least this often. */
const RECURRING = 2;
const STREAK_WORTH_SAYING = 3;

/**
 * `written`: entries of any kind dated in the period. A week of reviews and
 * marbles holds no thought record (days.logged is 0) but is not a quiet week.
 */
export function headlineOf(n: PeriodNumbers, written = n.days.logged): Headline {
  const { tested, cameTrue, partly } = n.predictions;
  const days = n.days.total;
  if (tested > 0) return { kind: 'feared', tested, cameTrue, partly };
  if (n.actions.planned > 0) return { kind: 'untested', planned: n.actions.planned, days };
  if (n.days.logged > 0) return { kind: 'logged-only', logged: n.days.logged, days };
  if (n.triggers.count > 0 || n.requests.met > 0) return { kind: 'noted', triggers: n.triggers.count, met: n.requests.met, days };
  if (written > 0) return { kind: 'other-only', written, days };
  return { kind: 'quiet', days };
}

/** Signs that the weight has stayed heavy; any one of them brings the help note. */
export function distressOf(now: PeriodNumbers, before: PeriodNumbers | null): Distress[] {
  const out: Distress[] = [];
  const after = now.thoughts.beliefAfter;
  const afterBefore = before?.thoughts.beliefAfter ?? null;
  if (after !== null && afterBefore !== null && after >= HIGH_BELIEF && afterBefore >= HIGH_BELIEF) out.push('beliefs-high');
  if (now.safety.average !== null && now.safety.rated >= MIN_RATED && now.safety.average <= LOW_SAFETY) out.push('feels-unsafe');
  if ((now.checks.most ?? 0) >= SEVERAL_SIGNS) out.push('warning-signs');
  return out;
}

/**
 * The notes after the headline: the lead first (see leadOf), then a few
 * observations, then the role's note. While a concern is open nothing here
 * nudges towards the partner or the next trust test.
 */
export function notesFor(
  n: PeriodNumbers, before: PeriodNumbers | null, distress: readonly Distress[], partnerName?: string, role?: Role, care: Care = CALM,
  /** Notes after an affair (recovery-report.ts): triggers and requests, near the top. */
  recovery: readonly Note[] = [],
  /** Entries of any kind written in the period (a review or a marble is writing too). */
  written = n.days.logged,
): Note[] {
  const partner = partnerName?.trim() || undefined;
  const concern = isConcern(care);
  const notes: Note[] = [];
  const { beliefBefore, beliefAfter } = n.thoughts;
  const { tested, cameTrue, partly } = n.predictions;

  // A fear that came true is evidence: said first, so no cap can drop it.
  if (cameTrue > 0 || partly > 0) notes.push({ kind: 'came-true', tested, cameTrue, partly });
  if (written === 0 && recovery.length === 0) notes.push({ kind: 'pause', concern });
  // The ledger of tested fears leads the story; while a concern is open, without naming a trap.
  if (tested > 0) {
    const t = concern ? undefined : n.fearTrap;
    notes.push({ kind: 'fear-ledger', trap: t?.trap, trapTested: t?.tested ?? 0, tested });
  }
  notes.push(...recovery);
  if (beliefBefore !== null && beliefAfter !== null) {
    notes.push({ kind: beliefAfter < beliefBefore ? 'belief-fell' : 'belief-held', from: beliefBefore, to: beliefAfter });
  }
  if (n.actions.talked > 0) notes.push({ kind: 'talked', talked: n.actions.talked, reviewed: n.actions.reviewed, partner });
  else if (n.actions.reviewed > 0 && !concern) notes.push({ kind: 'not-talked', partner });
  if (n.gratitude > 0 && !concern) notes.push({ kind: 'gratitude', count: n.gratitude, partner });
  if (n.actions.open > 0) notes.push({ kind: 'open', count: n.actions.open });
  // Traps on fears that came true are left out: those fears were right. While a concern is open, fear is not coached away at all.
  const [trap, count] = concern ? [] : recurringTrap(n);
  if (trap && count !== undefined) notes.push({ kind: 'trap', trap, count });
  const then = before?.thoughts.beliefAfter ?? null;
  if (beliefAfter !== null && then !== null && beliefAfter < then) notes.push({ kind: 'belief-lower', now: beliefAfter, then, days: n.days.total });
  if (n.streak.current >= STREAK_WORTH_SAYING) notes.push({ kind: 'streak', days: n.streak.current });
  if ((n.jar.added > 0 || n.jar.removed > 0) && !concern) notes.push({ kind: 'jar', added: n.jar.added, removed: n.jar.removed });

  const kept = [...leadOf(care, distress), ...notes.slice(0, concern ? MAX_NOTES_IN_CONCERN : MAX_NOTES)];
  // What matters most for this person's part in the repair (trust init --role); it is about the partner, so it waits while a concern is open.
  if (role && !concern) kept.push({ kind: 'for-role', role, partner: partnerName });
  return kept;
}

/** The most frequent trap, counting only thoughts whose feared outcome did not come true, when it recurs. */
function recurringTrap(n: PeriodNumbers): [string, number] | [] {
  let best: [string, number] | [] = [];
  for (const [trap, all] of Object.entries(n.traps)) {
    const count = all - (n.trueFearTraps[trap] ?? 0);
    if (count >= RECURRING && count > (best[1] ?? 0)) best = [trap, count];
  }
  return best;
}
