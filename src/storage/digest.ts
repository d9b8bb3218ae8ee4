// What commands need to know of a journal without reading all of it, noted
// at every save beside the file's version (written.ts): the actions no
// review closes yet, how many lines at the end of the file hold its last
// thirteen weeks and every correction, and the days logged. While the file
// is still that version, the first question of `trust log`, `list -n`, the
// weekly report, the care check after a save and an append read the note,
// the profile and those last lines, not the whole file (at 100,000 entries:
// about 1 MB instead of 51). Ids, dates and counts only, never the person's
// words. Only for a plain journal: an encrypted one has no lines to read
// from its end.
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { addDays } from '../domain/dates.js';
import { openActions } from '../domain/entries.js';
import type { Entry, Journal } from '../domain/types.js';
import type { FileId } from './file.js';
import { toJournal } from './schema.js';
import { entryAt, headOf, linesOf, TAIL, type Line } from './scan.js';

/**
 * Days the note's window covers, ending on the newest entry's date: the care
 * check after a save looks back four weeks, and a weekly report twelve (its
 * recovery path), plus the week itself.
 */
const WINDOW_DAYS = 91;

export interface Digest {
  /** Each open action's id, date and time written, oldest first (as openActions() orders them). */
  open: [id: string, date: string, createdAt: string][];
  /** Every entry dated `from` or later is on one of the last `lines` lines. */
  recent: { from: string; lines: number };
  /** Every correction (`edit`) is on one of the last `edits` lines; 0 when there is none. */
  edits: number;
  /**
   * Every day with a log entry (the report's days logged, before its window),
   * as runs of days in a row, oldest first: `2026-01-01/2026-03-02,2026-03-04`.
   */
  logDays: string;
  /** The oldest entry's date; '' for an empty journal. */
  first: string;
}

const isText = (x: unknown): x is string => typeof x === 'string';
const isOpen = (x: unknown): x is Digest['open'][number] => Array.isArray(x) && x.length === 3 && x.every(isText);

/**
 * The digest in a note read back from disk; undefined when it is missing or
 * in another shape. Checked by hand, not with a schema: at 100,000 entries it
 * lists thousands of actions, and a schema's copy of each cost a few ms before
 * the first question.
 */
export function digestIn(value: unknown): Digest | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const { open, recent } = value as Partial<Record<keyof Digest, unknown>>;
  if (!Array.isArray(open) || !open.every(isOpen) || typeof recent !== 'object' || recent === null) return undefined;
  const { from, lines } = recent as Partial<Record<keyof Digest['recent'], unknown>>;
  const { edits, logDays, first } = value as Partial<Record<keyof Digest, unknown>>;
  if (!isText(from) || !isCount(lines) || !isCount(edits)) return undefined;
  if (!isText(logDays) || !RUNS.test(logDays) || !isText(first)) return undefined;
  return { open, recent: { from, lines }, edits, logDays, first };
}

const isCount = (x: unknown): x is number => typeof x === 'number' && Number.isInteger(x) && x >= 0;

/** An action no review closes yet, as the note keeps it. */
export interface OpenAction {
  id: string;
  date: string;
  createdAt: string;
}

const openOf = (entries: readonly Entry[]): Digest['open'] => openActions(entries).map((e) => [e.id, e.date, e.createdAt]);

function recentOf(dates: readonly string[]): Digest['recent'] {
  let newest = '';
  for (const d of dates) if (d > newest) newest = d;
  if (newest === '') return { from: '', lines: 0 };
  const from = addDays(newest, -(WINDOW_DAYS - 1));
  // From the first line in the window: a day logged late is written last, after newer ones.
  return { from, lines: dates.length - dates.findIndex((d) => d >= from) };
}

/** Lines from the end that hold every correction, for kinds in file order. */
function editsOf(kinds: readonly string[]): number {
  const first = kinds.indexOf('edit');
  return first < 0 ? 0 : kinds.length - first;
}

const DAY = '\\d{4}-\\d{2}-\\d{2}';
const RUNS = new RegExp(`^(?:${DAY}(?:/${DAY})?(?:,${DAY}(?:/${DAY})?)*)?$`);

/** Runs of days in a row, as [first, last], from their written form. */
function runsOf(days: string): [string, string][] {
  return days === '' ? [] : days.split(',').map((run): [string, string] => {
    const [from = '', to = from] = run.split('/');
    return [from, to];
  });
}

const written = (runs: readonly [string, string][]) => runs.map(([from, to]) => (from === to ? from : `${from}/${to}`)).join(',');

/**
 * The days of `entries`' logs added to the runs `days`. Kept whole and in
 * order: ten years of daily logs are a few runs, where a list of days was
 * 45 KB for every command to read in the note.
 */
function withLogDays(days: string, entries: readonly Entry[]): string {
  const runs = runsOf(days);
  for (const e of entries) {
    if (e.kind !== 'log') continue;
    const d = e.date;
    const at = runs.findIndex(([, to]) => to >= d);
    const run = runs[at];
    if (run && run[0] <= d) continue;
    const before = at < 0 ? runs[runs.length - 1] : runs[at - 1];
    const joinsBefore = before !== undefined && addDays(before[1], 1) === d;
    const joinsAfter = run !== undefined && addDays(d, 1) === run[0];
    if (before && joinsBefore && run && joinsAfter) runs.splice(at - 1, 2, [before[0], run[1]]);
    else if (before && joinsBefore) before[1] = d;
    else if (run && joinsAfter) run[0] = d;
    else runs.splice(at < 0 ? runs.length : at, 0, [d, d]);
  }
  return written(runs);
}

/** The days of the runs `days` that come before `until`, oldest first. */
export function daysBefore(days: string, until: string): string[] {
  const out: string[] = [];
  for (const [from, to] of runsOf(days)) for (let d = from; d <= to && d < until; d = addDays(d, 1)) out.push(d);
  return out;
}

/** The oldest of `first` (when not '') and the dates of `entries`. */
function oldest(first: string, entries: readonly Entry[]): string {
  let found = first;
  for (const e of entries) if (found === '' || e.date < found) found = e.date;
  return found;
}

/** The digest of a whole journal, as it is saved. */
export const digestOf = (entries: readonly Entry[]): Digest => ({
  open: openOf(entries),
  recent: recentOf(entries.map((e) => e.date)),
  edits: editsOf(entries.map((e) => e.kind)),
  logDays: withLogDays('', entries),
  first: oldest('', entries),
});

/**
 * The digest after `added` (new entries) were appended to a version whose
 * digest was `before`, from the old version's last lines only: `window` is
 * its last `before.recent.lines` lines. A review added closes its action.
 * Undefined when the old text names an added action (`named`): only a whole
 * scan knows what that means; or when the old window is too short for this
 * build's (then the next save notes one whole).
 */
export function digestAfterAppend(before: Digest, added: readonly Entry[], window: readonly Line[], named: (id: string) => boolean): Digest | undefined {
  const refs = new Set(added.flatMap((e) => (e.kind === 'review' ? [e.ref] : [])));
  const kept = before.open.filter(([id]) => !refs.has(id));
  const fresh = openOf(added).filter(([id]) => !refs.has(id));
  // A new action is open unless a review names it; one already written could only if its id were not new.
  if (fresh.some(([id]) => named(id))) return undefined;
  const byDate = (a: Digest['open'][number], b: Digest['open'][number]) => (a[1] !== b[1] ? (a[1] < b[1] ? -1 : 1) : a[2] < b[2] ? -1 : a[2] > b[2] ? 1 : 0);
  // Every line before the window is dated before its start, so while the new
  // start is no earlier (it moves with the newest date) the window's lines
  // suffice; a digest noted with a shorter window than this build's does not.
  const dated = window.slice(window.length - before.recent.lines);
  const recent = recentOf([...dated.map((l) => l.date), ...added.map((e) => e.date)]);
  if (before.recent.lines > 0 && recent.from < before.recent.from) return undefined;
  const addedEdits = editsOf(added.map((e) => e.kind));
  return {
    open: fresh.length === 0 ? kept : [...kept, ...fresh].sort(byDate),
    recent,
    edits: addedEdits > 0 || before.edits === 0 ? addedEdits : before.edits + added.length,
    logDays: withLogDays(before.logDays, added),
    first: oldest(before.first, added),
  };
}

/** The first screen's reading: the journal with the entries dated `since` or later, and the open actions. */
export interface Recent {
  journal: Journal;
  open: OpenAction[];
}

/** Enough for any profile; a head longer than this is read the usual way. */
const HEAD_BYTES = 64 * 1024;
const NEWLINE = 10;

/** The journal's head and its last lines, as scan() would have them: only these are read. */
export interface Tail {
  head: Journal;
  /** The text from the first of the lines to the end of the file. */
  text: string;
  lines: Line[];
}

/**
 * Reads through the note's digest: `use` gets the digest noted with the
 * file's version, a reader of the head and the last `count` lines (undefined
 * when the file does not end as serialize() writes it), and the version.
 * Undefined when the note is not for this version or has no digest (the
 * caller reads as usual).
 * `digestFor` reads the note.
 */
export function readTail<T>(
  file: string,
  digestFor: (id: FileId) => Digest | undefined,
  use: (digest: Digest, tail: (count: number) => Tail | undefined, version: FileId) => T | undefined,
): T | undefined {
  let fd: number;
  try {
    fd = openSync(file, 'r');
  } catch {
    return undefined;
  }
  try {
    // One descriptor for the note's check and every read: a save meanwhile renames a new file in, and this one stays as it was.
    const stats = fstatSync(fd);
    const version = { ino: stats.ino, size: stats.size, mtimeMs: stats.mtimeMs };
    const digest = digestFor(version);
    if (!digest) return undefined;
    const at = (position: number, length: number) => readAt(fd, position, length);
    return use(digest, (count) => {
      const found = headOf(at(0, Math.min(HEAD_BYTES, stats.size)).toString('utf8'), file);
      const end = found && lastLines(at, stats.size, count);
      return end && { head: found.head, ...end };
    }, version);
  } finally {
    closeSync(fd);
  }
}

/**
 * The first screen's reading: the entries dated `since` or later and the open
 * actions. Undefined when the note has no digest for this version, or its
 * window starts after `since`.
 */
export function readRecent(file: string, since: string, digestFor: (id: FileId) => Digest | undefined): Recent | undefined {
  return readTail(file, digestFor, (digest, tail) => {
    // An empty journal is one line (`"entries":[]`), and there is nothing to save reading it whole.
    if (digest.recent.lines === 0 || since < digest.recent.from) return undefined;
    const found = tail(digest.recent.lines);
    if (!found) return undefined;
    let entries: Entry[];
    try {
      entries = found.lines.filter((line) => line.date >= since).map((line) => entryAt(found.text, line, file));
    } catch {
      return undefined; // a line that does not parse: the whole read says what is wrong with it
    }
    const journal = toJournal({ ...found.head, entries }, file, { entries: false });
    return { journal, open: digest.open.map(([id, date, createdAt]) => ({ id, date, createdAt })) };
  });
}

function readAt(fd: number, position: number, length: number): Buffer {
  const buf = Buffer.allocUnsafe(length);
  let done = 0;
  while (done < length) {
    const n = readSync(fd, buf, done, length - done, position + done);
    if (n === 0) break;
    done += n;
  }
  return buf.subarray(0, done);
}

/**
 * The last `count` entry lines of a file of `size` bytes read through `at`,
 * with their text (from the first of them to the end); undefined when the end
 * of the file is not laid out as serialize() writes it. Read backwards in
 * growing pieces: the end holds `\n]}\n`, and every entry line starts after a
 * newline.
 */
function lastLines(at: (position: number, length: number) => Buffer, size: number, count: number): { text: string; lines: Line[] } | undefined {
  // The final newline, the one before `]}`, then one before each line.
  const newlines = count + 2;
  for (let length = Math.min(size, 64 * 1024); ; length = Math.min(size, length * 4)) {
    const buf = at(size - length, length);
    let from = buf.length;
    let seen = 0;
    for (; seen < newlines; seen++) {
      const before = from > 0 ? buf.lastIndexOf(NEWLINE, from - 1) : -1;
      if (before < 0) break;
      from = before;
    }
    if (seen < newlines) {
      if (length === size) return undefined;
      continue;
    }
    const text = buf.toString('utf8', from + 1);
    if (!text.endsWith(TAIL)) return undefined;
    const lines = linesOf(text, 0, text.length - TAIL.length);
    return lines && lines.length === count ? { text, lines } : undefined;
  }
}
