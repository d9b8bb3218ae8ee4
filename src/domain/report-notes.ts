// The report's plain-language part: the headline (feared versus what
// happened), what leads (care, or a gentle pointer to professional help when
// distress stays high), then a few observations. Pure: numbers in, sentences out.
import { words } from '../ui/messages-report.js';
import { roleWords } from '../ui/messages-practice.js';
import { sayRecoveryReport } from '../ui/messages-recovery.js';
import { careReport } from '../ui/messages-care-report.js';
import type { Care } from './care.js';
import { fearWords } from '../ui/messages-answer.js';
import type { Role } from './types.js';
import { catalog, labelOf } from './catalog.js';
import { CALM, isConcern, leadOf } from './report-care.js';
import type { PeriodNumbers } from './report.js';

export type Distress = 'beliefs-high' | 'feels-unsafe' | 'warning-signs';

/** Belief after challenging (0-100) at or above this, two periods running, is distress that stays. */
export const HIGH_BELIEF = 60;
/** Average safety (0-10) at or below this, over at least MIN_RATED reviews. */
export const LOW_SAFETY = 3;
export const MIN_RATED = 2;
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
export function headlineOf(n: PeriodNumbers, written = n.days.logged): string {
  const { tested, cameTrue, partly } = n.predictions;
  if (tested > 0) return words.feared(tested, cameTrue, partly);
  if (n.actions.planned > 0) return words.untested(n.actions.planned, n.days.total);
  if (n.days.logged > 0) return words.loggedOnly(n.days.logged, n.days.total);
  if (n.triggers.count > 0 || n.requests.met > 0) return sayRecoveryReport.headline(n.triggers.count, n.requests.met, n.days.total);
  if (written > 0) return words.otherOnly(written, n.days.total);
  return words.quiet(n.days.total);
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
  recovery: readonly string[] = [],
  /** Entries of any kind written in the period (a review or a marble is writing too). */
  written = n.days.logged,
): string[] {
  const partner = partnerName?.trim() || words.yourPartner;
  const concern = isConcern(care);
  const notes: string[] = [];
  const { beliefBefore, beliefAfter } = n.thoughts;
  const { tested, cameTrue, partly } = n.predictions;

  // A fear that came true is evidence: said first, so no cap can drop it.
  if (cameTrue > 0 || partly > 0) notes.push(careReport.cameTrue(tested, cameTrue, partly));
  if (written === 0 && recovery.length === 0) notes.push(concern ? careReport.quiet : words.quietNote);
  // The ledger of tested fears leads the story; while a concern is open, without naming a trap.
  if (tested > 0) {
    const t = concern ? undefined : n.fearTrap;
    notes.push(fearWords.reportLine(t ? labelOf(catalog.traps, t.trap) : undefined, t?.tested ?? 0, tested));
  }
  notes.push(...recovery);
  if (beliefBefore !== null && beliefAfter !== null) {
    notes.push(beliefAfter < beliefBefore ? words.beliefFell(beliefBefore, beliefAfter) : words.beliefHeld(beliefBefore, beliefAfter));
  }
  if (n.actions.talked > 0) notes.push(words.talked(n.actions.talked, n.actions.reviewed, partner));
  else if (n.actions.reviewed > 0 && !concern) notes.push(words.notTalked(partner));
  if (n.gratitude > 0 && !concern) notes.push(words.gratitude(n.gratitude, partner));
  if (n.actions.open > 0) notes.push(words.open(n.actions.open));
  // Traps on fears that came true are left out: those fears were right. While a concern is open, fear is not coached away at all.
  const [trap, count] = concern ? [] : recurringTrap(n);
  if (trap && count !== undefined) notes.push(words.trap(labelOf(catalog.traps, trap), count));
  const then = before?.thoughts.beliefAfter ?? null;
  if (beliefAfter !== null && then !== null && beliefAfter < then) notes.push(words.beliefLower(beliefAfter, then, n.days.total));
  if (n.streak.current >= STREAK_WORTH_SAYING) notes.push(words.streak(n.streak.current));
  if ((n.jar.added > 0 || n.jar.removed > 0) && !concern) notes.push(words.jar(n.jar.added, n.jar.removed));

  const kept = [...leadOf(care, distress), ...notes.slice(0, concern ? MAX_NOTES_IN_CONCERN : MAX_NOTES)];
  // What matters most for this person's part in the repair (trust init --role); it is about the partner, so it waits while a concern is open.
  const forRole = concern ? undefined : roleWords.reportNote(role, partnerName);
  if (forRole) kept.push(forRole);
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
