// Joining two copies of one journal (two devices, a sync tool's conflict
// copy, a restored backup). Entries are never edited in place, so an id
// names one piece of writing for good: the union by id loses nothing and
// doubles nothing. The ids of deleted entries are remembered in
// `journal.deleted`, so a copy made before a deletion cannot bring the entry
// back, whichever copy is merged into which.
import { byDateAsc } from './entries.js';
import type { Entry, Journal, Profile } from './types.js';

export interface MergeResult {
  journal: Journal;
  /** Ids taken from the other copy. */
  added: string[];
  /** Entries found in both copies, the same in each. */
  same: number;
  /** Ids found in both copies with different content: ours was kept. */
  conflicts: string[];
  /** Ids of our entries dropped because they were deleted (in the other copy). */
  removed: string[];
  /** Ids of the other copy's entries left out because they were deleted here. */
  skipped: string[];
  /** Profile fields we had empty and took from the other copy. */
  filled: string[];
  /** False when the merged journal says nothing ours did not: no need to write. */
  changed: boolean;
}

/** Date, then time written, then id: the same order whichever copy is merged into which. */
export function journalOrder(a: Entry, b: Entry): number {
  return byDateAsc(a, b) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** JSON with object keys sorted, so two entries compare by content, not key order. */
export function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (typeof value === 'object' && value !== null) {
    const fields: [string, unknown][] = Object.entries(value);
    const kept = fields.filter(([, x]) => x !== undefined).sort(([a], [b]) => (a < b ? -1 : 1));
    return `{${kept.map(([k, x]) => `${JSON.stringify(k)}:${canonical(x)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/**
 * An entry is gone when it was deleted, or it reviews an action that was, or
 * it corrects one that was, or it is a time a deleted request was met or set aside (delete takes them all:
 * a request met keeps a copy of the request's words).
 */
function isGone(e: Entry, deleted: ReadonlySet<string>): boolean {
  if (deleted.has(e.id)) return true;
  return (e.kind === 'review' || e.kind === 'request-met' || e.kind === 'request-drop' || e.kind === 'edit') && deleted.has(e.ref);
}

const isEmpty = (v: unknown) => v === undefined || v === null || v === '' || (Array.isArray(v) && v.length === 0);

/** Our profile, with the fields we left empty filled in from theirs. */
export function fillProfile(ours: Profile, theirs: Profile): { profile: Profile; filled: string[] } {
  const out: Record<string, unknown> = { ...ours };
  const filled: string[] = [];
  for (const [key, value] of Object.entries(theirs)) {
    if (isEmpty(out[key]) && !isEmpty(value)) {
      out[key] = value;
      filled.push(key);
    }
  }
  // Object.entries is typed with string keys: `out` holds ours, then theirs' own keys and values.
  return { profile: out as Profile, filled };
}

/** Merges `theirs` into `ours`: the union of entries by id, ours winning any disagreement. */
export function mergeJournals(ours: Journal, theirs: Journal): MergeResult {
  const known = new Set(ours.deleted ?? []);
  const newlyDeleted = [...new Set(theirs.deleted ?? [])].filter((id) => !known.has(id));
  const deleted = new Set([...known, ...newlyDeleted]);

  const kept = new Map<string, Entry>();
  const removed: string[] = [];
  for (const e of ours.entries) {
    if (isGone(e, deleted)) removed.push(e.id);
    else if (!kept.has(e.id)) kept.set(e.id, e);
  }
  const ourIds = new Set(ours.entries.map((e) => e.id));
  const added: string[] = [];
  const conflicts: string[] = [];
  const skipped: string[] = [];
  const seen = new Set<string>();
  let same = 0;
  for (const e of theirs.entries) {
    if (seen.has(e.id)) continue; // a hand-edited copy may hold an id twice
    seen.add(e.id);
    if (isGone(e, deleted)) {
      if (!ourIds.has(e.id)) skipped.push(e.id);
      continue;
    }
    const mine = kept.get(e.id);
    if (!mine) {
      kept.set(e.id, e);
      added.push(e.id);
    } else if (canonical(mine) === canonical(e)) same++;
    else conflicts.push(e.id);
  }

  const { profile, filled } = fillProfile(ours.profile, theirs.profile);
  const journal: Journal = { ...ours, profile, entries: [...kept.values()].sort(journalOrder) };
  if (deleted.size > 0) journal.deleted = [...(ours.deleted ?? []), ...newlyDeleted];
  const changed = added.length + removed.length + filled.length + newlyDeleted.length > 0;
  return { journal, added, same, conflicts, removed, skipped, filled, changed };
}

/** The journal without an entry, its reviews and corrections, their ids remembered as deleted. */
export function forget(journal: Journal, id: string): { entries: Entry[]; deleted: string[]; removed: string[] } {
  // Gone with it: what points at it, and what points at those (a review's corrections).
  const target = new Set([id]);
  for (let size = 0; size !== target.size; ) {
    size = target.size;
    for (const e of journal.entries) if (isGone(e, target)) target.add(e.id);
  }
  const removed = journal.entries.filter((e) => isGone(e, target)).map((e) => e.id);
  const before = journal.deleted ?? [];
  const deleted = [...before, ...removed.filter((r) => !before.includes(r))];
  return { entries: journal.entries.filter((e) => !isGone(e, target)), deleted, removed };
}

/** Entries an import may remove without asking: a few, and never more than a quarter of the journal. */
const QUIET_REMOVALS = 3;

/** Whether removing `removed` of `total` entries is too much to do without a yes. */
export function removalNeedsYes(removed: number, total: number): boolean {
  return removed > QUIET_REMOVALS || removed * 4 > total;
}
