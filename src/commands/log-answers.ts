// The answers of a `trust log` session, as they sit in its draft: each one
// checked by a small schema when it is read back, because a draft comes off
// the disk and may be damaged, hand-edited or from an older version. An
// answer that does not fit is dropped, so the session asks it again.
import * as v from 'valibot';
import { ANSWERS, CHECKLIST, TRAPS, TRUST_TYPES } from '../domain/types.js';
import type { ReviewFields } from '../domain/entries.js';

/** The raw answers, keyed by step (see log-flow.ts). */
export type Answers = Record<string, unknown>;

const text = v.string();
const rating = (max: number) => v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(max));
const emotions = v.array(v.object({ name: text, intensity: rating(100) }));
const maybe = v.optional;

const ActionSchema = v.object({ text, behaviour: v.exactOptional(text), step: v.exactOptional(v.number()) });
export type ActionChoice = v.InferOutput<typeof ActionSchema>;

/** Every answer the log steps keep, by key; others (the reviews, `reviewNow`) pass through untouched. */
const LogAnswersSchema = v.looseObject({
  hasThought: maybe(v.boolean()),
  situation: maybe(text),
  thought: maybe(text),
  types: maybe(v.array(v.picklist(TRUST_TYPES))),
  emotions: maybe(emotions),
  belief: maybe(rating(100)),
  evidenceFor: maybe(text),
  evidenceAgainst: maybe(text),
  traps: maybe(v.array(v.picklist(TRAPS))),
  balanced: maybe(text),
  beliefBalanced: maybe(rating(100)),
  beliefAfter: maybe(rating(100)),
  emotionsAfter: maybe(emotions),
  /** null: "not today". */
  action: maybe(v.nullable(ActionSchema)),
  prediction: maybe(text),
  predictionBelief: maybe(rating(100)),
  gratitude: maybe(v.array(text)),
  checklist: maybe(v.array(v.picklist(CHECKLIST))),
  marbles: maybe(v.array(text)),
});
export type LogAnswers = v.InferOutput<typeof LogAnswersSchema>;

const ReviewSchema = v.object({
  done: v.picklist(ANSWERS),
  outcome: v.exactOptional(text),
  talked: v.exactOptional(v.boolean()),
  safety: v.exactOptional(rating(10)),
  beliefNow: v.exactOptional(rating(100)),
  cameTrue: v.exactOptional(v.picklist(ANSWERS)),
  learned: v.exactOptional(text),
});
// The schema and the domain's type must not drift: this fails to compile if they do.
const sameReview: (r: v.InferOutput<typeof ReviewSchema>) => ReviewFields = (r) => r;

const REVIEW = 'review:';

/**
 * Drops, in place, every answer that does not fit its schema, and returns
 * the log answers typed. A damaged answer is one question asked again, never
 * a failed session.
 */
export function keepValid(raw: Answers): LogAnswers {
  for (const [key, value] of Object.entries(raw)) {
    if (key.startsWith(REVIEW) && value && !v.is(ReviewSchema, value)) delete raw[key];
  }
  for (;;) {
    const r = v.safeParse(LogAnswersSchema, raw);
    if (r.success) return r.output;
    const key = r.issues[0].path?.[0]?.key;
    if (typeof key !== 'string' || !(key in raw)) return {};
    delete raw[key];
  }
}

/** The log answers as they are now, typed, leaving the draft itself as it is. */
export const logAnswers = (raw: Answers): LogAnswers => keepValid({ ...raw });

/** The reviews answered in the session: each action's id and its fields ("later" leaves none). */
export function reviewAnswers(raw: Answers): [ref: string, fields: ReviewFields][] {
  const out: [string, ReviewFields][] = [];
  for (const [key, value] of Object.entries(raw)) {
    if (!key.startsWith(REVIEW) || !value) continue;
    const r = v.safeParse(ReviewSchema, value);
    if (r.success) out.push([key.slice(REVIEW.length), sameReview(r.output)]);
  }
  return out;
}
