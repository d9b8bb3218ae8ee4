// Corrections (`trust edit`): an entry is never changed where it was
// written; a later entry of kind `edit` names it (`ref`) and the fields it
// changes. The text people see is the entry with its corrections applied,
// field by field, the latest written winning: two copies of a journal that
// each corrected the same field agree once merged, whichever is merged into
// which.
import { refuse } from './problems.js';
import { newLog, shortId, type Stamp } from './entries.js';
import type { EditEntry, EditFields, Entry, LogEntry, ReviewEntry } from './types.js';

/** An entry as it reads now; `edited` is when it was last corrected (absent when never). */
export type Current<E extends Entry = Entry> = E & { edited?: string };

/** Entries that can be corrected. */
export type Editable = LogEntry | ReviewEntry;

export const isEditable = (e: Entry): e is Editable => e.kind === 'log' || e.kind === 'review';

/** Later written first: by createdAt, then by id, so every copy orders them alike. */
const byWritten = (a: EditEntry, b: EditEntry) =>
  a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;

/** The corrections of each entry, oldest first. */
function correctionsByRef(entries: readonly Entry[]): Map<string, EditEntry[]> {
  const out = new Map<string, EditEntry[]>();
  for (const e of entries) {
    if (e.kind !== 'edit') continue;
    const list = out.get(e.ref);
    if (list) list.push(e);
    else out.set(e.ref, [e]);
  }
  for (const list of out.values()) list.sort(byWritten);
  return out;
}

/** One entry with these corrections (oldest first) applied. */
function corrected<E extends Entry>(entry: E, edits: readonly EditEntry[]): Current<E> {
  if (edits.length === 0) return entry;
  const out: Record<string, unknown> = { ...entry };
  for (const edit of edits) Object.assign(out, edit.fields);
  // The copy holds the entry's own keys and values of the same types (checked by the schema).
  return { ...(out as E), edited: edits[edits.length - 1]?.createdAt ?? entry.createdAt };
}

/**
 * The journal as it reads now: every entry but the corrections themselves,
 * each with its latest corrections applied and marked `edited`. Order kept.
 */
export function current(entries: readonly Entry[]): Current[] {
  const edits = correctionsByRef(entries);
  if (edits.size === 0) return entries.filter((e) => e.kind !== 'edit');
  const out: Current[] = [];
  for (const e of entries) if (e.kind !== 'edit') out.push(corrected(e, edits.get(e.id) ?? []));
  return out;
}

/** The fields of `wanted` that differ from the entry as it reads now. */
function changedFields(now: Editable, wanted: EditFields): EditFields {
  const record: Record<string, unknown> = { ...now };
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(wanted)) {
    if (value === undefined) continue;
    if (JSON.stringify(record[key]) !== JSON.stringify(value)) out[key] = value;
  }
  return out;
}

/**
 * A correction of `target` (as it reads now, among `entries` as they read
 * now), checked: only fields that change, and the corrected entry must
 * still keep the rules a new one keeps.
 */
export function newEdit(target: Current<Editable>, entries: readonly Current[], wanted: EditFields, stamp: Stamp): EditEntry {
  const fields = changedFields(target, wanted);
  if (Object.keys(fields).length === 0) refuse({ kind: 'nothing-changed', id: shortId(target.id) });
  const after = { ...target, ...fields };
  if (after.kind === 'log') {
    const { id, kind, createdAt, edited, ...rest } = after;
    void kind; void edited;
    newLog(rest, { id, createdAt });
    // A reviewed step keeps its action: the review would lose what it looks back on.
    if (!after.action && entries.some((e) => e.kind === 'review' && e.ref === target.id)) refuse({ kind: 'action-reviewed', id: shortId(target.id) });
  } else {
    const action = entries.find((e) => e.id === after.ref);
    if (after.cameTrue !== undefined && !(action?.kind === 'log' && action.prediction)) refuse({ kind: 'no-prediction', id: shortId(after.ref) });
  }
  return { id: stamp.id, kind: 'edit', date: target.date, createdAt: stamp.createdAt, ref: target.id, fields };
}
