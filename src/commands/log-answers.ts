// The answers of a `trust log` session, as they sit in its draft: each one
// checked when it is read back, by the schema of the entry field it becomes
// (domain/schemas.ts), because a draft comes off the disk and may be
// damaged, hand-edited or from an older version; and an answer that passes
// then makes an entry the journal accepts. One that does not fit is
// dropped, so the session asks it again.
import * as v from 'valibot';
import { DoneSchema, LOG_FIELDS as LOG, REVIEW_FIELDS, text } from '../domain/schemas.js';
import type { ReviewFields } from '../domain/entries.js';

/** The raw answers, keyed by step (see log-flow.ts). */
export type Answers = Record<string, unknown>;

// A step not answered yet may hold undefined (the entry's fields may not), hence v.optional.
const maybe = <S extends v.GenericSchema>(field: v.ExactOptionalSchema<S, undefined>) => v.optional(field.wrapped);

/** The action picked: the entry's action text, with the behaviour and step it came from. */
const ActionSchema = v.object({ text: LOG.action.wrapped, behaviour: LOG.behaviour, step: LOG.step });
export type ActionChoice = v.InferOutput<typeof ActionSchema>;

/** Every answer the log steps keep, by key; others (the reviews, `reviewNow`) pass through untouched. */
const LogAnswersSchema = v.looseObject({
  hasThought: v.optional(v.boolean()),
  situation: maybe(LOG.situation),
  thought: maybe(LOG.thought),
  types: maybe(LOG.types),
  emotions: maybe(LOG.emotions),
  /** The feelings of a day with no thought to work on. */
  mood: maybe(LOG.emotions),
  belief: maybe(LOG.belief),
  evidenceFor: maybe(LOG.evidenceFor),
  evidenceAgainst: maybe(LOG.evidenceAgainst),
  traps: maybe(LOG.traps),
  balanced: maybe(LOG.balanced),
  beliefBalanced: maybe(LOG.beliefBalanced),
  beliefAfter: maybe(LOG.beliefAfter),
  emotionsAfter: maybe(LOG.emotionsAfter),
  /** null: "not today". */
  action: v.optional(v.nullable(ActionSchema)),
  prediction: maybe(LOG.prediction),
  predictionBelief: maybe(LOG.predictionBelief),
  gratitude: maybe(LOG.gratitude),
  checklist: maybe(LOG.checklist),
  /** The marbles added to the jar in the session, by their words. */
  marbles: v.optional(v.array(text)),
});
export type LogAnswers = v.InferOutput<typeof LogAnswersSchema>;

/** A review answered in the session: the review entry's own fields. */
const ReviewSchema = v.object({ done: DoneSchema, ...REVIEW_FIELDS });

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
    if (r.success) out.push([key.slice(REVIEW.length), r.output]);
  }
  return out;
}
