// The report's plain-language part: the headline (feared versus what
// happened), a few observations, and a gentle pointer to professional help
// when distress stays high. Pure: numbers in, sentences out.
import { words } from '../ui/messages-report.js';
import { roleWords } from '../ui/messages-practice.js';
import { fearWords } from '../ui/messages-answer.js';
import type { Role } from './types.js';
import { catalog, labelOf } from './catalog.js';
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
/** A trap worth naming comes back at least this often. */
const RECURRING = 2;
const STREAK_WORTH_SAYING = 3;

export function headlineOf(n: PeriodNumbers): string {
  const { tested, cameTrue, partly } = n.predictions;
  if (tested > 0) return words.feared(tested, cameTrue, partly);
  if (n.actions.planned > 0) return words.untested(n.actions.planned, n.days.total);
  if (n.days.logged > 0) return words.loggedOnly(n.days.logged, n.days.total);
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

export function notesFor(n: PeriodNumbers, before: PeriodNumbers | null, distress: readonly Distress[], partnerName?: string, role?: Role): string[] {
  const partner = partnerName?.trim() || words.yourPartner;
  const notes: string[] = [];
  const { beliefBefore, beliefAfter } = n.thoughts;

  if (n.days.logged === 0) notes.push(words.quietNote);
  // The ledger of tested fears leads the story.
  if (n.predictions.tested > 0) {
    const t = n.fearTrap;
    notes.push(fearWords.reportLine(t ? labelOf(catalog.traps, t.trap) : undefined, t?.tested ?? 0, n.predictions.tested));
  }
  if (beliefBefore !== null && beliefAfter !== null) {
    notes.push(beliefAfter < beliefBefore ? words.beliefFell(beliefBefore, beliefAfter) : words.beliefHeld(beliefBefore, beliefAfter));
  }
  if (n.actions.talked > 0) notes.push(words.talked(n.actions.talked, n.actions.reviewed, partner));
  else if (n.actions.reviewed > 0) notes.push(words.notTalked(partner));
  if (n.gratitude > 0) notes.push(words.gratitude(n.gratitude, partner));
  if (n.actions.open > 0) notes.push(words.open(n.actions.open));
  const [trap, count] = Object.entries(n.traps)[0] ?? [];
  if (trap && count !== undefined && count >= RECURRING) notes.push(words.trap(labelOf(catalog.traps, trap), count));
  const then = before?.thoughts.beliefAfter ?? null;
  if (beliefAfter !== null && then !== null && beliefAfter < then) notes.push(words.beliefLower(beliefAfter, then, n.days.total));
  if (n.streak.current >= STREAK_WORTH_SAYING) notes.push(words.streak(n.streak.current));
  if (n.jar.added > 0 || n.jar.removed > 0) notes.push(words.jar(n.jar.added, n.jar.removed));

  const kept = notes.slice(0, MAX_NOTES);
  // What matters most for this person's part in the repair (trust init --role).
  const forRole = roleWords.reportNote(role, partnerName);
  if (forRole) kept.push(forRole);
  if (distress.length > 0) kept.push(helpNote(distress));
  return kept;
}

export function helpNote(distress: readonly Distress[]): string {
  return words.help(distress.map((d) => words.distress[d] ?? d), catalog.professionalHelp.note);
}
