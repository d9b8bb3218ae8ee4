// The marble jar (Brené Brown): every small trustworthy act adds a marble,
// every broken promise takes one out. Gottman's finding that steady couples
// keep at least five good interactions for every bad one gives the ratio.
// Pure functions over the entry list and a `today`.
import { refuse } from './problems.js';
import { addDays, daysBetween, mondayOf } from './dates.js';
import type { Entry, JarEntry } from './types.js';
import type { Stamp } from './entries.js';

const GOAL_RATIO = 5;
/** The jar shows the last four weeks, so it follows trust as it is now. */
const WINDOW_DAYS = 28;
/** About a marble a day fills it. */
export const CAPACITY = 28;

export type Change = JarEntry['change'];

export function newMarble(change: Change, text: string, date: string, stamp: Stamp): JarEntry {
  const what = text.trim();
  if (!what) refuse({ kind: 'marble-needs-text', change });
  return { id: stamp.id, kind: 'jar', date, createdAt: stamp.createdAt, change, text: what, marbles: 1 };
}

export interface Tally {
  added: number;
  removed: number;
}

/** A jar entry's marbles: its count when that is a sensible number, else one (a hand-edited journal must not show NaN). */
export function marblesOf(e: JarEntry): number {
  return typeof e.marbles === 'number' && Number.isFinite(e.marbles) ? Math.max(0, e.marbles) : 1;
}

/** Adds one jar entry to a running tally. */
export function count(t: Tally, e: JarEntry): void {
  if (e.change === 'add') t.added += marblesOf(e);
  else if (e.change === 'remove') t.removed += marblesOf(e);
}

/** Marbles in and out over the jar entries dated `from`..`to` (inclusive; either end open). */
export function tally(entries: readonly Entry[], from?: string, to?: string): Tally {
  const t = { added: 0, removed: 0 };
  for (const e of entries) if (e.kind === 'jar' && !(from && e.date < from) && !(to && e.date > to)) count(t, e);
  return t;
}

/**
 * How the balance compares with 5:1. `empty`: nothing yet; `no-removals`:
 * only marbles in; `above` at or past 5:1; `near` from 3:1; `below` under that.
 */
export type Balance = 'empty' | 'no-removals' | 'above' | 'near' | 'below';
const NEAR_RATIO = 3;

export interface Ratio extends Tally {
  /** added ÷ removed, one decimal; null when nothing was taken out. */
  ratio: number | null;
  balance: Balance;
}

export function ratioOf(t: Tally): Ratio {
  if (t.added === 0 && t.removed === 0) return { ...t, ratio: null, balance: 'empty' };
  if (t.removed === 0) return { ...t, ratio: null, balance: 'no-removals' };
  const ratio = Math.round((t.added / t.removed) * 10) / 10;
  const exact = t.added / t.removed;
  const balance: Balance = exact >= GOAL_RATIO ? 'above' : exact >= NEAR_RATIO ? 'near' : 'below';
  return { ...t, ratio, balance };
}

/** Marbles in the jar now (added minus taken out over the window, 0..capacity) and the share of the jar they fill, to 2 decimals. */
export function fillLevel(t: Tally, capacity = CAPACITY): { marbles: number; level: number } {
  const marbles = Math.min(capacity, Math.max(0, t.added - t.removed));
  return { marbles, level: capacity > 0 ? Math.round((marbles / capacity) * 100) / 100 : 0 };
}

export interface Week extends Tally {
  /** Monday of the ISO week. */
  week: string;
}

/** One row per ISO week, oldest first, the last one being the week containing `today`. */
export function weeklyTimeline(entries: readonly Entry[], today: string, weeks: number): Week[] {
  const lastMonday = mondayOf(today);
  const rows: Week[] = [];
  for (let i = weeks - 1; i >= 0; i--) rows.push({ week: addDays(lastMonday, -7 * i), added: 0, removed: 0 });
  const first = rows[0]?.week ?? lastMonday;
  for (const e of entries) {
    if (e.kind !== 'jar' || e.date < first || e.date > today) continue;
    const row = rows[Math.floor(daysBetween(first, e.date) / 7)];
    if (row) count(row, e);
  }
  return rows;
}

export interface JarView {
  window: { from: string; to: string };
  recent: Ratio;
  total: Ratio;
  marbles: number;
  capacity: number;
  level: number;
  goal: number;
  weeks: Week[];
}

/** Weeks worth showing: from the week of the first marble (at most `most` back) to this week; none before any marble. */
export function timelineWeeks(entries: readonly Entry[], today: string, most: number): number {
  let first: string | undefined;
  for (const e of entries) if (e.kind === 'jar' && e.date <= today && (!first || e.date < first)) first = e.date;
  if (!first) return 0;
  return Math.min(most, daysBetween(mondayOf(first), mondayOf(today)) / 7 + 1);
}

/** Everything `trust jar` shows: the jar over the last four weeks, the ratio, and the weekly timeline. */
export function jarView(entries: readonly Entry[], today: string, most = 8): JarView {
  const from = addDays(today, -(WINDOW_DAYS - 1));
  const recentTally = tally(entries, from, today);
  return {
    window: { from, to: today },
    recent: ratioOf(recentTally),
    total: ratioOf(tally(entries, undefined, today)),
    ...fillLevel(recentTally),
    capacity: CAPACITY,
    goal: GOAL_RATIO,
    weeks: weeklyTimeline(entries, today, timelineWeeks(entries, today, most)),
  };
}
