// The checks of a file trust reads (the journal, a file to import, a draft,
// a lock): its size and nesting bounds, and each part against its shape in
// domain/schemas.ts, a refusal told as a Problem: where, and which rule.
// Nothing of the person's text is ever part of a problem.
import * as v from 'valibot';
import type { Journal, Kind } from '../domain/types.js';
import { date, ENTRY_SCHEMAS, isId, JournalHeadSchema, plain, shape, text, time, whole, type Rule } from '../domain/schemas.js';
import type { Draft } from './draft.js';
import type { Holder } from './lock.js';

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

/** What check() takes: a shape(), whose known keys it can name. */
type Shape = v.GenericSchema & { readonly pipe: readonly [unknown, { readonly entries: v.ObjectEntries }] };

/** Words typed into a question of `trust log` before it was stopped: its step, which of the step's text questions, the words. */
export const PartialAnswerSchema = shape({
  step: text,
  nth: whole(0, 99, 'number'),
  text: v.custom<string, 'text'>((x) => typeof x === 'string' && x.trim() !== '', 'text'),
});

/** An unfinished `trust log` (storage/draft.ts): the answers are the prompts' own, checked where they are used (commands/log-answers.ts). */
export const DraftSchema = shape({
  date,
  startedAt: time,
  answers: v.pipe(plain('answers'), v.record(v.string(), v.unknown(), 'answers')),
  partial: v.exactOptional(PartialAnswerSchema),
});

/** The content of a lock file (storage/lock.ts). */
export const HolderSchema = shape({
  pid: whole(1, Number.MAX_SAFE_INTEGER, 'number'),
  host: text,
  /** When the owner process started (Linux clock ticks since boot): tells a reused pid apart. */
  start: v.exactOptional(text),
});

/**
 * The note of the journal version trust last wrote (storage/written.ts).
 * `escaped`: written since the journal is stored escaped (serialize()); an
 * older build's note lacks it, so its version is checked whole once.
 */
export const WrittenSchema = v.object({ ino: v.number(), size: v.number(), mtimeMs: v.number(), escaped: v.literal(true), digest: v.optional(v.unknown()) });

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
  const stack: [object, number][] = [[value, 1]];
  for (let top = stack.pop(); top !== undefined; top = stack.pop()) {
    const [node, depth] = top;
    if (depth > max) return false;
    const children: unknown[] = Object.values(node);
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
  if (isId(e.id)) at.id = e.id;
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
  const headProblem = check(JournalHeadSchema, head);
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
  // checkJournal has just checked every field the type names, in place: the
  // document is kept as it is (unknown keys and all), not valibot's copy.
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
