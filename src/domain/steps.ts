// Growing steps (graded exposure): each behaviour in the catalogue has a
// small, a medium and a bigger step. After an action that went well the next
// suggestion of that kind is a step bigger; after one that went badly, a
// step smaller; after a mixed one, the same size again. Only the most recent
// reviewed action of a kind counts: trust moves, and the next step should
// follow where it is now, not an average of where it has been.
import { catalog, forRole, type Behaviour } from './catalog.js';
import type { Entry, LogEntry, ReviewEntry, Role, TrustType } from './types.js';

const MIN_STEP = 1;
const MAX_STEP = 3;

/** How a reviewed action went, as far as the size of the next step is concerned. */
export type Outcome = 'well' | 'mixed' | 'badly';

/**
 * Where the next step sits against the last one: `first` (never reviewed),
 * `up`, `down`, or `same` (a mixed result, or already at the top or bottom).
 */
type Trend = 'first' | 'up' | 'same' | 'down';

export interface StepPlan {
  step: number;
  trend: Trend;
  /** Size and result of the last reviewed step of this kind; absent when `first`. */
  last?: { step: number; went: Outcome };
}

/** Safety at or below this felt unsafe; at or above GOOD_SAFETY it felt safe enough to grow. */
export const LOW_SAFETY = 3;
const GOOD_SAFETY = 5;

/**
 * Not done, the feared thing came true, or it felt unsafe: badly. Done in
 * full, the fear did not come true, and it felt safe enough: well. Anything
 * else (done partly, fear partly true, middling safety): mixed.
 */
export function outcomeOf(r: Pick<ReviewEntry, 'done' | 'cameTrue' | 'safety'>): Outcome {
  if (r.done === 'no' || r.cameTrue === 'yes' || (r.safety !== undefined && r.safety <= LOW_SAFETY)) return 'badly';
  if (r.done === 'yes' && r.cameTrue !== 'partly' && (r.safety === undefined || r.safety >= GOOD_SAFETY)) return 'well';
  return 'mixed';
}

const clampStep = (n: number) => Math.min(MAX_STEP, Math.max(MIN_STEP, Math.round(n)));

/** A review is later than another by the day it is about, then by when it was written. */
const later = (a: ReviewEntry, b: ReviewEntry) => a.date > b.date || (a.date === b.date && a.createdAt >= b.createdAt);

/** The most recent review of an action of each behaviour, with that action. */
function lastReviews(entries: readonly Entry[]): Map<string, { action: LogEntry; review: ReviewEntry }> {
  const actions = new Map<string, LogEntry>();
  for (const e of entries) if (e.kind === 'log' && e.behaviour) actions.set(e.id, e);
  const out = new Map<string, { action: LogEntry; review: ReviewEntry }>();
  for (const e of entries) {
    if (e.kind !== 'review') continue;
    const action = actions.get(e.ref);
    if (!action?.behaviour) continue;
    const seen = out.get(action.behaviour);
    if (!seen || later(e, seen.review)) out.set(action.behaviour, { action, review: e });
  }
  return out;
}

function planFrom(last: { action: LogEntry; review: ReviewEntry } | undefined): StepPlan {
  if (!last) return { step: MIN_STEP, trend: 'first' };
  const from = clampStep(last.action.step ?? MIN_STEP);
  const went = outcomeOf(last.review);
  const step = clampStep(from + (went === 'well' ? 1 : went === 'badly' ? -1 : 0));
  const trend: Trend = step > from ? 'up' : step < from ? 'down' : 'same';
  return { step, trend, last: { step: from, went } };
}

/** The next step for a behaviour, and how it compares with the last one. */
export function planStep(entries: readonly Entry[], behaviour: string): StepPlan {
  return planFrom(lastReviews(entries).get(behaviour));
}

/** The size of the next step for a behaviour, from its most recent reviewed action. */
export function nextStep(entries: readonly Entry[], behaviour: string): number {
  return planStep(entries, behaviour).step;
}

export interface Suggestion {
  behaviour: string;
  step: number;
  trend: Trend;
  text: string;
}

/**
 * In the catalogue, a behaviour listed for `both` alone is for everyone; one
 * that names a role (own a broken promise; set boundaries) is for that role
 * and for couples working on it together, and would read wrongly to the
 * other partner.
 */
function suits(b: Behaviour, role: Role | undefined): boolean {
  return role === undefined || b.roles.includes(role) || b.roles.every((r) => r === 'both');
}

/** Behaviours written for this role in particular (not for everyone): owning up for one, saying needs for the other. */
function focusOf(b: Behaviour, role: Role | undefined): number {
  return role !== undefined && role !== 'both' && b.roles.includes(role) ? 1 : 0;
}

/**
 * Suggested actions, each at its next step size. The kind practised most
 * recently comes first, so a step can grow (or ease off) where it started;
 * then behaviours touching the chosen trust types, then those meant for the
 * person's role, then catalogue order.
 */
export function suggestActions(entries: readonly Entry[], types: readonly TrustType[], role?: Role, limit = 5): Suggestion[] {
  const history = lastReviews(entries);
  let latest: string | undefined;
  let latestReview: ReviewEntry | undefined;
  for (const [behaviour, { review }] of history) {
    if (!latestReview || later(review, latestReview)) [latest, latestReview] = [behaviour, review];
  }
  const ranked = catalog.behaviours
    .filter((b) => suits(b, role))
    .map((b, order) => ({
      b,
      order,
      current: b.id === latest ? 1 : 0,
      overlap: b.types.filter((t) => types.includes(t)).length,
      focus: focusOf(b, role),
    }))
    .sort((x, y) => y.current - x.current || y.overlap - x.overlap || y.focus - x.focus || x.order - y.order);
  return ranked.slice(0, limit).map(({ b }) => {
    const { step, trend } = planFrom(history.get(b.id));
    const { steps } = forRole(b, role);
    return { behaviour: b.id, step, trend, text: steps[step - 1] ?? steps[0] ?? b.label };
  });
}
