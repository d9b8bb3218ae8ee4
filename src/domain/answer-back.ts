// What the journal can say back at the moments that matter: after a thought
// is challenged, after a step is looked back on, and when a new thought
// carries a fear (or a trap) that has been put to the test before. Facts
// only; ui/messages-answer.ts turns them into a line or two.
import { fearLedger, sameFear, tally, type Tally } from './fears.js';
import type { Answer, Entry, LogEntry, ReviewEntry, TrapId } from './types.js';

export type AnswerFact =
  /** Belief in the thought before and after challenging it. */
  | { kind: 'belief-moved'; from: number; to: number }
  /** The feeling that eased most when re-rated after the challenge. */
  | { kind: 'feeling-eased'; name: string; from: number; to: number }
  /** This fear (the same words), or fears caught in this trap, tested before. */
  | ({ kind: 'feared-before'; trap?: TrapId } & Tally)
  /** At review: what was feared against what happened, and how sure the person was. */
  | { kind: 'fear-checked'; cameTrue: Answer; sure?: number }
  /** At review: belief in the thought when it was written, and now, after the step. */
  | { kind: 'belief-since'; from: number; to: number };

/** After a thought is challenged: how far belief moved, the feeling that eased most. */
export type Challenged = Pick<LogEntry, 'belief' | 'beliefAfter' | 'emotions' | 'emotionsAfter'>;

export function challengeFacts(e: Challenged): AnswerFact[] {
  const out: AnswerFact[] = [];
  if (e.belief !== undefined && e.beliefAfter !== undefined) out.push({ kind: 'belief-moved', from: e.belief, to: e.beliefAfter });
  const eased = easedMost(e);
  if (eased) out.push(eased);
  return out;
}

function easedMost(e: Challenged): AnswerFact | undefined {
  let best: { name: string; from: number; to: number } | undefined;
  for (const after of e.emotionsAfter ?? []) {
    const before = e.emotions?.find((x) => x.name === after.name);
    if (!before || after.intensity >= before.intensity) continue;
    if (!best || before.intensity - after.intensity > best.from - best.to) best = { name: after.name, from: before.intensity, to: after.intensity };
  }
  return best && { kind: 'feeling-eased', ...best };
}

/**
 * The same fear, in the same words, tested before; failing that, the trap
 * among this thought's traps behind the most tested fears. `entries` are
 * those already in the journal (the new entry itself has no review yet).
 */
export function fearedBefore(e: Pick<LogEntry, 'prediction' | 'traps'>, entries: readonly Entry[]): AnswerFact | undefined {
  const { items } = fearLedger(entries);
  const prediction = e.prediction;
  if (prediction) {
    const same = items.filter((i) => sameFear(i.prediction, prediction));
    if (same.length > 0) return { kind: 'feared-before', ...tally(same) };
  }
  let best: (Tally & { trap: TrapId }) | undefined;
  for (const trap of e.traps ?? []) {
    const t = tally(items.filter((i) => i.traps.includes(trap)));
    if (t.tested > 0 && (!best || t.tested > best.tested)) best = { trap, ...t };
  }
  return best && { kind: 'feared-before', ...best };
}

/** After a review: feared against what happened, belief then and now (nothing when neither was rated). */
export function reviewFacts(r: Pick<ReviewEntry, 'done' | 'cameTrue' | 'beliefNow'>, action: LogEntry): AnswerFact[] {
  const out: AnswerFact[] = [];
  if (action.prediction && r.cameTrue) {
    out.push(action.predictionBelief === undefined ? { kind: 'fear-checked', cameTrue: r.cameTrue } : { kind: 'fear-checked', cameTrue: r.cameTrue, sure: action.predictionBelief });
  }
  if (action.belief !== undefined && r.beliefNow !== undefined) out.push({ kind: 'belief-since', from: action.belief, to: r.beliefNow });
  return out;
}

/** At most this many lines at a time: a word back, not a lecture. */
const MAX_LINES = 2;

/** Everything worth saying after a log entry is saved, most telling first. */
export function logFacts(e: LogEntry, before: readonly Entry[]): AnswerFact[] {
  const challenge = challengeFacts(e);
  const feared = e.thought || e.prediction ? fearedBefore(e, before) : undefined;
  const [moved, ...rest] = challenge;
  return [...(moved ? [moved] : []), ...(feared ? [feared] : []), ...rest].slice(0, MAX_LINES);
}
