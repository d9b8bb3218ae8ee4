// What the domain refuses, as facts: which field, which rule, which values.
// The domain throws a Refusal carrying one of these and no words; ui/
// (messages-problems.ts) says it, and main.ts turns it into exit 2.
import type { Change } from './jar.js';

export type Problem =
  | { kind: 'bad-rating'; flag: string; value: string; max: number }
  | { kind: 'bad-choice'; flag: string; value: string; allowed: readonly string[] }
  | { kind: 'bad-date'; flag: string; value: string }
  | { kind: 'date-out-of-reach'; flag: string; value: string; first: string; last: string }
  | { kind: 'future-date'; flag: string; value: string; today: string }
  | { kind: 'bad-feeling'; flag: string; value: string }
  | { kind: 'id-too-short'; ref: string; min: number }
  | { kind: 'no-such-entry'; ref: string }
  | { kind: 'ambiguous-id'; ref: string; matches: number }
  | { kind: 'nothing-to-log' }
  | { kind: 'rating-without'; flag: string; needs: string }
  | { kind: 'too-much-gratitude'; max: number }
  | { kind: 'not-an-action'; id: string }
  | { kind: 'already-reviewed'; id: string }
  | { kind: 'no-prediction'; id: string }
  | { kind: 'unknown-exercise'; name: string; ids: readonly string[] }
  | { kind: 'bad-answer'; pair: string; exercise: string; fields: readonly string[] }
  | { kind: 'answer-twice'; field: string }
  | { kind: 'marble-needs-text'; change: Change }
  | { kind: 'bad-time'; flag: string; value: string }
  | { kind: 'week-and-range' }
  | { kind: 'since-after-until'; since: string; until: string }
  | { kind: 'since-after-today'; since: string; until: string }
  | { kind: 'period-too-long'; from: string; to: string; years: number }
  | { kind: 'trigger-needs-strength' }
  | { kind: 'request-needs-text' }
  | { kind: 'not-a-request'; id: string }
  | { kind: 'already-dropped'; id: string; text: string }
  | { kind: 'met-before-asked'; date: string; asked: string }
  | { kind: 'nothing-changed'; id: string }
  | { kind: 'action-reviewed'; id: string };

/** A rule of the domain said no. `message` is the kind, for a debug trace; the words are ui's. */
export class Refusal extends Error {
  override name = 'Refusal';
  constructor(readonly problem: Problem) {
    super(problem.kind);
  }
}

export function refuse(problem: Problem): never {
  throw new Refusal(problem);
}
