// The report's numbers from the complete thought record: which thoughts were
// really challenged, belief at each stage of each thought, feelings before and
// after the challenge, how sure the fears felt. Pure, like report.ts.
import type { LogEntry, ReviewEntry } from './types.js';

/** Belief in one thought: before, after the challenge, after the step (re-rated at review). */
export interface BeliefPath {
  id: string;
  date: string;
  thought: string;
  before: number | null;
  afterChallenge: number | null;
  afterStep: number | null;
}

export interface FeelingNumbers {
  /** How many times the feeling was rated. */
  count: number;
  /** Average strength when first rated, and when re-rated after the challenge (null when never re-rated). */
  before: number | null;
  after: number | null;
}

export interface RecordNumbers {
  challenged: number;
  beliefNow: number | null;
  sureBefore: number | null;
  emotions: Record<string, FeelingNumbers>;
  beliefs: BeliefPath[];
}

/** A thought counts as challenged once it has proof weighed, a trap named or a fairer thought written. */
function isChallenged(e: LogEntry): boolean {
  return Boolean(e.evidenceFor || e.evidenceAgainst || e.traps?.length || e.balanced);
}

const avg = (xs: number[]) => (xs.length === 0 ? null : Math.round(xs.reduce((a, b) => a + b, 0) / xs.length));

/**
 * `logs` are the period's log entries; `reviewOf` gives the review counted for
 * an action (only those dated up to the period's end). `sureBefore` averages
 * every step planned in the period with a rated fear, reviewed or not: it is
 * how sure the fear felt before the step.
 */
export function recordNumbers(logs: readonly LogEntry[], reviewOf: (id: string) => ReviewEntry | undefined): RecordNumbers {
  let challenged = 0;
  const now: number[] = [];
  const sure: number[] = [];
  const felt = new Map<string, { before: number[]; after: number[] }>();
  const beliefs: BeliefPath[] = [];
  for (const e of logs) {
    if (e.prediction && e.predictionBelief !== undefined) sure.push(e.predictionBelief);
    for (const x of e.emotions ?? []) {
      const f = felt.get(x.name) ?? { before: [], after: [] };
      f.before.push(x.intensity);
      felt.set(x.name, f);
    }
    for (const x of e.emotionsAfter ?? []) felt.get(x.name)?.after.push(x.intensity);
    if (!e.thought) continue;
    if (isChallenged(e)) challenged++;
    const review = e.action ? reviewOf(e.id) : undefined;
    if (review?.beliefNow !== undefined) now.push(review.beliefNow);
    const path = { before: e.belief ?? null, afterChallenge: e.beliefAfter ?? null, afterStep: review?.beliefNow ?? null };
    if (path.before !== null || path.afterChallenge !== null || path.afterStep !== null) beliefs.push({ id: e.id, date: e.date, thought: e.thought, ...path });
  }
  const emotions = Object.fromEntries(
    [...felt].sort(([a, x], [b, y]) => y.before.length - x.before.length || (a < b ? -1 : 1))
      .map(([name, f]) => [name, { count: f.before.length, before: avg(f.before), after: avg(f.after) }]),
  );
  beliefs.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  return { challenged, beliefNow: avg(now), sureBefore: avg(sure), emotions, beliefs };
}
