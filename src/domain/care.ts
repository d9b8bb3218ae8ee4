// Noticing when rebuilding trust is the wrong goal right now: words of
// suicide or self-harm (crisis), of being hit, threatened, controlled or
// frightened by the partner, or a step that felt very unsafe (danger), and
// heavy distress that lasts for weeks. Pure: it returns facts (a level, a
// stable reason id, which entry and field), never the person's words, and
// the ui/ modules word the answer. The words themselves are data
// (data/care-words.json), matched on whole words, never as bare substrings.
import words from '../../data/care-words.json';
import { addDays, daysBetween } from './dates.js';
import { LOW_SAFETY } from './steps.js';
import type { Entry, ReviewEntry, Role } from './types.js';

const CARE_LEVELS = ['crisis', 'danger', 'distress'] as const;
export type CareLevel = (typeof CARE_LEVELS)[number];

export interface CareSignal {
  level: CareLevel;
  /** A stable fact id, never the person's words (see data/care-words.json and the constants below). */
  why: string;
  /** The entry it was found in (for distress: the latest entry of the pattern). */
  id: string;
  /** That entry's date (YYYY-MM-DD). */
  date: string;
  /** Which field held the words (thought, outcome, answers.<field>, ...), never the words themselves. */
  field?: string;
}

export interface Care {
  level: CareLevel | null;
  signals: CareSignal[];
  since: string | null;
}

/** A review's safety at or below this (0-10) felt very unsafe: danger. */
const UNSAFE_SAFETY = 2;
/** The weekly self-check's sign for "are you afraid of your partner?". */
export const AFRAID_SIGN = 'afraid';
/** A crisis or danger signal stays open this many days (ending today) unless a safe check follows. */
export const CONCERN_DAYS = 14;
/** Lasting distress is looked for in the days ending today. */
export const DISTRESS_DAYS = 28;
/** Belief in the old thoughts averaging at least this, over at least LASTING_DAYS: lasting-belief. */
const HIGH_BELIEF = 80;
const LASTING_DAYS = 14;
/** At least this many readings make a pattern (belief readings, low-safety days, fears come true). */
const PATTERN_COUNT = 3;

interface WordGroup {
  why: string;
  patterns: string[];
}

/** One group's words as a single expression, run on normalised (lower-case) text. */
interface Words {
  test(text: string): boolean;
}

// V8 runs a new expression in its bytecode interpreter and makes machine code
// of it only on its second run, unless the text is 1,000 characters or more.
// These expressions are large: interpreted over two weeks of entries they
// cost ~10 ms of a prompt's start-up. A first run over a long blank line
// makes the machine code at once (~0.5 ms each), and the answers are the same.
const LONG_BLANK = ' '.repeat(1000);

/**
 * Each pattern is wrapped in word boundaries: "hit me" matches "Jo hit me"
 * but not "they prohibit meat", and lookarounds in the data keep "it hit me that..."
 * or "scared of him leaving" from firing. Case is folded in the text
 * (normalise) rather than by the `i` flag: V8 compiles these expressions in
 * half the time without it, and the answers are the same (see normalise).
 */
function compile(patterns: readonly string[]): Words {
  const re = new RegExp(patterns.map((p) => `\\b(?:${p})\\b`).join('|'));
  let native = false;
  return {
    test(text) {
      if (!native) re.test(LONG_BLANK);
      native = true;
      return re.test(text);
    },
  };
}

const GROUPS: { level: CareLevel; why: string; re: Words }[] = [
  ...words.crisis.map((g: WordGroup) => ({ level: 'crisis' as const, why: g.why, re: compile(g.patterns) })),
  ...words.danger.map((g: WordGroup) => ({ level: 'danger' as const, why: g.why, re: compile(g.patterns) })),
];
const SHAME = compile(words.shame);

/**
 * Straight quotes, single spaces, A-Z in lower case: "Don’t" and "don't" read
 * the same. Only A-Z: an `i` flag without `u` matches the data's ASCII letters
 * to ASCII letters alone (never "ſ" to s, nor the Kelvin sign to k), and
 * toLowerCase() would turn some other letters into ASCII ones and so change
 * what a lookaround sees ("choked bac\u212a" would read as "choked back").
 */
function normalise(text: string): string {
  return text.replace(/[\u2018\u2019\u02bc`\u00b4]/g, "'").replace(/\s+/g, ' ').trim().replace(/[A-Z]+/g, (upper) => upper.toLowerCase());
}

/** Keys that hold the entry's identity, not anything the person wrote. */
const NOT_WRITTEN = new Set(['id', 'kind', 'date', 'createdAt', 'ref']);

interface Text {
  field: string;
  text: string;
}

/** Every piece of text in a value: strings, lists of them, records of answers, nested as deep as they go. */
function textsIn(field: string, value: unknown, out: Text[]): void {
  if (typeof value === 'string') out.push({ field, text: value });
  else if (Array.isArray(value)) for (const v of value) textsIn(field, v, out);
  else if (typeof value === 'object' && value !== null) {
    for (const [k, v] of Object.entries(value)) textsIn(`${field}.${k}`, v, out);
  }
}

/** All the text an entry holds, whatever its kind, so new kinds are covered without a change here. */
function entryTexts(entry: Entry): Text[] {
  const out: Text[] = [];
  for (const [key, value] of Object.entries(entry)) if (!NOT_WRITTEN.has(key)) textsIn(key, value, out);
  return out;
}

/** Texts found to hold none of the words: checklist ids, feelings, steps and phrases come back entry after entry. */
const CALM = new Set<string>();

/** The reason ids whose words appear in a text (crisis first). */
export function wordSignals(text: string): { level: CareLevel; why: string }[] {
  if (CALM.has(text)) return [];
  const plain = normalise(text);
  const found = GROUPS.filter((g) => g.re.test(plain)).map(({ level, why }) => ({ level, why }));
  if (found.length === 0) CALM.add(text);
  return found;
}

const RANK: Record<CareLevel, number> = { crisis: 0, danger: 1, distress: 2 };

/** The worst level among signals (crisis, then danger, then distress); null when there are none. */
export function worstLevel(signals: readonly CareSignal[]): CareLevel | null {
  let worst: CareLevel | null = null;
  for (const s of signals) if (worse(s.level, worst)) worst = s.level;
  return worst;
}

const byLevel = (a: CareSignal, b: CareSignal) => RANK[a.level] - RANK[b.level];

/** Whether `level` is worse than `than` (anything is worse than none). */
export const worse = (level: CareLevel, than: CareLevel | null | undefined): boolean => than === null || than === undefined || RANK[level] < RANK[than];

/**
 * Crisis and danger signals in one entry: every text it holds and its
 * numbers (a review's safety 0-2; a check whose signs include `afraid`).
 * One signal per reason and field.
 */
export function entrySignals(entry: Entry): CareSignal[] {
  const out: CareSignal[] = [];
  const seen = new Set<string>();
  const add = (level: CareLevel, why: string, field: string) => {
    const key = `${why}\u0000${field}`;
    if (seen.has(key)) return;
    seen.add(key);
    out.push({ level, why, id: entry.id, date: entry.date, field });
  };
  for (const { field, text } of entryTexts(entry)) {
    for (const { level, why } of wordSignals(text)) add(level, why, field);
  }
  if (entry.kind === 'review' && typeof entry.safety === 'number' && entry.safety <= UNSAFE_SAFETY) add('danger', 'unsafe-step', 'safety');
  if (entry.kind === 'edit' && typeof entry.fields.safety === 'number' && entry.fields.safety <= UNSAFE_SAFETY) add('danger', 'unsafe-step', 'safety');
  if (entry.kind === 'check' && entry.signs.includes(AFRAID_SIGN)) add('danger', 'afraid-of-partner', 'signs');
  return out.sort(byLevel);
}

/** Written later: by when it was written (a safe check means "safe now", at that moment), then by day. */
const writtenAfter = (a: Entry, b: Entry) => a.createdAt > b.createdAt || (a.createdAt === b.createdAt && a.date > b.date);

const inDays = (e: Entry, since: string, today: string) => e.date >= since && e.date <= today;

const latest = (entries: readonly Entry[]): Entry | undefined =>
  entries.reduce<Entry | undefined>((best, e) => (!best || e.date > best.date || (e.date === best.date && e.createdAt >= best.createdAt) ? e : best), undefined);

/** Days from the first to the last of these entries. */
const spanDays = (entries: readonly Entry[]) => {
  const dates = entries.map((e) => e.date).sort();
  const first = dates[0];
  const last = dates.at(-1);
  return first && last ? daysBetween(first, last) : 0;
};

const distressAt = (why: string, entries: readonly Entry[]): CareSignal[] => {
  const last = latest(entries);
  return last ? [{ level: 'distress', why, id: last.id, date: last.date }] : [];
};

/** How much the old thought is believed: after the challenge when rated then, else before it; a review's re-rating. */
function beliefOf(e: Entry): number | undefined {
  if (e.kind === 'log') return e.beliefAfter ?? e.belief;
  if (e.kind === 'review') return e.beliefNow;
  return undefined;
}

/**
 * Lasting distress in the DISTRESS_DAYS ending today: belief in the old
 * thoughts averaging HIGH_BELIEF or more over LASTING_DAYS or longer; safety
 * at LOW_SAFETY or below on several days and most of the time; several
 * fears that came true. Each is one signal, at the latest entry of its pattern.
 */
export function distressSignals(entries: readonly Entry[], today: string): CareSignal[] {
  const since = addDays(today, -(DISTRESS_DAYS - 1));
  const recent = entries.filter((e) => inDays(e, since, today));
  const out: CareSignal[] = [];

  const rated = recent.filter((e) => beliefOf(e) !== undefined);
  const mean = rated.reduce((sum, e) => sum + (beliefOf(e) ?? 0), 0) / (rated.length || 1);
  if (rated.length >= PATTERN_COUNT && spanDays(rated) >= LASTING_DAYS - 1 && mean >= HIGH_BELIEF) out.push(...distressAt('lasting-belief', rated));

  const reviews = recent.filter((e): e is ReviewEntry => e.kind === 'review');
  const withSafety = reviews.filter((r) => r.safety !== undefined);
  // Safety that felt unsafe (as for growing steps), on PATTERN_COUNT days or more and most of the time.
  const low = withSafety.filter((r) => (r.safety ?? 10) <= LOW_SAFETY);
  const lowDays = new Set(low.map((r) => r.date)).size;
  if (lowDays >= PATTERN_COUNT && low.length * 2 > withSafety.length) out.push(...distressAt('lasting-low-safety', low));

  const cameTrue = reviews.filter((r) => r.cameTrue === 'yes');
  if (cameTrue.length >= PATTERN_COUNT) out.push(...distressAt('fears-coming-true', cameTrue));
  return out;
}

/** A check that says the person is safe now (`trust safety --safe`). */
const isSafeCheck = (e: Entry): boolean => e.kind === 'check' && e.safe === true;

/**
 * The crisis and danger signals of the CONCERN_DAYS ending today that no
 * safe check was written after; undefined when there are none.
 */
export function openConcern(entries: readonly Entry[], today: string): Care | undefined {
  const since = addDays(today, -(CONCERN_DAYS - 1));
  const recent = entries.filter((e) => inDays(e, since, today));
  const safeAt = recent.filter(isSafeCheck).reduce<Entry | undefined>((last, e) => (!last || writtenAfter(e, last) ? e : last), undefined);
  const signals = recent
    .filter((e) => !safeAt || writtenAfter(e, safeAt))
    .flatMap(entrySignals)
    .sort(byLevel);
  const level = worstLevel(signals);
  if (level === null) return undefined;
  return { level, signals, since: sinceOf(signals) };
}

function sinceOf(signals: readonly CareSignal[]): string | null {
  const dates = signals.map((s) => s.date).sort();
  return dates[0] ?? null;
}

/** The care picture for a report or for now: the open concern and lasting distress; level null when calm. */
export function careNow(entries: readonly Entry[], today: string): Care {
  const signals = [...(openConcern(entries, today)?.signals ?? []), ...distressSignals(entries, today)].sort(byLevel);
  return { level: worstLevel(signals), signals, since: sinceOf(signals) };
}

/**
 * Words of harsh self-judgement ("I'm a terrible person") at this belief or
 * more, from the one who broke trust, earn a line of self-compassion. Not a
 * care level: shame is not danger, but it gets in the way of change.
 */
const SHAME_BELIEF = 70;

/** Whether a saved entry holds harsh self-judgement, strongly believed, from the one who broke trust. */
export function harshSelfJudgement(entry: Entry, role: Role | undefined): boolean {
  if (role !== 'broke-trust' || entry.kind !== 'log' || entry.thought === undefined) return false;
  return (entry.belief ?? 0) >= SHAME_BELIEF && SHAME.test(normalise(entry.thought));
}

/** Whether a review says the feared thing happened: evidence, to be named as such. */
export const fearCameTrue = (entry: Entry): boolean => entry.kind === 'review' && entry.cameTrue === 'yes';

/** What a save has to answer: the signals it brought (its own, and distress it completes), and the concern open after it. */
export interface OnSave {
  fresh: CareSignal[];
  open: Care | undefined;
}

/**
 * `recent` is the journal's entries of the last DISTRESS_DAYS after the save
 * (it may lack the saved ones; they are added). Distress counts as fresh
 * only when the saved entries complete its pattern, so it is said once, not
 * on every save for weeks.
 */
export function careOnSave(saved: readonly Entry[], recent: readonly Entry[], today: string): OnSave {
  const ids = new Set(saved.map((e) => e.id));
  const before = recent.filter((e) => !ids.has(e.id));
  const after = [...before, ...saved];
  const had = new Set(distressSignals(before, today).map((s) => s.why));
  const fresh = [...saved.flatMap(entrySignals), ...distressSignals(after, today).filter((s) => !had.has(s.why))].sort(byLevel);
  return { fresh, open: openConcern(after, today) };
}
