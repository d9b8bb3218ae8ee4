// Reading the journal's lines without parsing them, for the fast paths
// (fast-path.ts says when that is safe: only a version trust wrote itself).
// serialize() writes one entry a line, each opening with its id, kind, date
// and createdAt; scan() checks every line's frame and identity, and pick()
// chooses the lines a command needs from those alone, so only they are
// JSON.parsed. Anything not laid out exactly so (hand-edited, another
// tool's formatting, an older schema) does not scan, and the caller parses
// the whole file. Each command still filters what it gets exactly.
import { StoreError } from '../errors.js';
import type { EntryFilter } from '../domain/entries.js';
import { SCHEMA_VERSION, type Entry, type Journal, type Kind } from '../domain/types.js';
import { toJournal } from './schema.js';
import { escapeJson } from './json-text.js';

const HEAD_END = '"entries":[\n';
export const TAIL = '\n]}\n';
const IDENTITY = /\{"id":"([^"\\]+)","kind":"([^"\\]+)","date":"([^"\\]+)","createdAt":"([^"\\]+)"/y;

export interface Line {
  start: number;
  /** Just past the entry's closing brace (before its comma). */
  end: number;
  id: string;
  kind: string;
  date: string;
  createdAt: string;
  /** Just past the identity (the closing quote of createdAt). */
  rest: number;
}

export interface Scan {
  /** The journal as stored, with no entries. */
  head: Journal;
  lines: Line[];
  /** Where the closing `\n]}\n` starts: new entries go in here. */
  bodyEnd: number;
}

/** The journal's frame and each entry line's identity, or undefined when the text is not laid out as serialize() writes it. */
export function scan(text: string, file: string): Scan | undefined {
  if (!text.endsWith(TAIL)) return undefined;
  const found = headOf(text, file);
  if (!found) return undefined;
  const bodyEnd = text.length - TAIL.length;
  // `"entries":[` and `]}` on lines of their own with nothing between: not our layout (we write `[]`).
  if (found.body > bodyEnd) return undefined;
  const lines = linesOf(text, found.body, bodyEnd);
  if (!lines) return undefined;
  return { head: found.head, lines, bodyEnd };
}

/**
 * The journal without its entries, from the first line of a text laid out as
 * serialize() writes it, and where the entry lines start; undefined otherwise.
 */
export function headOf(text: string, file: string): { head: Journal; body: number } | undefined {
  const open = text.indexOf(HEAD_END);
  if (open < 0 || text.lastIndexOf('\n', open) >= 0) return undefined;
  let raw: unknown;
  try {
    raw = JSON.parse(`${text.slice(0, open)}"entries":[]}`);
  } catch {
    return undefined; // a head that is not JSON on its own: not our layout, and the whole parse will say so
  }
  // JSON.parse gives `unknown`-shaped any; only the version is read before toJournal checks the head.
  if ((raw as { schemaVersion?: unknown }).schemaVersion !== SCHEMA_VERSION) return undefined;
  return { head: toJournal(raw, file), body: open + HEAD_END.length };
}

/** The entry lines from `start` to `bodyEnd`, each checked for its frame and identity; undefined at the first that is not laid out so. */
export function linesOf(text: string, start: number, bodyEnd: number): Line[] | undefined {
  const lines: Line[] = [];
  while (start <= bodyEnd) {
    const newline = text.indexOf('\n', start);
    const last = newline < 0 || newline >= bodyEnd;
    const stop = last ? bodyEnd : newline;
    const end = last ? stop : stop - 1;
    if (!last && text.charCodeAt(end) !== 44 /* , */) return undefined;
    if (text.charCodeAt(end - 1) !== 125 /* } */) return undefined;
    // One sticky regular expression: native code even on a cold start, where a loop in JavaScript is interpreted.
    IDENTITY.lastIndex = start;
    const m = IDENTITY.exec(text);
    if (!m) return undefined;
    // The four groups always match when the expression does; the defaults only satisfy the type.
    const [whole, id = '', kind = '', date = '', createdAt = ''] = m;
    lines.push({ start, end, id, kind, date, createdAt, rest: start + whole.length });
    start = stop + 1;
  }
  return lines;
}

/** The scan of `text`, which is the scanned text up to its bodyEnd and then appendix(…) (see Store.append). */
export function extended(s: Scan, text: string): Scan | undefined {
  const bodyEnd = text.length - TAIL.length;
  const more = linesOf(text, s.bodyEnd + 2, bodyEnd);
  return more && { head: s.head, lines: [...s.lines, ...more], bodyEnd };
}

/** One entry line, parsed and checked like any entry on load. */
export function entryAt(text: string, line: Line, file: string): Entry {
  try {
    // A line of a file trust wrote (written.ts): checked by its schema when it was written.
    return JSON.parse(text.slice(line.start, line.end)) as Entry;
  } catch {
    // Not the parser's error: its message quotes the line, and the journal is private.
    throw new StoreError({ kind: 'entry-not-json', file, date: line.date });
  }
}

/** Part of a journal: entries dated from `since` to `until`, and what came before. */
export interface Span {
  journal: Journal;
  /** Days of the log entries dated before `since` (repeats possible, in any order: a set of days). */
  earlierLogDays: string[];
  /** Whether any entry is dated before `since`. */
  hasEarlier: boolean;
}

/** The span from a scanned text: only its own lines are parsed. */
export function spanOfScan(text: string, s: Scan, since: string, until: string, file: string): Span {
  const entries: Entry[] = [];
  const earlierLogDays: string[] = [];
  let hasEarlier = false;
  for (const line of s.lines) {
    if (line.date < since) {
      hasEarlier = true;
      if (line.kind === 'log') earlierLogDays.push(line.date);
    } else if (line.date <= until) {
      entries.push(entryAt(text, line, file));
    }
  }
  // Lines of a file trust wrote, checked when they were written (as journalOf trusts them).
  return { journal: toJournal({ ...s.head, entries }, file, { entries: false }), earlierLogDays, hasEarlier };
}

/** The same span from a journal parsed whole. */
export function spanOfJournal(journal: Journal, since: string, until: string): Span {
  const earlierLogDays: string[] = [];
  let hasEarlier = false;
  const entries = journal.entries.filter((e) => {
    if (e.date < since) {
      hasEarlier = true;
      if (e.kind === 'log') earlierLogDays.push(e.date);
      return false;
    }
    return e.date <= until;
  });
  return { journal: { ...journal, entries }, earlierLogDays, hasEarlier };
}

/**
 * What replaces the closing `\n]}\n` of a scanned text (from its bodyEnd)
 * to add `entries` at the end, laid out and escaped as serialize() would.
 */
export function appendix(entries: readonly Entry[]): string {
  return escapeJson(`,\n${entries.map((e) => JSON.stringify(e)).join(',\n')}${TAIL}`);
}

/**
 * Which lines a command needs, judged without parsing them. A line passes a
 * Want when it passes every part given; a command asks for a union of Wants.
 * Every part but `newest` is a necessary condition only (the command filters
 * the parsed entries exactly afterwards); `newest` is exact, so it is only
 * asked for when every other part given is exact too (see wantsFor).
 */
export interface Want {
  since?: string;
  until?: string;
  kinds?: readonly Kind[];
  /** Texts the line must hold as written (e.g. `"action":`, or a quoted trust type). */
  mentions?: readonly string[];
  /** Lower-case text the line must hold, lower-cased (filterEntries' `contains`). */
  contains?: string;
  /** Lower-case start of the id (findEntry's prefix). */
  idPrefix?: string;
  /** Only the newest n lines that pass, ordered as filterEntries orders. */
  newest?: number;
  /** Only entries no review names as its `ref`. */
  unreviewed?: boolean;
  /** Instead of the parts above: the reviews of every entry the other wants pick. */
  reviewsOfPicked?: boolean;
}

// Lower-casing is per character except for the Greek sigma, which depends
// on its neighbours (and a line's neighbours are JSON, not the field's).
const folded = (text: string) => text.toLowerCase().replace(/\u03C2/g, 'σ');
/** Whether `text` is written in the journal's JSON as it is: only then can the raw line be searched for it. */
const plainInJson = (text: string) => escapeJson(JSON.stringify(text)) === `"${text}"`;

/**
 * Whether the line's text holds `m`, searched in place (no copy of the
 * line). Lines come in file order: `next` keeps where each text next occurs,
 * so the file is searched once per text, not once per line.
 */
function holds(text: string, line: Line, m: string, next: Map<string, number>): boolean {
  let at = next.get(m) ?? -2;
  if (at !== -1 && at < line.rest) {
    at = text.indexOf(m, line.rest);
    next.set(m, at);
  }
  return at >= 0 && at + m.length <= line.end;
}

/** Whether `kind` is one of `kinds` (a builtin's loop: on a cold start a callback per line costs). */
const among = (kinds: readonly string[], kind: string) => kinds.includes(kind);

// The cheap checks first; every one is a plain comparison or a builtin, since
// this runs once per line per want, mostly before V8 has optimised anything.
function passes(text: string, line: Line, w: Want, reviewed: ReadonlySet<string>, next: Map<string, number>): boolean {
  if (w.kinds && !among(w.kinds, line.kind)) return false;
  if (w.since !== undefined && line.date < w.since) return false;
  if (w.until !== undefined && line.date > w.until) return false;
  if (w.idPrefix !== undefined && !line.id.startsWith(w.idPrefix)) return false;
  if (w.unreviewed && reviewed.has(line.id)) return false;
  if (w.mentions) for (const m of w.mentions) if (!holds(text, line, m, next)) return false;
  if (w.contains && !folded(text.slice(line.start, line.end)).includes(folded(w.contains))) return false;
  return true;
}

const REF = ',"ref":"';

/** The `ref` of every review line: read where trust writes it (right after the identity), else from the parsed line. */
function refsOf(text: string, s: { lines: readonly Line[] }, file: string): Map<Line, string> {
  const refs = new Map<Line, string>();
  for (const line of s.lines) {
    if (line.kind !== 'review') continue;
    const close = text.indexOf('"', line.rest + REF.length);
    const ref = text.startsWith(REF, line.rest) && close < line.end ? text.slice(line.rest + REF.length, close) : undefined;
    if (ref && !ref.includes('\\')) {
      refs.set(line, ref);
      continue;
    }
    const parsed = entryAt(text, line, file);
    if (parsed.kind === 'review' && typeof parsed.ref === 'string') refs.set(line, parsed.ref);
  }
  return refs;
}

/** Newest first: date, then time written; lines that tie keep their order (as filterEntries' stable sort). */
const newestFirst = (a: Line, b: Line) => (a.date !== b.date ? (a.date < b.date ? 1 : -1) : a.createdAt !== b.createdAt ? (a.createdAt < b.createdAt ? 1 : -1) : 0);

/** The first `n` of `lines` (in file order) as a stable sort by newestFirst would have them, without sorting them all. */
function newest(lines: readonly Line[], n: number): Line[] {
  if (n > 64) return [...lines].sort(newestFirst).slice(0, n); // an insertion per line costs more than a sort then
  const best: Line[] = [];
  for (const line of lines) {
    const last = best[n - 1];
    if (last && newestFirst(line, last) >= 0) continue;
    let i = best.length;
    for (let before = best[i - 1]; before && newestFirst(line, before) < 0; before = best[i - 1]) i--;
    best.splice(i, 0, line);
    if (best.length > n) best.pop();
  }
  return best;
}

/** The lines any of `wants` picks, in file order. */
export function pick(text: string, s: Scan, wants: readonly Want[], file: string): Line[] {
  const picked = new Set<Line>();
  const refs = wants.some((w) => w.unreviewed || w.reviewsOfPicked) ? refsOf(text, s, file) : new Map<Line, string>();
  const reviewed = new Set(refs.values());
  for (const w of wants) {
    if (w.reviewsOfPicked) continue;
    const next = new Map<string, number>();
    const hits = s.lines.filter((line) => passes(text, line, w, reviewed, next));
    for (const line of w.newest === undefined ? hits : newest(hits, w.newest)) picked.add(line);
  }
  if (wants.some((w) => w.reviewsOfPicked)) {
    const ids = new Set([...picked].map((line) => line.id));
    for (const [line, ref] of refs) if (ids.has(ref)) picked.add(line);
  }
  return s.lines.filter((line) => picked.has(line));
}

/** The journal with only the entries of the lines picked (trust checked each line as it wrote it, as read() trusts it). */
export function journalOf(text: string, s: Scan, lines: readonly Line[], file: string): Journal {
  return toJournal({ ...s.head, entries: lines.map((line) => entryAt(text, line, file)) }, file, { entries: false });
}

/** The lines openActions() needs: the logs that may hold an action no review closes, and the reviews of every entry picked. */
export const OPEN_ACTIONS: readonly Want[] = [{ kinds: ['log'], mentions: ['"action":'], unreviewed: true }, { reviewsOfPicked: true }];

/**
 * The lines that can hold the entries filterEntries(entries, f) returns,
 * the rest of the journal being irrelevant to them. With --open, the reviews
 * of the actions picked too (any of them closes its action).
 */
export function wantsFor(f: EntryFilter): Want[] {
  const want: Want = {};
  if (f.since !== undefined) want.since = f.since;
  if (f.until !== undefined) want.until = f.until;
  if (f.kind) want.kinds = [f.kind];
  const mentions = [f.type, f.trap].filter((x) => x !== undefined).map((x) => `"${x}"`);
  if (f.type || f.trap || f.open) want.kinds = want.kinds?.filter((k) => k === 'log') ?? ['log'];
  if (f.open) mentions.push('"action":');
  if (mentions.length > 0) want.mentions = mentions;
  const needle = f.contains?.toLowerCase();
  if (needle && plainInJson(needle)) want.contains = needle;
  const exact = mentions.length === 0 && needle === undefined && !f.open;
  if (exact && f.limit !== undefined) want.newest = f.limit;
  return f.open ? [{ ...want, unreviewed: true }, { reviewsOfPicked: true }] : [want];
}

/** wantsFor(f) when it picks exactly the entries filterEntries(entries, f) returns (no filter on the entries' content). */
export function exactWantsFor(f: EntryFilter): Want[] | undefined {
  return f.type !== undefined || f.trap !== undefined || f.contains !== undefined || f.open ? undefined : wantsFor(f);
}

/**
 * A journal of the lines picked, as serialize() would write it, in
 * journalOrder, from the lines' own text: trust wrote every one of them with
 * JSON.stringify and escapeJson (written.ts), so parsing and writing them
 * again gives the same bytes. Pieces of at most CHUNK lines, to write one after another (a
 * piece is copied once more on its way out, so a few MB at a time keeps the
 * peak low); lines that follow each other in the file are one slice of it
 * within a piece, so a journal mostly in order is not cut up line by line.
 */
export function* textOf(text: string, s: Scan, lines: readonly Line[]): Generator<string> {
  const ordered = [...lines].sort((a, b) => -newestFirst(a, b) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const head = text.slice(0, text.indexOf(HEAD_END) + HEAD_END.length - 1);
  if (ordered.length === 0) {
    yield `${head}]}\n`;
    return;
  }
  yield `${head}\n`;
  const CHUNK = 2000;
  for (let i = 0; i < ordered.length; i += CHUNK) {
    const part = ordered.slice(i, i + CHUNK);
    const runs: string[] = [];
    let [from, to] = [-1, -1];
    for (const line of part) {
      // The next line in the file starts after this one's ",\n".
      if (from >= 0 && line.start === to + 2) {
        to = line.end;
        continue;
      }
      if (from >= 0) runs.push(text.slice(from, to));
      [from, to] = [line.start, line.end];
    }
    runs.push(text.slice(from, to));
    const piece = runs.join(',\n');
    yield i + CHUNK < ordered.length ? `${piece},\n` : piece;
  }
  yield TAIL;
}
