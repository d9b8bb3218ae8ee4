// After an affair: triggers (waves of hurt set off by a reminder) and
// requests (what the hurt partner asked for, and each time it was met).
// Pure functions over the entry list, a period and a `today`.
import { refuse } from './problems.js';
import { addDays, daysBetween } from './dates.js';
import { byDateAsc, compact, findEntry, shortId, type Loose, type Stamp } from './entries.js';
import { daysOf, lengthOf, type Period } from './report-period.js';
import type { Answer, Cost, Entry, RequestDropEntry, RequestEntry, RequestMetEntry, TriggerEntry } from './types.js';

export const MAX_STRENGTH = 10;
/** A request not met for this many days has gone quiet. */
const QUIET_DAYS = 14;
/** The weekly trend compares with the same days this long ago ("four weeks ago"). */
const TREND_DAYS = 28;

export type TriggerFields = Omit<TriggerEntry, 'id' | 'kind' | 'createdAt'>;

export function newTrigger(fields: Loose<TriggerFields>, stamp: Stamp): TriggerEntry {
  if (fields.strength === undefined) refuse({ kind: 'trigger-needs-strength' });
  const { date, strength, ...rest } = fields;
  return compact<TriggerEntry>({ id: stamp.id, kind: 'trigger', date, createdAt: stamp.createdAt, strength, ...rest });
}

export function newRequest(text: string, cost: Cost | undefined, date: string, stamp: Stamp): RequestEntry {
  const what = text.trim();
  if (!what) refuse({ kind: 'request-needs-text' });
  return compact<RequestEntry>({ id: stamp.id, kind: 'request', date, createdAt: stamp.createdAt, text: what, cost });
}

/** Ids of dropped requests. */
function droppedIds(entries: readonly Entry[]): Set<string> {
  const ids = new Set<string>();
  for (const e of entries) if (e.kind === 'request-drop') ids.add(e.ref);
  return ids;
}

/** The request an id points at, still kept (not dropped); anything else is invalid input. */
export function requestTarget(entries: readonly Entry[], ref: string): RequestEntry {
  const found = findEntry(entries, ref);
  if (found.kind !== 'request') refuse({ kind: 'not-a-request', id: shortId(found.id) });
  if (droppedIds(entries).has(found.id)) refuse({ kind: 'already-dropped', id: shortId(found.id), text: found.text });
  return found;
}

/** One time the request was met; never dated before the request itself. */
export function newRequestMet(target: RequestEntry, note: string | undefined, date: string, stamp: Stamp): RequestMetEntry {
  if (date < target.date) refuse({ kind: 'met-before-asked', date, asked: target.date });
  return compact<RequestMetEntry>({ id: stamp.id, kind: 'request-met', date, createdAt: stamp.createdAt, ref: target.id, text: target.text, note: note?.trim() });
}

export function newRequestDrop(target: RequestEntry, today: string, stamp: Stamp): RequestDropEntry {
  const date = today < target.date ? target.date : today;
  return { id: stamp.id, kind: 'request-drop', date, createdAt: stamp.createdAt, ref: target.id };
}

export interface RequestView {
  id: string;
  date: string;
  text: string;
  cost: Cost | null;
  /** Times met in all. */
  met: number;
  /** Times met in the seven days ending today. */
  lastWeek: number;
  /** The day it was last met, null when never. */
  last: string | null;
  /** Asked at least QUIET_DAYS ago and not met in the last QUIET_DAYS days. */
  quiet: boolean;
  dropped: boolean;
}

/** Every request with how often and how lately it was met: kept ones first (quiet ones last among them), newest asked first. */
export function requestViews(entries: readonly Entry[], today: string): RequestView[] {
  const dropped = droppedIds(entries);
  const mets = new Map<string, RequestMetEntry[]>();
  for (const e of entries) if (e.kind === 'request-met' && e.date <= today) mets.set(e.ref, [...(mets.get(e.ref) ?? []), e]);
  const weekFrom = addDays(today, -6);
  const quietFrom = addDays(today, 1 - QUIET_DAYS);
  const views = entries
    .filter((e): e is RequestEntry => e.kind === 'request' && e.date <= today)
    .sort((a, b) => byDateAsc(b, a))
    .map((r): RequestView => {
      const times = mets.get(r.id) ?? [];
      const last = times.reduce<string | null>((max, m) => (max === null || m.date > max ? m.date : max), null);
      return {
        id: r.id,
        date: r.date,
        text: r.text,
        cost: r.cost ?? null,
        met: times.length,
        lastWeek: times.filter((m) => m.date >= weekFrom).length,
        last,
        quiet: !dropped.has(r.id) && r.date < quietFrom && (last === null || last < quietFrom),
        dropped: dropped.has(r.id),
      };
    });
  const rank = (v: RequestView) => (v.dropped ? 2 : v.quiet ? 1 : 0);
  return views.sort((a, b) => rank(a) - rank(b));
}

export interface TriggerNumbers {
  count: number;
  /** Average strength (0-10, one decimal), null when none. */
  strength: number | null;
  /** Times the partner answered with reassurance. */
  reassured: number;
  partly: number;
  notReassured: number;
  /** What helped, most often first (same words, any case, count as one). */
  helped: { text: string; count: number }[];
  /** Triggers on each day of the period, in order. */
  daily: number[];
}

export interface RequestNumbers {
  /** Requests asked in the period. */
  asked: number;
  /** Times any request was met in the period. */
  met: number;
  /** The requests met in the period, most often first. */
  items: { id: string; text: string; met: number }[];
}

const within = (e: Entry, p: Period) => e.date >= p.from && e.date <= p.to;
const round1 = (n: number) => Math.round(n * 10) / 10;

/** Counts by a key, most frequent first, ties in first-seen order. */
function ranking<T>(items: readonly T[], key: (item: T) => string): { item: T; count: number }[] {
  const seen = new Map<string, { item: T; count: number }>();
  for (const item of items) {
    const k = key(item);
    const hit = seen.get(k);
    if (hit) hit.count++;
    else seen.set(k, { item, count: 1 });
  }
  return [...seen.values()].sort((a, b) => b.count - a.count);
}

export function triggerNumbers(entries: readonly Entry[], period: Period): TriggerNumbers {
  const triggers = entries.filter((e): e is TriggerEntry => e.kind === 'trigger' && within(e, period));
  const strengths = triggers.map((t) => t.strength).filter((s) => typeof s === 'number' && Number.isFinite(s));
  const answered = (a: Answer) => triggers.filter((t) => t.reassured === a).length;
  const perDay = new Map<string, number>();
  for (const t of triggers) perDay.set(t.date, (perDay.get(t.date) ?? 0) + 1);
  const helped = ranking(triggers.flatMap((t) => (typeof t.helped === 'string' && t.helped.trim() ? [t.helped.trim()] : [])), (h) => h.toLowerCase());
  return {
    count: triggers.length,
    strength: strengths.length ? round1(strengths.reduce((a, b) => a + b, 0) / strengths.length) : null,
    reassured: answered('yes'),
    partly: answered('partly'),
    notReassured: answered('no'),
    helped: helped.map(({ item, count }) => ({ text: item, count })),
    daily: daysOf(period).map((d) => perDay.get(d) ?? 0),
  };
}

export function requestNumbers(entries: readonly Entry[], period: Period): RequestNumbers {
  const mets = entries.filter((e): e is RequestMetEntry => e.kind === 'request-met' && within(e, period));
  return {
    asked: entries.filter((e) => e.kind === 'request' && within(e, period)).length,
    met: mets.length,
    items: ranking(mets, (m) => m.ref).map(({ item, count }) => ({ id: item.ref, text: item.text, met: count })),
  };
}

/**
 * How the triggers of a period compare with the same days TREND_DAYS (or the
 * period's length, if longer) earlier. `mixed`: fewer but stronger, or more
 * but milder; `none-now`: some then, none now; `none`: none either time.
 */
export type TrendWay = 'fewer-milder' | 'fewer' | 'milder' | 'mixed' | 'same' | 'more' | 'stronger' | 'more-stronger' | 'none-now' | 'none' | 'too-soon';

export interface TriggerTrend {
  then: Period & { count: number; strength: number | null };
  way: TrendWay;
}

/** The days the trend looks back to. */
export function trendPeriod(period: Period): Period {
  const back = Math.max(TREND_DAYS, lengthOf(period));
  return { from: addDays(period.from, -back), to: addDays(period.to, -back) };
}

export function trendWay(now: { count: number; strength: number | null }, then: { count: number; strength: number | null }): TrendWay {
  if (now.count === 0) return then.count === 0 ? 'none' : 'none-now';
  if (then.count === 0) return 'more';
  const fewer = Math.sign(then.count - now.count);
  const milder = now.strength === null || then.strength === null ? 0 : Math.sign(round1(then.strength - now.strength));
  if (fewer > 0 && milder > 0) return 'fewer-milder';
  if (fewer < 0 && milder < 0) return 'more-stronger';
  if (fewer * milder < 0) return 'mixed';
  if (fewer !== 0) return fewer > 0 ? 'fewer' : 'more';
  if (milder !== 0) return milder > 0 ? 'milder' : 'stronger';
  return 'same';
}

export function triggerTrend(entries: readonly Entry[], period: Period): TriggerTrend {
  const then = trendPeriod(period);
  const thenNumbers = triggerNumbers(entries, then);
  const now = triggerNumbers(entries, period);
  // A journal begun since then has nothing to compare with: "more than four weeks ago" would mislead.
  const begun = entries.some((e) => e.date <= then.to);
  return { then: { ...then, count: thenNumbers.count, strength: thenNumbers.strength }, way: begun ? trendWay(now, thenNumbers) : 'too-soon' };
}

/** Whole days since a date, for "last met 3 days ago". */
export const daysAgo = (date: string, today: string) => daysBetween(date, today);
