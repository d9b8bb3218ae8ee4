// The shape of the journal. Entries are appended and never edited in place;
// a review points at the log entry whose action it reviews. Each entry's
// type is inferred from its schema (schemas.ts), the one place its fields
// are written down: what each field means is said there.
import type * as v from 'valibot';
import type {
  CheckSchema, EditFieldsSchema, EditSchema, EmotionSchema, ExerciseSchema, JarSchema, JournalHeadSchema, LogSchema,
  OwnHelplineSchema, ProfileSchema, RequestDropSchema, RequestMetSchema, RequestSchema, ReviewSchema, TriggerSchema,
} from './schemas.js';

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

export type Emotion = v.InferOutput<typeof EmotionSchema>;

/** The daily entry: checklist, an optional thought record with its action, gratitude. */
export type LogEntry = v.InferOutput<typeof LogSchema>;
export type ReviewEntry = v.InferOutput<typeof ReviewSchema>;
export type JarEntry = v.InferOutput<typeof JarSchema>;
export type ExerciseEntry = v.InferOutput<typeof ExerciseSchema>;
export type CheckEntry = v.InferOutput<typeof CheckSchema>;
/** A wave of hurt set off by a reminder (after an affair): what, how strong, what helped. */
export type TriggerEntry = v.InferOutput<typeof TriggerSchema>;

export const COSTS = ['low', 'high'] as const;
export type Cost = (typeof COSTS)[number];

/** Something the hurt partner asked for; its id is the request's id from then on. */
export type RequestEntry = v.InferOutput<typeof RequestSchema>;
/** One time a request was met. `text` is the request's wording, so a part of the journal reads on its own. */
export type RequestMetEntry = v.InferOutput<typeof RequestMetSchema>;
/** A request set aside (no longer needed, or changed into a new one). */
export type RequestDropEntry = v.InferOutput<typeof RequestDropSchema>;

/** What a correction may change: the written fields of a log or a review. */
export type EditFields = v.InferOutput<typeof EditFieldsSchema>;
/**
 * A correction (`trust edit`): the fields of entry `ref` it changes; the
 * entry itself stays as written. Dated the day of the entry it corrects, so
 * any part of the journal that holds the entry holds its corrections.
 */
export type EditEntry = v.InferOutput<typeof EditSchema>;

export type Entry =
  | LogEntry | ReviewEntry | JarEntry | ExerciseEntry | CheckEntry
  | TriggerEntry | RequestEntry | RequestMetEntry | RequestDropEntry | EditEntry;
export type Kind = Entry['kind'];
export const KINDS: readonly Kind[] = ['log', 'review', 'jar', 'exercise', 'check', 'trigger', 'request', 'request-met', 'request-drop', 'edit'];

export type Profile = v.InferOutput<typeof ProfileSchema>;
export type OwnHelpline = v.InferOutput<typeof OwnHelplineSchema>;

export const SCHEMA_VERSION = 1;

/** The journal: its head as JournalHeadSchema has it, and the entries, each checked by its kind's schema. */
export interface Journal extends v.InferOutput<typeof JournalHeadSchema> {
  entries: Entry[];
}

export function emptyJournal(): Journal {
  return { schemaVersion: SCHEMA_VERSION, profile: {}, entries: [] };
}
