// The ledger of fears put to the test: every small step that had a feared
// prediction and a review saying whether it happened. Pure: entries in,
// numbers and items out; the words live in ui/messages-answer.ts.
import type { Answer, Entry, LogEntry, ReviewEntry, TrapId, TrustType } from './types.js';

export interface FearItem {
  /** The id of the log entry whose step tested the fear. */
  id: string;
  date: string;
  prediction: string;
  cameTrue: Answer;
  outcome: string | null;
  learned: string | null;
  traps: TrapId[];
  types: TrustType[];
}

export interface Tally {
  tested: number;
  cameTrue: number;
  partly: number;
  didNot: number;
}

export interface FearLedger extends Tally {
  items: FearItem[];
}

export interface FearFilter {
  trap?: TrapId | undefined;
  type?: TrustType | undefined;
  /** Only steps planned from this day, and reviews up to `until`. */
  since?: string | undefined;
  until?: string | undefined;
}

const earlier = (a: ReviewEntry, b: ReviewEntry) => a.date < b.date || (a.date === b.date && a.createdAt < b.createdAt);

/** The first review of each action (two merged copies of a journal can hold two), by the action's id. */
function firstReviews(entries: readonly Entry[], until?: string): Map<string, ReviewEntry> {
  const out = new Map<string, ReviewEntry>();
  for (const e of entries) {
    if (e.kind !== 'review' || (until !== undefined && e.date > until)) continue;
    const seen = out.get(e.ref);
    if (!seen || earlier(e, seen)) out.set(e.ref, e);
  }
  return out;
}

export function tally(items: readonly { cameTrue: Answer }[]): Tally {
  const t = { tested: items.length, cameTrue: 0, partly: 0, didNot: 0 };
  for (const i of items) {
    if (i.cameTrue === 'yes') t.cameTrue++;
    else if (i.cameTrue === 'partly') t.partly++;
    else t.didNot++;
  }
  return t;
}

const wanted = (e: LogEntry, f: FearFilter) =>
  (f.trap === undefined || (e.traps ?? []).includes(f.trap)) &&
  (f.type === undefined || (e.types ?? []).includes(f.type)) &&
  (f.since === undefined || e.date >= f.since) &&
  (f.until === undefined || e.date <= f.until);

/** Every fear put to the test, oldest first, with how often each answer came. */
export function fearLedger(entries: readonly Entry[], f: FearFilter = {}): FearLedger {
  const reviews = firstReviews(entries, f.until);
  const items: FearItem[] = [];
  for (const e of entries) {
    if (e.kind !== 'log' || !e.prediction || !wanted(e, f)) continue;
    const r = reviews.get(e.id);
    if (!r?.cameTrue) continue;
    items.push({
      id: e.id,
      date: e.date,
      prediction: e.prediction,
      cameTrue: r.cameTrue,
      outcome: r.outcome ?? null,
      learned: r.learned ?? null,
      traps: e.traps ?? [],
      types: e.types ?? [],
    });
  }
  items.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  return { ...tally(items), items };
}

/** The same fear in other words: case, spacing and end punctuation do not matter. */
export const sameFear = (a: string, b: string) => norm(a) === norm(b);
const norm = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/** The trap behind the most tested fears, with its tally (ties: the one listed first). */
export function topTrap(items: readonly FearItem[]): (Tally & { trap: TrapId }) | undefined {
  const byTrap = new Map<TrapId, FearItem[]>();
  for (const i of items) for (const t of i.traps) byTrap.set(t, [...(byTrap.get(t) ?? []), i]);
  let best: (Tally & { trap: TrapId }) | undefined;
  for (const [trap, list] of byTrap) if (!best || list.length > best.tested) best = { trap, ...tally(list) };
  return best;
}
