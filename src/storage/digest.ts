// What the first screen of an interactive `trust log` needs, noted at every
// save beside the file's version (written.ts): the actions no review closes
// yet, and how many lines at the end of the file hold its last four weeks.
// While the file is still that version, the first question is asked after
// reading the note, the profile and those last lines, not the whole file
// (at 100,000 entries: ~1 MB instead of 51). Ids, dates and counts only,
// never the person's words. Only for a plain journal: an encrypted one has
// no lines to read from its end.
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { addDays } from '../domain/dates.js';
import { openActions } from '../domain/entries.js';
import type { Entry, Journal } from '../domain/types.js';
import { toJournal } from './schema.js';
import { entryAt, headOf, linesOf, refsOf, TAIL, type Line } from './scan.js';

/** Days the note's window covers, ending on the newest entry's date: the care check after a save looks back four weeks. */
const WINDOW_DAYS = 28;

export interface Digest {
  /** Each open action's id, date and time written, oldest first (as openActions() orders them). */
  open: [id: string, date: string, createdAt: string][];
  /** Every entry dated `from` or later is on one of the last `lines` lines. */
  recent: { from: string; lines: number };
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
  if (!isText(from) || typeof lines !== 'number' || !Number.isInteger(lines) || lines < 0) return undefined;
  return { open, recent: { from, lines } };
}

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

/** The digest of a whole journal, as it is saved. */
export const digestOf = (entries: readonly Entry[]): Digest => ({ open: openOf(entries), recent: recentOf(entries.map((e) => e.date)) });

/**
 * The digest after `added` were appended to a version whose digest was
 * `before`; `lines` and `text` are the new version's scan and text. Every
 * review in the file (old or new) closes its action.
 */
export function digestAfterAppend(before: Digest, added: readonly Entry[], text: string, lines: readonly Line[], file: string): Digest {
  const refs = new Set(refsOf(text, { lines }, file).values());
  const kept = before.open.filter(([id]) => !refs.has(id));
  const fresh = openOf(added).filter(([id]) => !refs.has(id));
  const byDate = (a: Digest['open'][number], b: Digest['open'][number]) => (a[1] !== b[1] ? (a[1] < b[1] ? -1 : 1) : a[2] < b[2] ? -1 : a[2] > b[2] ? 1 : 0);
  return { open: fresh.length === 0 ? kept : [...kept, ...fresh].sort(byDate), recent: recentOf(lines.map((l) => l.date)) };
}

/** The first screen's reading: the journal with the entries dated `since` or later, and the open actions. */
export interface Recent {
  journal: Journal;
  open: OpenAction[];
}

/** Enough for any profile; a head longer than this is read the usual way. */
const HEAD_BYTES = 64 * 1024;
const NEWLINE = 10;

/**
 * The entries dated `since` or later and the open actions, read through the
 * note's digest: the file's first line and its last lines only. Undefined
 * when the note is not for this version, has no digest, or its window starts
 * after `since` (the caller then reads as usual). `digestFor` reads the note.
 */
export function readRecent(file: string, since: string, digestFor: (id: { ino: number; size: number; mtimeMs: number }) => Digest | undefined): Recent | undefined {
  let fd: number;
  try {
    fd = openSync(file, 'r');
  } catch {
    return undefined;
  }
  try {
    // One descriptor for the note's check and every read: a save meanwhile renames a new file in, and this one stays as it was.
    const stats = fstatSync(fd);
    const digest = digestFor({ ino: stats.ino, size: stats.size, mtimeMs: stats.mtimeMs });
    // An empty journal is one line (`"entries":[]`), and there is nothing to save reading it whole.
    if (!digest || digest.recent.lines === 0 || since < digest.recent.from) return undefined;
    const first = readAt(fd, 0, Math.min(HEAD_BYTES, stats.size)).toString('utf8');
    const found = headOf(first, file);
    if (!found) return undefined;
    const entries = lastLines(fd, stats.size, digest.recent.lines, since, file);
    if (!entries) return undefined;
    const journal = toJournal({ ...found.head, entries }, file, { entries: false });
    return { journal, open: digest.open.map(([id, date, createdAt]) => ({ id, date, createdAt })) };
  } finally {
    closeSync(fd);
  }
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
 * The entries dated `since` or later among the last `count` lines (only they
 * are parsed); undefined when the end of the file is not laid out as
 * serialize() writes it. Read backwards in growing pieces: the end holds
 * `\n]}\n`, and every entry line starts after a newline.
 */
function lastLines(fd: number, size: number, count: number, since: string, file: string): Entry[] | undefined {
  // The final newline, the one before `]}`, then one before each line.
  const newlines = count + 2;
  for (let length = Math.min(size, 64 * 1024); ; length = Math.min(size, length * 4)) {
    const buf = readAt(fd, size - length, length);
    let at = buf.length;
    let seen = 0;
    for (; seen < newlines; seen++) {
      const before = at > 0 ? buf.lastIndexOf(NEWLINE, at - 1) : -1;
      if (before < 0) break;
      at = before;
    }
    if (seen < newlines) {
      if (length === size) return undefined;
      continue;
    }
    const text = buf.toString('utf8', at + 1);
    if (!text.endsWith(TAIL)) return undefined;
    const lines = linesOf(text, 0, text.length - TAIL.length);
    if (!lines || lines.length !== count) return undefined;
    try {
      return lines.filter((line) => line.date >= since).map((line) => entryAt(text, line, file));
    } catch {
      return undefined;
    }
  }
}
