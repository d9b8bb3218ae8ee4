// One valibot schema per shape that crosses the disk: the journal, each kind
// of entry, the profile, the draft, the lock holder and the catalogue.
// Objects are loose: a key this version does not know (written by a newer
// trust) is kept as it is, never dropped; only its depth is bounded. A kind
// this version does not know is refused, since guessing what it means could
// lose or misreport it: a new kind is one line in ENTRY_SCHEMAS.
//
// Every check carries a rule name (its valibot message), not words: the
// problem found is a fact, and src/ui/messages-schema.ts says it. Nothing of
// the person's text is ever part of a problem.
import * as v from 'valibot';
import {
  ANSWERS, CHECKLIST, COSTS, ROLES, TRAPS, TRUST_TYPES,
  type CheckEntry, type ExerciseEntry, type JarEntry, type Journal, type Kind, type LogEntry, type Profile, type ReviewEntry,
  type RequestDropEntry, type RequestEntry, type EditEntry, type RequestMetEntry, type TriggerEntry,
} from '../domain/types.js';
import { isIsoDate } from '../domain/dates.js';
import type { Catalog } from '../domain/catalog.js';
import type { Draft } from './draft.js';
import type { Holder } from './lock.js';

/** What a value failed to be; src/ui/messages-schema.ts words each. */
export type Rule =
  | 'object' | 'list' | 'text' | 'id' | 'date' | 'time' | 'clock' | 'flag' | 'known'
  | 'answers' | 'number' | 'rating-10' | 'rating-100' | 'step' | 'count' | 'version';

/**
 * Where a journal (or another file) first goes wrong: the entry (its
 * position, and its id when that id is well formed), the field, the rule.
 */
export interface Problem {
  /** 1-based position in `entries`; absent for the document, the profile, `deleted`. */
  entry?: number;
  id?: string;
  /** Where in the document, e.g. `profile`, `deleted`, or the entry's key. */
  field?: string;
  /** Position inside a list field, 1-based. */
  item?: number;
  /** The key inside that list item, e.g. an emotion's `intensity`. */
  part?: string;
  rule: Rule | 'missing' | 'kind' | 'deep' | 'large';
}

/** Nesting deeper than this anywhere is refused: nothing trust writes goes past 4. */
export const MAX_DEPTH = 32;
/** A journal (or a file to import) larger than this is refused before parsing (ten years of daily use is ~4 MB). */
export const MAX_BYTES = 256 * 1024 * 1024;

// Ids as trust writes them (UUIDs), or the short ones of hand-made copies
// and test journals (`L1020`, `r1`): letters, digits, `-` and `_`, 2 to 64
// of them. A single character is a stray value, not an id.
const ID = /^[A-Za-z0-9][A-Za-z0-9_-]{1,63}$/;
const ISO_TIME = /^(\d{4}-\d{2}-\d{2})T([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d{1,9})?)?(Z|[+-]([01]\d|2[0-3]):?[0-5]\d)$/;
const CLOCK = /^([01]?\d|2[0-3]):[0-5]\d$/;

// A journal holds one date per day over and over: each is judged once (the
// judgement is domain/dates.ts's, so the rules cannot part).
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
const text = v.string('text');
const id = v.custom<string, 'id'>((x) => isText(x) && ID.test(x), 'id');
const date = v.custom<string, 'date'>((x) => isText(x) && realDate(x), 'date');
const time = v.custom<string, 'time'>((x) => {
  const m = isText(x) ? ISO_TIME.exec(x) : null;
  return m !== null && realDate(m[1] ?? '');
}, 'time');
const whole = <const R extends Rule>(min: number, max: number, rule: R) =>
  v.custom<number, R>((x) => typeof x === 'number' && Number.isInteger(x) && x >= min && x <= max, rule);
const rating100 = whole(0, 100, 'rating-100');
const rating10 = whole(0, 10, 'rating-10');
const oneOf = <const T extends readonly string[]>(options: T) => v.picklist(options, 'known');
const listOf = <T extends v.GenericSchema>(item: T) => v.array(item, 'list');
const opt = v.exactOptional;
const isRecord = (o: unknown) => typeof o === 'object' && o !== null && !Array.isArray(o);
// valibot's own object and record checks let a list pass as an object (and
// pipe actions see their output, not the list), hence the check before them.
const plain = <const M extends string>(message: M) => v.custom<Record<string, unknown>, M>(isRecord, message);
/** An object whose keys not named here are kept. */
function shape<const E extends v.ObjectEntries>(entries: E) {
  return v.pipe(plain('object'), v.looseObject(entries, 'object'));
}
/** What check() takes: a shape(), whose known keys it can name. */
type Shape = v.GenericSchema & { readonly pipe: readonly [unknown, { readonly entries: v.ObjectEntries }] };

const base = { id, date, createdAt: time };

const emotion = shape({ name: text, intensity: rating100 });

const logFields = {
  situation: opt(text),
  thought: opt(text),
  types: opt(listOf(oneOf(TRUST_TYPES))),
  emotions: opt(listOf(emotion)),
  belief: opt(rating100),
  evidenceFor: opt(text),
  evidenceAgainst: opt(text),
  traps: opt(listOf(oneOf(TRAPS))),
  balanced: opt(text),
  beliefBalanced: opt(rating100),
  beliefAfter: opt(rating100),
  emotionsAfter: opt(listOf(emotion)),
  action: opt(text),
  behaviour: opt(text),
  step: opt(whole(1, 3, 'step')),
  prediction: opt(text),
  predictionBelief: opt(rating100),
  checklist: opt(listOf(oneOf(CHECKLIST))),
  gratitude: opt(listOf(text)),
};

const LogSchema = shape({ ...base, kind: v.literal('log', 'kind'), ...logFields });

const reviewFields = {
  outcome: opt(text),
  talked: opt(v.boolean('flag')),
  safety: opt(rating10),
  beliefNow: opt(rating100),
  cameTrue: opt(oneOf(ANSWERS)),
  learned: opt(text),
};

const ReviewSchema = shape({ ...base, kind: v.literal('review', 'kind'), ref: id, done: oneOf(ANSWERS), ...reviewFields });

const EditSchema = shape({
  ...base,
  kind: v.literal('edit', 'kind'),
  ref: id,
  fields: shape({ ...logFields, done: opt(oneOf(ANSWERS)), ...reviewFields }),
});

const JarSchema = shape({
  ...base,
  kind: v.literal('jar', 'kind'),
  change: oneOf(['add', 'remove'] as const),
  text,
  marbles: whole(0, Number.MAX_SAFE_INTEGER, 'count'),
});

const ExerciseSchema = shape({
  ...base,
  kind: v.literal('exercise', 'kind'),
  exercise: text,
  answers: v.pipe(plain('answers'), v.record(v.string('text'), text, 'answers')),
});

const CheckSchema = shape({
  ...base,
  kind: v.literal('check', 'kind'),
  signs: listOf(text),
  safe: opt(v.boolean('flag')),
});

const TriggerSchema = shape({
  ...base,
  kind: v.literal('trigger', 'kind'),
  what: opt(text),
  strength: rating10,
  helped: opt(text),
  reassured: opt(oneOf(ANSWERS)),
});

const RequestSchema = shape({
  ...base,
  kind: v.literal('request', 'kind'),
  text,
  cost: opt(oneOf(COSTS)),
});

const RequestMetSchema = shape({
  ...base,
  kind: v.literal('request-met', 'kind'),
  ref: id,
  text,
  note: opt(text),
});

const RequestDropSchema = shape({
  ...base,
  kind: v.literal('request-drop', 'kind'),
  ref: id,
});

/** The schema of each kind of entry: the one place a new kind is added. */
const ENTRY_SCHEMAS = {
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

const ProfileSchema = shape({
  name: opt(text),
  role: opt(oneOf(ROLES)),
  partner: opt(text),
  remindAt: opt(v.pipe(v.string('clock'), v.regex(CLOCK, 'clock'))),
  country: opt(v.pipe(v.string('text'), v.regex(/^[A-Z]{2}$/, 'known'))),
  helplines: opt(listOf(shape({ name: text, contact: text }))),
  requestMarbles: opt(v.boolean('flag')),
  selfCheckDeclined: opt(date),
});

/** The journal without its entries, which are checked one by one (see checkJournal). */
const HeadSchema = shape({
  schemaVersion: whole(0, Number.MAX_SAFE_INTEGER, 'version'),
  profile: ProfileSchema,
  deleted: opt(listOf(id)),
});

/** An unfinished `trust log` (storage/draft.ts): the answers are the prompts' own, checked where they are used. */
const DraftSchema = shape({
  date,
  startedAt: time,
  answers: v.pipe(plain('answers'), v.record(v.string(), v.unknown(), 'answers')),
});

/** The content of a lock file (storage/lock.ts). */
const HolderSchema = shape({
  pid: whole(1, Number.MAX_SAFE_INTEGER, 'number'),
  host: text,
  start: opt(text),
});

const labelled = { id: text, label: text };
export const CatalogSchema = shape({
  trustTypes: listOf(shape({ id: oneOf(TRUST_TYPES), label: text, meaning: text, question: text })),
  traps: listOf(shape({ id: oneOf(TRAPS), label: text, explain: text, example: text, challenge: text })),
  emotions: listOf(text),
  behaviours: listOf(shape({ ...labelled, types: listOf(oneOf(TRUST_TYPES)), roles: listOf(oneOf(ROLES)), steps: listOf(text) })),
  checklist: listOf(shape({ id: oneOf(CHECKLIST), label: text, hint: text })),
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

// The TypeScript interfaces in domain/types.ts and domain/catalog.ts stay
// the types the code uses; these checks fail the build when a schema and its
// interface disagree on a key, its optionality or its type.
/** T without the `[key: string]: unknown` of loose objects, all the way down. */
type Known<T> = T extends readonly (infer I)[]
  ? Known<I>[]
  : T extends object
    ? { [K in keyof T as string extends K ? (unknown extends T[K] ? never : K) : K]: Known<T[K]> }
    : T;
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? ([keyof A] extends [keyof B] ? ([keyof B] extends [keyof A] ? true : false) : false) : false) : false;
type Agrees<S extends v.GenericSchema, T> = Same<Known<v.InferOutput<S>>, T>;
const agree = <T extends true>(): T | undefined => undefined;
agree<Agrees<typeof LogSchema, LogEntry>>();
agree<Agrees<typeof ReviewSchema, ReviewEntry>>();
agree<Agrees<typeof JarSchema, JarEntry>>();
agree<Agrees<typeof ExerciseSchema, ExerciseEntry>>();
agree<Agrees<typeof CheckSchema, CheckEntry>>();
agree<Agrees<typeof TriggerSchema, TriggerEntry>>();
agree<Agrees<typeof RequestSchema, RequestEntry>>();
agree<Agrees<typeof RequestMetSchema, RequestMetEntry>>();
agree<Agrees<typeof RequestDropSchema, RequestDropEntry>>();
agree<Agrees<typeof EditSchema, EditEntry>>();
agree<Agrees<typeof ProfileSchema, Profile>>();
agree<Agrees<typeof HeadSchema, Omit<Journal, 'entries'>>>();
agree<Agrees<typeof DraftSchema, Draft>>();
agree<Agrees<typeof HolderSchema, Holder>>();
agree<Agrees<typeof CatalogSchema, Catalog>>();

type Raw = Record<string, unknown>;
const isObject = (x: unknown): x is Raw => typeof x === 'object' && x !== null && !Array.isArray(x);

/** Fields whose keys are the person's own (an exercise's answers are keyed by step, a draft's by prompt). */
const RECORDS: ReadonlySet<string> = new Set(['answers']);

/**
 * The problem valibot found, as a fact. The field is the path through
 * object keys (which the schema names); list positions are 1-based; keys of
 * a record (an exercise's answers) may be the person's own, so are left out.
 */
function problemOf(issue: v.BaseIssue<unknown>, at: Omit<Problem, 'rule'> = {}): Problem {
  const out: Problem = { ...at, rule: issue.input === undefined ? 'missing' : ruleOf(issue.message) };
  const keys: string[] = [];
  const inside: string[] = [];
  for (const step of issue.path ?? []) {
    if (step.type === 'object' && typeof step.key === 'string') {
      (out.item === undefined ? keys : inside).push(step.key);
      if (RECORDS.has(step.key)) break; // valibot's path does not tell a record's keys from an object's
    } else if (step.type === 'array' && typeof step.key === 'number' && out.item === undefined) out.item = step.key + 1;
    else break;
  }
  if (keys.length > 0) out.field = keys.join('.');
  if (inside.length > 0) out.part = inside.join('.');
  return out;
}

// Every rule once (the type makes the list complete), so a message can be told from valibot's own.
const RULES: Record<Rule, true> = {
  object: true, list: true, text: true, id: true, date: true, time: true, clock: true, flag: true, known: true,
  answers: true, number: true, 'rating-10': true, 'rating-100': true, step: true, count: true, version: true,
};
const isRule = (message: string): message is Rule => Object.hasOwn(RULES, message);
function ruleOf(message: string): Rule {
  // Every schema above names its rule; valibot's own words (which may quote the value) never pass.
  return isRule(message) ? message : 'object';
}

/** Whether `value` nests no deeper than `max` (objects and lists), walked without recursion. */
export function withinDepth(value: unknown, max = MAX_DEPTH): boolean {
  if (typeof value !== 'object' || value === null) return true;
  const stack: [unknown, number][] = [[value, 1]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop() as [unknown, number];
    if (depth > max) return false;
    const children = Array.isArray(node) ? node : Object.values(node as Raw);
    for (const child of children) if (typeof child === 'object' && child !== null) stack.push([child, depth + 1]);
  }
  return true;
}

const OPTIONS = { abortEarly: true } as const;

/** The first problem of one value against an object schema, or undefined. */
function check(schema: Shape, value: unknown, at: Omit<Problem, 'rule'> = {}): Problem | undefined {
  if (!withinDepth(value)) {
    // Named only by a key the schema knows: another key may be anything.
    const field = isObject(value) ? Object.keys(schema.pipe[1].entries).find((k) => !withinDepth(value[k], MAX_DEPTH - 1)) : undefined;
    return { ...at, ...(field === undefined ? {} : { field }), rule: 'deep' };
  }
  const r = v.safeParse(schema, value, OPTIONS);
  return r.success ? undefined : problemOf(r.issues[0], at);
}

const isKind = (kind: string): kind is Kind => Object.hasOwn(ENTRY_SCHEMAS, kind);

/** The first problem of one entry (at 1-based `position`), or undefined. */
export function checkEntry(e: unknown, position: number): Problem | undefined {
  if (!isObject(e)) return { entry: position, rule: 'object' };
  const at: Omit<Problem, 'rule'> = { entry: position };
  if (typeof e.id === 'string' && ID.test(e.id)) at.id = e.id;
  const kind = e.kind;
  if (typeof kind !== 'string') return { ...at, field: 'kind', rule: kind === undefined ? 'missing' : 'text' };
  if (!isKind(kind)) return { ...at, field: 'kind', rule: 'kind' };
  return check(ENTRY_SCHEMAS[kind], e, at);
}

/**
 * The first problem of a journal document at the current schema version
 * (after migration), or undefined when it is whole. `everyEntry` false
 * checks the head only (a file trust wrote itself, see schema.ts). The
 * document is not copied: what is checked is what is kept, unknown keys
 * included.
 */
export function checkJournal(j: Raw, everyEntry = true): Problem | undefined {
  const { entries, ...head } = j;
  const headProblem = check(HeadSchema, head);
  if (headProblem) return headProblem;
  if (!Array.isArray(entries)) return { field: 'entries', rule: entries === undefined ? 'missing' : 'list' };
  if (!everyEntry) return undefined;
  for (let i = 0; i < entries.length; i++) {
    const p = checkEntry(entries[i], i + 1);
    if (p) return p;
  }
  return undefined;
}

/** Narrows a checked document: only call on one checkJournal() found whole. */
export function asJournal(j: Raw): Journal {
  // checkJournal has just checked every field the type names.
  return j as unknown as Journal;
}

/** Whether parsed JSON is a draft trust can resume (storage/draft.ts). */
export function isDraft(d: unknown): d is Draft {
  return check(DraftSchema, d) === undefined;
}

/** Whether parsed JSON names a lock's owner (storage/lock.ts). */
export function isHolder(h: unknown): h is Holder {
  return check(HolderSchema, h) === undefined;
}
