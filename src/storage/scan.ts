// Reading the journal without parsing all of it. serialize() writes one
// entry a line, each opening with its id, kind, date and createdAt; a command
// that needs only some entries (the report: two periods; an append: none)
// checks every line's frame and identity and JSON.parses only what it needs.
// Only for a file this program wrote itself (written.ts), whose every line
// was checked when it was written.
// Parsing and then collecting ten years of entries costs more than everything
// else such a command does. Anything not laid out exactly so (hand-edited,
// another tool's formatting, an older schema) is not scanned: the caller
// parses the whole file, with the usual checks and messages.
import { JournalError } from '../errors.js';
import { SCHEMA_VERSION, type Entry, type Journal } from '../domain/types.js';
import { toJournal } from './schema.js';
import { say } from '../ui/messages.js';

const HEAD_END = '"entries":[\n';
export const TAIL = '\n]}\n';
const IDENTITY = /\{"id":"[^"\\]+","kind":"([^"\\]+)","date":"([^"\\]+)","createdAt":"[^"\\]+"/y;

interface Line {
  start: number;
  /** Just past the entry's closing brace (before its comma). */
  end: number;
  kind: string;
  date: string;
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
  const open = text.indexOf(HEAD_END);
  if (open < 0 || text.lastIndexOf('\n', open) >= 0 || !text.endsWith(TAIL)) return undefined;
  let raw: unknown;
  try {
    raw = JSON.parse(`${text.slice(0, open)}"entries":[]}`);
  } catch {
    return undefined;
  }
  if ((raw as { schemaVersion?: unknown }).schemaVersion !== SCHEMA_VERSION) return undefined;
  const head = toJournal(raw, file);
  const bodyEnd = text.length - TAIL.length;
  // `"entries":[` and `]}` on lines of their own with nothing between: not our layout (we write `[]`).
  if (open + HEAD_END.length > bodyEnd) return undefined;
  const lines: Line[] = [];
  let start = open + HEAD_END.length;
  while (start <= bodyEnd) {
    const newline = text.indexOf('\n', start);
    const last = newline < 0 || newline >= bodyEnd;
    const stop = last ? bodyEnd : newline;
    const end = last ? stop : stop - 1;
    if (!last && text.charCodeAt(end) !== 44 /* , */) return undefined;
    if (text.charCodeAt(end - 1) !== 125 /* } */) return undefined;
    IDENTITY.lastIndex = start;
    const m = IDENTITY.exec(text);
    if (!m) return undefined;
    lines.push({ start, end, kind: m[1] as string, date: m[2] as string });
    start = stop + 1;
  }
  return { head, lines, bodyEnd };
}

/** One entry line, parsed and checked like any entry on load. */
function entryAt(text: string, line: Line, file: string): Entry {
  try {
    return JSON.parse(text.slice(line.start, line.end)) as Entry;
  } catch {
    throw new JournalError(say.badShape(file, `an entry dated ${line.date} is not valid JSON`), say.hintDoctor);
  }
}

/** Part of a journal: entries dated from `since` to `until`, and what came before. */
export interface Span {
  journal: Journal;
  /** Days of the log entries dated before `since` (repeats possible). */
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
  return { journal: toJournal({ ...s.head, entries }, file), earlierLogDays, hasEarlier };
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
 * to add `entries` at the end, laid out as serialize() would.
 */
export function appendix(entries: readonly Entry[]): string {
  return `,\n${entries.map((e) => JSON.stringify(e)).join(',\n')}${TAIL}`;
}
