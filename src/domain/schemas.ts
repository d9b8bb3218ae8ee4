// The shapes of the journal, as valibot schemas: each kind of entry, the
// profile, the journal's head and the catalogue. They are the single source
// of the types (domain/types.ts infers every entry type from them), so what
// is checked on load and what the code works with cannot part.
//
// Objects are checked, never rebuilt: the output of a parse (which keeps
// only the keys named here) is never used, so a key this version does not
// know (written by a newer trust) stays in the document as it is. A kind
// this version does not know is refused, since guessing what it means could
// lose or misreport it: a new kind is one line in ENTRY_SCHEMAS.
//
// Every check carries a rule name (its valibot message), not words: a
// problem found is a fact, and src/ui/messages-schema.ts says it. What
// bounds a file (its size, its nesting) is storage's (storage/schemas.ts).
import * as v from 'valibot';
import { isIsoDate } from './dates.js';
import { ANSWERS, CHECKLIST, COSTS, ROLES, TRAPS, TRUST_TYPES, type Kind } from './types.js';

/** What a value failed to be; src/ui/messages-schema.ts words each. */
export type Rule =
  | 'object' | 'list' | 'text' | 'id' | 'date' | 'time' | 'clock' | 'flag' | 'known'
  | 'answers' | 'number' | 'rating-10' | 'rating-100' | 'step' | 'count' | 'version';

// Ids as trust writes them (UUIDs), or the short ones of hand-made copies
// and test journals (`L1020`, `r1`): letters, digits, `-` and `_`, 2 to 64
// of them. A single character is a stray value, not an id.
const ID = /^[A-Za-z0-9][A-Za-z0-9_-]{1,63}$/;
const ISO_TIME = /^(\d{4}-\d{2}-\d{2})T([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d{1,9})?)?(Z|[+-]([01]\d|2[0-3]):?[0-5]\d)$/;
const CLOCK = /^([01]?\d|2[0-3]):[0-5]\d$/;

// A journal holds one date per day over and over: each is judged once (the
// judgement is dates.ts's, so the rules cannot part).
const judged = new Map<string, boolean>();
function realDate(s: string): boolean {
  let ok = judged.get(s);
  if (ok === undefined) {
    ok = isIsoDate(s);
    if (judged.size > 50_000) judged.clear();
    judged.set(s, ok);
  }
  return ok;
}

// Leaves are single custom checks rather than pipes of actions: a journal
// is checked on a cold start, before V8 has optimised anything, and every
// node valibot walks costs there (a ten-year journal: 7,000 entries).
const isText = (x: unknown): x is string => typeof x === 'string';
export const isId = (x: unknown): x is string => isText(x) && ID.test(x);
export const text = v.string('text');
const id = v.custom<string, 'id'>(isId, 'id');
export const date = v.custom<string, 'date'>((x) => isText(x) && realDate(x), 'date');
export const time = v.custom<string, 'time'>((x) => {
  const m = isText(x) ? ISO_TIME.exec(x) : null;
  return m !== null && realDate(m[1] ?? '');
}, 'time');
export const whole = <const R extends Rule>(min: number, max: number, rule: R) =>
  v.custom<number, R>((x) => typeof x === 'number' && Number.isInteger(x) && x >= min && x <= max, rule);
const rating100 = whole(0, 100, 'rating-100');
const rating10 = whole(0, 10, 'rating-10');
const oneOf = <const T extends readonly string[]>(options: T) => v.picklist(options, 'known');
const listOf = <T extends v.GenericSchema>(item: T) => v.array(item, 'list');
const opt = v.exactOptional;
const isRecord = (o: unknown) => typeof o === 'object' && o !== null && !Array.isArray(o);
// valibot's own object and record checks let a list pass as an object (and
// pipe actions see their output, not the list), hence the check before them.
export const plain = <const M extends string>(message: M) => v.custom<Record<string, unknown>, M>(isRecord, message);
/** An object with these keys (others are allowed, and kept: see the top). */
export function shape<const E extends v.ObjectEntries>(entries: E) {
  return v.pipe(plain('object'), v.object(entries, 'object'));
}

const base = { id, date, createdAt: time };

export const EmotionSchema = shape({ name: text, intensity: rating100 });

/** The written fields of a log entry, each optional; the draft's answers are checked with them too (commands/log-answers.ts). */
export const LOG_FIELDS = {
  situation: opt(text),
  thought: opt(text),
  types: opt(listOf(oneOf(TRUST_TYPES))),
  emotions: opt(listOf(EmotionSchema)),
  belief: opt(rating100),
  evidenceFor: opt(text),
  evidenceAgainst: opt(text),
  traps: opt(listOf(oneOf(TRAPS))),
  balanced: opt(text),
  /** Belief in the balanced thought (0-100). */
  beliefBalanced: opt(rating100),
  beliefAfter: opt(rating100),
  /** Feelings re-rated after the challenge. */
  emotionsAfter: opt(listOf(EmotionSchema)),
  action: opt(text),
  /** Catalogue behaviour the action came from, and how big a step (1-3). */
  behaviour: opt(text),
  step: opt(whole(1, 3, 'step')),
  prediction: opt(text),
  /** How sure (0-100) the person is, before the step, that the feared thing will happen. */
  predictionBelief: opt(rating100),
  checklist: opt(listOf(oneOf(CHECKLIST))),
  gratitude: opt(listOf(text)),
};

export const LogSchema = shape({ ...base, kind: v.literal('log', 'kind'), ...LOG_FIELDS });

/** How the reviewed action went: asked first, and the one review field a correction may leave out. */
export const DoneSchema = oneOf(ANSWERS);

/** A review's written fields besides `done`, each optional (also a draft's review answers). */
export const REVIEW_FIELDS = {
  outcome: opt(text),
  talked: opt(v.boolean('flag')),
  safety: opt(rating10),
  beliefNow: opt(rating100),
  cameTrue: opt(oneOf(ANSWERS)),
  /** What the step taught. */
  learned: opt(text),
};

export const ReviewSchema = shape({ ...base, kind: v.literal('review', 'kind'), ref: id, done: DoneSchema, ...REVIEW_FIELDS });

/** What a correction may change: the written fields of a log or a review. */
export const EditFieldsSchema = shape({ ...LOG_FIELDS, done: opt(DoneSchema), ...REVIEW_FIELDS });

export const EditSchema = shape({ ...base, kind: v.literal('edit', 'kind'), ref: id, fields: EditFieldsSchema });

export const JarSchema = shape({
  ...base,
  kind: v.literal('jar', 'kind'),
  change: oneOf(['add', 'remove'] as const),
  text,
  marbles: whole(0, Number.MAX_SAFE_INTEGER, 'count'),
});

export const ExerciseSchema = shape({
  ...base,
  kind: v.literal('exercise', 'kind'),
  exercise: text,
  answers: v.pipe(plain('answers'), v.record(v.string('text'), text, 'answers')),
});

export const CheckSchema = shape({
  ...base,
  kind: v.literal('check', 'kind'),
  signs: listOf(text),
  /** Written by `trust safety --safe`: the person is safe now, which closes an open concern. */
  safe: opt(v.boolean('flag')),
});

export const TriggerSchema = shape({
  ...base,
  kind: v.literal('trigger', 'kind'),
  what: opt(text),
  /** 0-10. */
  strength: rating10,
  helped: opt(text),
  /** Did the partner answer with reassurance? */
  reassured: opt(oneOf(ANSWERS)),
});

export const RequestSchema = shape({
  ...base,
  kind: v.literal('request', 'kind'),
  text,
  cost: opt(oneOf(COSTS)),
});

export const RequestMetSchema = shape({
  ...base,
  kind: v.literal('request-met', 'kind'),
  ref: id,
  text,
  note: opt(text),
});

export const RequestDropSchema = shape({
  ...base,
  kind: v.literal('request-drop', 'kind'),
  ref: id,
});

/** The schema of each kind of entry: the one place a new kind is added. */
export const ENTRY_SCHEMAS = {
  log: LogSchema,
  review: ReviewSchema,
  jar: JarSchema,
  exercise: ExerciseSchema,
  check: CheckSchema,
  trigger: TriggerSchema,
  request: RequestSchema,
  'request-met': RequestMetSchema,
  'request-drop': RequestDropSchema,
  edit: EditSchema,
} satisfies Record<Kind, v.GenericSchema>;

export const OwnHelplineSchema = shape({ name: text, contact: text });

export const ProfileSchema = shape({
  name: opt(text),
  role: opt(oneOf(ROLES)),
  partner: opt(text),
  remindAt: opt(v.pipe(v.string('clock'), v.regex(CLOCK, 'clock'))),
  /** ISO 3166 two-letter code, upper-case: whose help lines `trust safety` shows. */
  country: opt(v.pipe(v.string('text'), v.regex(/^[A-Z]{2}$/, 'known'))),
  /** The person's own help lines, shown by `trust safety` after the country's. */
  helplines: opt(listOf(OwnHelplineSchema)),
  /** Whether meeting a request also adds a marble to the jar (asked once, at a terminal). */
  requestMarbles: opt(v.boolean('flag')),
  /** The day the weekly self-check was last declined: not offered again for seven days. */
  selfCheckDeclined: opt(date),
});

/** The journal without its entries, which are checked one by one, each by its kind's schema. */
export const JournalHeadSchema = shape({
  schemaVersion: whole(0, Number.MAX_SAFE_INTEGER, 'version'),
  profile: ProfileSchema,
  /** Ids of deleted entries (nothing else of them), so merging an older copy does not bring them back. */
  deleted: opt(listOf(id)),
});

const labelled = { id: text, label: text };
/** Words that read differently from one side of the repair: each role's variant replaces the fields it names. */
const byRole = <const E extends v.ObjectEntries>(fields: E) =>
  ({ byRole: opt(v.pipe(plain('object'), v.record(oneOf(ROLES), shape(fields), 'object'))) });
export const CatalogSchema = shape({
  trustTypes: listOf(shape({ id: oneOf(TRUST_TYPES), label: text, meaning: text, question: text })),
  traps: listOf(shape({ id: oneOf(TRAPS), label: text, explain: text, example: text, challenge: text, ...byRole({ example: opt(text) }) })),
  emotions: listOf(text),
  behaviours: listOf(shape({
    ...labelled, types: listOf(oneOf(TRUST_TYPES)), roles: listOf(oneOf(ROLES)), steps: listOf(text), ...byRole({ steps: opt(listOf(text)) }),
  })),
  checklist: listOf(shape({ id: oneOf(CHECKLIST), label: text, hint: text, ...byRole({ label: opt(text), hint: opt(text) }) })),
  roles: listOf(shape({ id: oneOf(ROLES), label: text, focus: text, tips: listOf(text) })),
  exercises: listOf(shape({
    id: text, title: text, goal: text, minutes: v.number(), together: v.boolean(), intro: text,
    steps: listOf(shape({ prompt: text, field: v.nullable(text) })),
  })),
  warningSigns: listOf(shape({ id: text, question: text })),
  forgiveness: listOf(shape({ ...labelled, meaning: opt(text) })),
  destroyers: listOf(shape({ ...labelled, meaning: opt(text) })),
  professionalHelp: shape({ when: listOf(text), note: text }),
});
