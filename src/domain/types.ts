// The shape of the journal. Entries are appended and never edited in place;
// a review points at the log entry whose action it reviews.

export const TRUST_TYPES = ['emotional', 'instrumental', 'informational', 'self', 'situational', 'physical'] as const;
export type TrustType = (typeof TRUST_TYPES)[number];

export const TRAPS = [
  'all-or-nothing', 'overgeneralisation', 'mental-filter', 'discounting-positive', 'mind-reading',
  'fortune-telling', 'catastrophising', 'emotional-reasoning', 'should-statements', 'labelling', 'personalisation',
] as const;
export type TrapId = (typeof TRAPS)[number];

export const CHECKLIST = ['check-in', 'follow-through', 'clear-up', 'repair', 'privacy', 'boundaries'] as const;
export type ChecklistId = (typeof CHECKLIST)[number];

export const ROLES = ['hurt', 'broke-trust', 'both'] as const;
export type Role = (typeof ROLES)[number];

export const ANSWERS = ['yes', 'partly', 'no'] as const;
export type Answer = (typeof ANSWERS)[number];

export interface Emotion {
  name: string;
  intensity: number;
}

interface EntryBase {
  id: string;
  date: string;
  createdAt: string;
}

/** The daily entry: checklist, an optional thought record with its action, gratitude. */
export interface LogEntry extends EntryBase {
  kind: 'log';
  situation?: string;
  thought?: string;
  types?: TrustType[];
  emotions?: Emotion[];
  belief?: number;
  evidenceFor?: string;
  evidenceAgainst?: string;
  traps?: TrapId[];
  balanced?: string;
  /** Belief in the balanced thought (0-100). */
  beliefBalanced?: number;
  beliefAfter?: number;
  /** Feelings re-rated after the challenge. */
  emotionsAfter?: Emotion[];
  action?: string;
  /** Catalogue behaviour the action came from, and how big a step (1-3). */
  behaviour?: string;
  step?: number;
  prediction?: string;
  /** How sure (0-100) the person is, before the step, that the feared thing will happen. */
  predictionBelief?: number;
  checklist?: ChecklistId[];
  gratitude?: string[];
}

export interface ReviewEntry extends EntryBase {
  kind: 'review';
  ref: string;
  done: Answer;
  outcome?: string;
  talked?: boolean;
  safety?: number;
  beliefNow?: number;
  cameTrue?: Answer;
  /** What the step taught. */
  learned?: string;
}

export interface JarEntry extends EntryBase {
  kind: 'jar';
  change: 'add' | 'remove';
  text: string;
  marbles: number;
}

export interface ExerciseEntry extends EntryBase {
  kind: 'exercise';
  exercise: string;
  answers: Record<string, string>;
}

export interface CheckEntry extends EntryBase {
  kind: 'check';
  signs: string[];
  /** Written by `trust safety --safe`: the person is safe now, which closes an open concern. */
  safe?: boolean;
}

/** A wave of hurt set off by a reminder (after an affair): what, how strong, what helped. */
export interface TriggerEntry extends EntryBase {
  kind: 'trigger';
  what?: string;
  /** 0-10. */
  strength: number;
  helped?: string;
  /** Did the partner answer with reassurance? */
  reassured?: Answer;
}

export const COSTS = ['low', 'high'] as const;
export type Cost = (typeof COSTS)[number];

/** Something the hurt partner asked for; its id is the request's id from then on. */
export interface RequestEntry extends EntryBase {
  kind: 'request';
  text: string;
  cost?: Cost;
}

/** One time a request was met. `text` is the request's wording, so a part of the journal reads on its own. */
export interface RequestMetEntry extends EntryBase {
  kind: 'request-met';
  ref: string;
  text: string;
  note?: string;
}

/** A request set aside (no longer needed, or changed into a new one). */
export interface RequestDropEntry extends EntryBase {
  kind: 'request-drop';
  ref: string;
}

/** What a correction may change: the written fields of a log or a review. */
export type EditFields = Partial<Omit<LogEntry, keyof EntryBase | 'kind'>> & Partial<Omit<ReviewEntry, keyof EntryBase | 'kind' | 'ref'>>;

/**
 * A correction (`trust edit`): the fields of entry `ref` it changes; the
 * entry itself stays as written. Dated the day of the entry it corrects, so
 * any part of the journal that holds the entry holds its corrections.
 */
export interface EditEntry extends EntryBase {
  kind: 'edit';
  ref: string;
  fields: EditFields;
}

export type Entry =
  | LogEntry | ReviewEntry | JarEntry | ExerciseEntry | CheckEntry
  | TriggerEntry | RequestEntry | RequestMetEntry | RequestDropEntry | EditEntry;
export type Kind = Entry['kind'];
export const KINDS: readonly Kind[] = ['log', 'review', 'jar', 'exercise', 'check', 'trigger', 'request', 'request-met', 'request-drop', 'edit'];

export interface Profile {
  name?: string;
  role?: Role;
  partner?: string;
  remindAt?: string;
  /** Whether meeting a request also adds a marble to the jar (asked once, at a terminal). */
  requestMarbles?: boolean;
  /** ISO 3166 two-letter code, upper-case: whose help lines `trust safety` shows. */
  country?: string;
  /** The person's own help lines, shown by `trust safety` after the country's. */
  helplines?: OwnHelpline[];
  /** The day the weekly self-check was last declined: not offered again for seven days. */
  selfCheckDeclined?: string;
}

export interface OwnHelpline {
  name: string;
  contact: string;
}

export const SCHEMA_VERSION = 1;

export interface Journal {
  schemaVersion: number;
  profile: Profile;
  /** Ids of deleted entries (nothing else of them), so merging an older copy does not bring them back. */
  deleted?: string[];
  entries: Entry[];
}

export function emptyJournal(): Journal {
  return { schemaVersion: SCHEMA_VERSION, profile: {}, entries: [] };
}
