// Realistic journals for the benchmark: ten years of daily use, or a merged
// journal of any size. Deterministic (a seeded PRNG, a fixed end date), so
// every run and every machine times the same bytes. Entries are typed with
// the real shapes from src/domain/types.ts, and the file is written with the
// journal's own serialize(), so the benchmark reads what `trust` writes.
import catalogData from '../data/catalog.json';
import { addDays } from '../src/domain/dates.js';
import type { Catalog } from '../src/domain/catalog.js';
import {
  ANSWERS, CHECKLIST, SCHEMA_VERSION, TRAPS, TRUST_TYPES,
  type Answer, type CheckEntry, type Entry, type ExerciseEntry, type JarEntry, type Journal, type LogEntry, type ReviewEntry,
} from '../src/domain/types.js';
import { serialize } from '../src/storage/schema.js';
import * as say from './phrases.js';

export { serialize };

const catalog = catalogData as Catalog;

/** The last day of every generated journal (and the benchmark's TRUST_NOW). */
export const END = '2026-11-20';

export interface GenOptions {
  seed?: number;
  end?: string;
  years?: number;
}

export interface Rng {
  next(): number;
  int(lo: number, hi: number): number;
  chance(p: number): boolean;
  pick<T>(items: readonly T[]): T;
  some<T>(items: readonly T[], min: number, max: number): T[];
}

/** mulberry32: tiny, fast and good enough to vary test data. */
export function rng(seed: number): Rng {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1));
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
  return {
    next,
    int,
    pick,
    chance: (p) => next() < p,
    some: (items, min, max) => {
      const pool = [...items];
      const out = [];
      for (let n = int(min, max); n > 0 && pool.length > 0; n--) out.push(pool.splice(Math.floor(next() * pool.length), 1)[0] as (typeof items)[number]);
      return out;
    },
  };
}

function uuid(r: Rng): string {
  const hex = Array.from({ length: 32 }, () => r.int(0, 15).toString(16));
  hex[12] = '4';
  hex[16] = (8 + r.int(0, 3)).toString(16);
  const h = hex.join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** One person's days: keeps the clock moving forward within each day. */
class Day {
  private minutes: number;
  constructor(readonly date: string, private readonly r: Rng) {
    this.minutes = r.int(18 * 60, 21 * 60); // evenings, mostly
  }
  /** The fields every entry starts with, in the order `trust` writes them. */
  stamp<K extends Entry['kind']>(kind: K): { id: string; kind: K; date: string; createdAt: string } {
    this.minutes += this.r.int(1, 12);
    const m = Math.min(this.minutes, 23 * 60 + 59);
    const createdAt = `${this.date}T${pad(Math.floor(m / 60))}:${pad(m % 60)}:${pad(this.r.int(0, 59))}.${pad(this.r.int(0, 999), 3)}Z`;
    return { id: uuid(this.r), kind, date: this.date, createdAt };
  }
}

const sentence = (r: Rng, heads: readonly string[], tails: readonly string[]) => {
  const text = r.pick(heads) + r.pick(tails);
  return /[.!?]$/.test(text) ? text : `${text}.`;
};

type LogBody = Partial<Omit<LogEntry, 'id' | 'kind' | 'date' | 'createdAt'>>;

function thoughtRecord(r: Rng): LogBody {
  const belief = r.int(40, 95);
  const behaviour = r.pick(catalog.behaviours);
  const step = r.int(1, behaviour.steps.length);
  const record: LogBody = {
    situation: sentence(r, say.SITUATIONS, say.SITUATION_TAILS),
    thought: sentence(r, say.THOUGHTS, say.THOUGHT_TAILS),
    types: r.some(behaviour.types.length > 0 ? behaviour.types : TRUST_TYPES, 1, 2),
    emotions: r.some(catalog.emotions, 1, 3).map((name) => ({ name, intensity: r.int(20, 95) })),
    belief,
  };
  if (r.chance(0.8)) record.evidenceFor = r.pick(say.EVIDENCE_FOR);
  if (r.chance(0.9)) record.evidenceAgainst = r.pick(say.EVIDENCE_AGAINST);
  record.traps = r.some(TRAPS, 1, 3);
  record.balanced = r.pick(say.BALANCED);
  record.beliefAfter = Math.max(0, belief - r.int(5, 45));
  record.action = behaviour.steps[step - 1] ?? behaviour.label;
  record.behaviour = behaviour.id;
  record.step = step;
  if (r.chance(0.7)) record.prediction = r.pick(say.PREDICTIONS);
  return record;
}

function log(r: Rng, day: Day): LogEntry {
  const base = day.stamp('log');
  const body: LogBody = r.chance(0.75) ? thoughtRecord(r) : {};
  if (r.chance(0.9) || !body.thought) body.checklist = CHECKLIST.filter(() => r.chance(0.55));
  if (body.checklist?.length === 0) body.checklist = [r.pick(CHECKLIST)];
  if (r.chance(0.7)) body.gratitude = r.some(say.GRATITUDE, 1, 3);
  return { ...base, ...body };
}

function review(r: Rng, day: Day, of: LogEntry): ReviewEntry {
  const done: Answer = r.pick(['yes', 'yes', 'yes', 'partly', 'no']);
  const entry: ReviewEntry = { ...day.stamp('review'), ref: of.id, done };
  if (done !== 'no' || r.chance(0.5)) entry.outcome = r.pick(say.OUTCOMES);
  if (r.chance(0.8)) entry.talked = r.chance(0.7);
  if (r.chance(0.85)) entry.safety = r.int(2, 10);
  if (of.belief !== undefined) entry.beliefNow = Math.max(0, (of.beliefAfter ?? of.belief) - r.int(-10, 25));
  if (of.prediction !== undefined && done !== 'no') entry.cameTrue = r.pick([...ANSWERS, 'no', 'no']);
  return entry;
}

function jar(r: Rng, day: Day): JarEntry {
  const add = r.chance(0.85);
  return { ...day.stamp('jar'), change: add ? 'add' : 'remove', text: r.pick(add ? say.JAR_ADD : say.JAR_REMOVE), marbles: add ? 1 : r.int(1, 3) };
}

function exercise(r: Rng, day: Day): ExerciseEntry {
  const ex = r.pick(catalog.exercises);
  const answers: Record<string, string> = {};
  for (const s of ex.steps) if (s.field) answers[s.field] = r.pick([...say.OUTCOMES, ...say.BALANCED]);
  return { ...day.stamp('exercise'), exercise: ex.id, answers };
}

function check(r: Rng, day: Day): CheckEntry {
  return { ...day.stamp('check'), signs: r.some(catalog.warningSigns.map((w) => w.id), 0, 3) };
}

/**
 * Entries for one person from `start` to `end`, in the order `trust` would
 * append them: reviews of earlier actions first each day (the daily flow
 * offers them first), then the log, then the rest. About 7,300 for ten years.
 */
export function daily(r: Rng, start: string, end: string): Entry[] {
  const entries: Entry[] = [];
  const due = new Map<string, LogEntry[]>();
  for (let date = start; date <= end; date = addDays(date, 1)) {
    const day = new Day(date, r);
    for (const action of due.get(date) ?? []) entries.push(review(r, day, action));
    due.delete(date);
    if (r.chance(0.05)) continue; // a missed day
    const entry = log(r, day);
    entries.push(entry);
    if (entry.action && r.chance(0.9)) {
      const on = addDays(date, r.int(1, 2));
      due.set(on, [...(due.get(on) ?? []), entry]); // past `end`: still open
    }
    if (r.chance(0.35)) entries.push(jar(r, day));
    if (r.chance(1 / 25)) entries.push(exercise(r, day));
    if (r.chance(1 / 90)) entries.push(check(r, day));
  }
  return entries;
}

function profile(r: Rng): Journal['profile'] {
  return { name: r.pick(say.NAMES), role: r.pick(['hurt', 'broke-trust', 'both'] as const), partner: r.pick(say.NAMES), remindAt: '20:30' };
}

function startOf(end: string, years: number): string {
  return addDays(`${Number(end.slice(0, 4)) - years}${end.slice(4)}`, 1);
}

/** One person's journal over `years` years ending at `end` (default: ten years to END). */
export function tenYears(opts: GenOptions = {}): Journal {
  const r = rng(opts.seed ?? 1);
  const end = opts.end ?? END;
  return { schemaVersion: SCHEMA_VERSION, profile: profile(r), entries: daily(r, startOf(end, opts.years ?? 10), end) };
}

/**
 * Exactly `count` entries: several people's ten-year journals merged (two
 * devices, restored backups) in time order, as `trust import` would leave
 * them. The last one is cut short in time, so every review keeps its log.
 */
export function merged(count: number, opts: GenOptions = {}): Journal {
  const seed = opts.seed ?? 1;
  const end = opts.end ?? END;
  const start = startOf(end, opts.years ?? 10);
  const all: Entry[] = [];
  for (let k = 0; all.length < count; k++) {
    const stream = daily(rng(seed + 1000 * (k + 1)), start, end);
    all.push(...stream.slice(0, count - all.length));
  }
  all.sort((a, b) => (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : 0));
  return { schemaVersion: SCHEMA_VERSION, profile: profile(rng(seed)), entries: all };
}
