// Pure functions over the entry list: building entries, finding them by id,
// open actions, filters. No I/O, no printing; `now` and ids come in.
import { refuse } from './problems.js';
import type { Entry, Kind, LogEntry, ReviewEntry, TrapId, TrustType } from './types.js';

export interface Stamp {
  id: string;
  createdAt: string;
}

/** T with every property allowed to be undefined (before `compact`). */
export type Loose<T> = { [K in keyof T]?: T[K] | undefined };

/** Drops keys whose value is undefined, empty text or an empty list. */
export function compact<T extends object>(value: Loose<T>): T {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) {
    if (v === undefined || v === '' || (Array.isArray(v) && v.length === 0)) continue;
    out[k] = v;
  }
  // Object.entries is typed with string keys; what is left is `value` less its empty keys, a T.
  return out as T;
}

const SHORT_ID = 8;
const MIN_PREFIX = 4;

export function shortId(id: string): string {
  return id.slice(0, SHORT_ID);
}

export function findEntry(entries: readonly Entry[], ref: string): Entry {
  const wanted = ref.trim().toLowerCase();
  if (wanted.length < MIN_PREFIX) refuse({ kind: 'id-too-short', ref, min: MIN_PREFIX });
  const hits = entries.filter((e) => e.id.startsWith(wanted));
  const [first] = hits;
  if (!first) return refuse({ kind: 'no-such-entry', ref });
  const exact = hits.find((e) => e.id === wanted);
  if (!exact && hits.length > 1) refuse({ kind: 'ambiguous-id', ref, matches: hits.length });
  return exact ?? first;
}

export type LogFields = Omit<LogEntry, 'id' | 'kind' | 'createdAt'>;

/**
 * Half a record is still a record: a thought without a step, a step without
 * a thought, or feelings alone (a mood check-in). Only an empty entry is refused.
 */
export function hasContent(f: Omit<LogFields, 'date'>): boolean {
  return Boolean(f.thought || f.action || f.emotions?.length || f.checklist?.length || f.gratitude?.length);
}

export const MAX_GRATITUDE = 3;

/** Checks the rules that span fields, then stamps a new log entry. */
export function newLog(fields: LogFields, stamp: Stamp): LogEntry {
  if (!hasContent(fields)) refuse({ kind: 'nothing-to-log' });
  if (fields.predictionBelief !== undefined && !fields.prediction) refuse({ kind: 'rating-without', flag: '--prediction-belief', needs: '--prediction' });
  if (fields.beliefBalanced !== undefined && !fields.balanced) refuse({ kind: 'rating-without', flag: '--belief-balanced', needs: '--balanced' });
  if ((fields.gratitude?.length ?? 0) > MAX_GRATITUDE) refuse({ kind: 'too-much-gratitude', max: MAX_GRATITUDE });
  const { date, ...rest } = fields;
  return compact<LogEntry>({ id: stamp.id, kind: 'log', date, createdAt: stamp.createdAt, ...rest });
}

export type ReviewFields = Omit<ReviewEntry, 'id' | 'kind' | 'createdAt' | 'ref' | 'date'>;

function isOpen(entry: Entry, reviewed: ReadonlySet<string>): entry is LogEntry & { action: string } {
  return entry.kind === 'log' && Boolean(entry.action) && !reviewed.has(entry.id);
}

export function reviewedIds(entries: readonly Entry[]): Set<string> {
  const ids = new Set<string>();
  for (const e of entries) if (e.kind === 'review') ids.add(e.ref);
  return ids;
}

/** Actions not yet reviewed, oldest first; only those planned before `before` when given. */
export function openActions(entries: readonly Entry[], before?: string): (LogEntry & { action: string })[] {
  const reviewed = reviewedIds(entries);
  return entries
    .filter((e): e is LogEntry & { action: string } => isOpen(e, reviewed) && (before === undefined || e.date < before))
    .sort(byDateAsc);
}

/** The entry as an action that can be reviewed now: one with an action, not reviewed yet. */
export function reviewable(target: Entry, entries: readonly Entry[]): LogEntry & { action: string } {
  if (target.kind !== 'log' || !target.action) refuse({ kind: 'not-an-action', id: shortId(target.id) });
  if (entries.some((e) => e.kind === 'review' && e.ref === target.id)) refuse({ kind: 'already-reviewed', id: shortId(target.id) });
  // TypeScript narrows the read of `target.action` above, not `target` itself.
  return target as LogEntry & { action: string };
}

export function newReview(target: Entry, entries: readonly Entry[], fields: ReviewFields, today: string, stamp: Stamp): ReviewEntry {
  const action = reviewable(target, entries);
  // Nothing was feared, so nothing can have come true: an answer here would count as a tested fear.
  if (fields.cameTrue !== undefined && !action.prediction) refuse({ kind: 'no-prediction', id: shortId(action.id) });
  const date = today < target.date ? target.date : today;
  return compact<ReviewEntry>({ id: stamp.id, kind: 'review', date, createdAt: stamp.createdAt, ref: target.id, ...fields });
}

export function byDateAsc(a: Entry, b: Entry): number {
  return a.date < b.date ? -1 : a.date > b.date ? 1 : a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : 0;
}

export interface EntryFilter {
  since?: string;
  until?: string;
  kind?: Kind;
  type?: TrustType;
  trap?: TrapId;
  contains?: string;
  open?: boolean;
  limit?: number;
}

const SEARCHABLE = ['situation', 'thought', 'evidenceFor', 'evidenceAgainst', 'balanced', 'action', 'prediction', 'outcome', 'learned', 'text'] as const;

function entryText(e: Entry): string {
  const record: Readonly<Record<string, unknown>> = e;
  const parts: string[] = [];
  for (const key of SEARCHABLE) {
    const value = record[key];
    if (typeof value === 'string') parts.push(value);
  }
  if (e.kind === 'log' && e.gratitude) parts.push(...e.gratitude);
  if (e.kind === 'exercise') parts.push(...Object.values(e.answers));
  return parts.join('\n').toLowerCase();
}

/** Entries matching every given filter, newest first. */
export function filterEntries(entries: readonly Entry[], f: EntryFilter): Entry[] {
  const reviewed = f.open ? reviewedIds(entries) : undefined;
  const needle = f.contains?.toLowerCase();
  const hits = entries.filter((e) => {
    if (f.since && e.date < f.since) return false;
    if (f.until && e.date > f.until) return false;
    if (f.kind && e.kind !== f.kind) return false;
    if (reviewed && !isOpen(e, reviewed)) return false;
    if (f.type && !(e.kind === 'log' && e.types?.includes(f.type))) return false;
    if (f.trap && !(e.kind === 'log' && e.traps?.includes(f.trap))) return false;
    if (needle && !entryText(e).includes(needle)) return false;
    return true;
  });
  hits.sort((a, b) => byDateAsc(b, a));
  return f.limit === undefined ? hits : hits.slice(0, f.limit);
}

