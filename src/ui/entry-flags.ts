// The flags that fill an entry's fields, declared once each: `trust log`'s,
// `trust review`'s, and `trust edit`'s, which takes both. The command tree,
// the options' types, the check of each value and the field's label (in
// `trust show`, the exports and the edit questions) all come from here, so a
// new flag is this line, its field in the schema and its question in the
// session (docs/ARCHITECTURE.md, "Adding a flag to `trust log`").
import type { LogFields, ReviewFields } from '../domain/entries.js';
import { CHECKLIST, TRAPS, TRUST_TYPES } from '../domain/types.js';
import * as v from '../domain/validate.js';

/** How a flag takes its value: once, repeatable (collected in a list), or on/off with a `--no-` twin. */
type Takes = 'one' | 'many' | 'switch';
type Raw<T extends Takes> = T extends 'many' ? string[] : T extends 'switch' ? boolean : string;

/** `evidence-for` → `evidenceFor`, as commander names an option. */
type Camel<S extends string> = S extends `${infer A}-${infer B}` ? `${A}${Capitalize<Camel<B>>}` : S;
/** The key commander gives `--evidence-for <text>` among the parsed options. */
type OptionKey<F extends string> = F extends `--${infer N} ${string}` ? Camel<N> : F extends `--${infer N}` ? Camel<N> : never;

export interface FieldFlag<K extends string = string, T extends Takes = Takes> {
  /** As commander reads it: `--belief-after <0-100>`. */
  flag: string;
  /** The flag alone, as a refusal names it: `--belief-after`. */
  name: string;
  /** Its key among the parsed options: `beliefAfter`. */
  key: K;
  takes: T;
  /** The entry field its value fills. */
  field: string;
  /** The raw value checked (validate.ts); undefined or empty means nothing to save. */
  check(raw: Raw<T>, name: string): unknown;
  help: string;
  /** Its help under `trust edit`, which looks back on a day already written. */
  editHelp: string;
  /** The field's name wherever an entry is shown, exported or corrected. */
  label: string;
  /** A switch's `--no-` twin, which sets the same field to false. */
  off?: { flag: string; help: string; editHelp: string };
}

/** The options commander parses from a table of flags, typed from the table itself. */
type FlagValues<T extends readonly FieldFlag[]> = { [D in T[number] as D['key']]?: Raw<D['takes']> };

interface Words {
  help: string;
  /** When `trust edit` words it otherwise (the edit help is `editPrefix` + this, or + `help`). */
  edit?: string;
  label: string;
}

const camel = (name: string) => name.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());

/**
 * Declares flags for the fields of `Fields`: the field must be one of them,
 * and the check must return what that field holds, so a flag cannot drift
 * from the schema the entry is saved with.
 */
function flagsFor<Fields>(editPrefix = '') {
  type Field = keyof Fields & string;
  type Check<T extends Takes, K extends Field> = (raw: Raw<T>, name: string) => Fields[K] | undefined;
  const make = <const F extends string, K extends Field, T extends Takes>(flag: F, takes: T, field: K, check: Check<T, K>, words: Words): FieldFlag<OptionKey<F>, T> => {
    const name = flag.split(' ')[0] ?? flag;
    const { help, edit = help, label } = words;
    // OptionKey<F> is commander's camel-casing done in types; the function does the same to the value (tested in entry-flags.test.ts).
    const key = camel(name.slice(2)) as OptionKey<F>;
    return { flag, name, key, takes, field, check, help, editHelp: `${editPrefix}${edit}`, label };
  };
  return {
    one: <const F extends string, K extends Field>(flag: F, field: K, check: Check<'one', K>, words: Words) => make(flag, 'one', field, check, words),
    many: <const F extends string, K extends Field>(flag: F, field: K, check: Check<'many', K>, words: Words) => make(flag, 'many', field, check, words),
    onOff: <const F extends string, K extends Field>(flag: F, field: K, check: Check<'switch', K>, words: Words & { off: string; offHelp: string }) => ({
      ...make(flag, 'switch', field, check, words),
      off: { flag: words.off, help: words.offHelp, editHelp: `${editPrefix}${words.offHelp}` },
    }),
  };
}

// The existing checks, shaped to take the raw value and the flag's name.
const text = (raw: string) => v.text(raw);
const rating = (max: number) => (raw: string, name: string) => v.rating(name, raw, max);
const among = <T extends string>(allowed: readonly T[]) => (raw: string, name: string) => v.listOf(name, raw, allowed);
const feelings = (raws: string[], name: string) => raws.map((raw) => v.feeling(name, raw));
const answer = (raw: string, name: string) => v.answer(name, raw);
const texts = (raws: string[]) => raws.map((t) => t.trim()).filter(Boolean);

const log = flagsFor<LogFields>();

/** `trust log`'s content flags, in the order of its help and of the saved entry's fields. */
export const LOG_FLAGS = [
  log.one('--situation <text>', 'situation', text, { help: 'what set the thought off', label: 'What set it off' }),
  log.one('--thought <text>', 'thought', text, { help: 'the thought that makes you pull away', edit: 'the thought', label: 'Thought' }),
  log.one('--type <list>', 'types', among(TRUST_TYPES), {
    help: `trust types it touches, comma-separated: ${TRUST_TYPES.join(', ')}`, edit: 'trust types it touches', label: 'Trust types',
  }),
  log.many('--emotion <name:0-100>', 'emotions', feelings, {
    help: 'a feeling and how strong it is (repeatable)', edit: 'a feeling and how strong it was (repeatable; replaces the feelings)', label: 'Feelings',
  }),
  log.one('--belief <0-100>', 'belief', rating(100), {
    help: 'how much you believe the thought, before challenging it', edit: 'belief before the challenge', label: 'Belief before',
  }),
  log.one('--evidence-for <text>', 'evidenceFor', text, { help: 'what supports the thought', label: 'Proof for' }),
  log.one('--evidence-against <text>', 'evidenceAgainst', text, { help: 'what does not fit it', label: 'Proof against' }),
  log.one('--trap <list>', 'traps', among(TRAPS), {
    help: `thinking traps it fits, comma-separated: ${TRAPS.join(', ')}`, edit: 'thinking traps it fits', label: 'Thinking traps',
  }),
  log.one('--balanced <text>', 'balanced', text, { help: 'a more balanced thought', edit: 'the balanced thought', label: 'Balanced thought' }),
  log.one('--belief-balanced <0-100>', 'beliefBalanced', rating(100), {
    help: 'how much you believe the balanced thought', edit: 'belief in the balanced thought', label: 'Belief in the balanced thought',
  }),
  log.one('--belief-after <0-100>', 'beliefAfter', rating(100), {
    help: 'how much you believe the old thought now', edit: 'belief in the old thought after the challenge', label: 'Belief after',
  }),
  log.many('--emotion-after <name:0-100>', 'emotionsAfter', feelings, {
    help: 'a feeling re-rated after the challenge (repeatable)', edit: 'a feeling after the challenge (repeatable; replaces them)', label: 'Feelings after',
  }),
  log.one('--action <text>', 'action', text, { help: 'one small step to test trust today', edit: 'the small step', label: 'Action' }),
  log.one('--prediction <text>', 'prediction', text, {
    help: 'what you fear will happen when you do it', edit: 'what you feared would happen', label: 'Feared',
  }),
  log.one('--prediction-belief <0-100>', 'predictionBelief', rating(100), {
    help: 'how sure you are, before the step, that it will happen', edit: 'how sure you were it would happen', label: 'How sure it would happen',
  }),
  log.one('--checklist <list>', 'checklist', among(CHECKLIST), {
    help: `checklist items done today, comma-separated: ${CHECKLIST.join(', ')}`, edit: 'checklist items done that day', label: 'Checklist',
  }),
  log.many('--gratitude <text>', 'gratitude', texts, {
    help: 'a good thing your partner did (repeatable, up to 3)', edit: 'a good thing (repeatable; replaces the good things)', label: 'Good things',
  }),
] as const;

const review = flagsFor<ReviewFields>('review: ');

/** `trust review`'s flags; `trust edit` takes them too, for a review. */
export const REVIEW_FLAGS = [
  review.one('--done <yes|partly|no>', 'done', answer, { help: 'did you do it?', label: 'Done' }),
  review.one('--outcome <text>', 'outcome', text, { help: 'what actually happened', label: 'What happened' }),
  review.onOff('--talked', 'talked', (on) => on, {
    help: 'you talked it over with your partner', edit: 'you talked it over', label: 'Talked it over',
    off: '--no-talked', offHelp: 'you have not talked it over yet',
  }),
  review.one('--safety <0-10>', 'safety', rating(10), { help: 'how safe it felt', label: 'Safety (0-10)' }),
  review.one('--belief-now <0-100>', 'beliefNow', rating(100), {
    help: 'how much you believe the old thought now', edit: 'belief in the old thought now', label: 'Belief now',
  }),
  review.one('--came-true <yes|partly|no>', 'cameTrue', answer, { help: 'did what you feared happen?', label: 'Fear came true' }),
  review.one('--learned <text>', 'learned', text, { help: 'what the step taught you', label: 'What it taught' }),
] as const;

export type LogFlagValues = FlagValues<typeof LOG_FLAGS>;
export type ReviewFlagValues = FlagValues<typeof REVIEW_FLAGS>;

/** Each declared field's label, for the places an entry is shown. */
export const FLAG_LABELS: Record<string, string> = Object.fromEntries([...LOG_FLAGS, ...REVIEW_FLAGS].map((f) => [f.field, f.label]));

/** Every field a flag fills, in declaration order. */
export const FLAG_FIELDS: readonly string[] = [...LOG_FLAGS, ...REVIEW_FLAGS].map((f) => f.field);
