// Checks the journal's shape on load (cheaply: a few typeof tests an entry)
// and brings older schema versions up to date with pure migrations.
import { JournalError } from '../errors.js';
import { say } from '../ui/messages.js';
import { safe } from '../ui/messages.js';
import { SCHEMA_VERSION, type Entry, type Journal } from '../domain/types.js';

type Raw = Record<string, unknown>;

/** Migration from version n to n+1, keyed by n. */
export const MIGRATIONS: Record<number, (j: Raw) => Raw> = {
  // Version 0: journals written before the version field existed.
  0: (j) => ({ ...j, schemaVersion: 1, profile: j.profile ?? {}, entries: j.entries ?? [] }),
};

const isObject = (v: unknown): v is Raw => typeof v === 'object' && v !== null && !Array.isArray(v);

export function migrate(j: Raw, file: string): Raw {
  let version = j.schemaVersion === undefined ? 0 : j.schemaVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 0) {
    throw new JournalError(say.badShape(file, 'schemaVersion is not a whole number'), say.hintDoctor);
  }
  if (version > SCHEMA_VERSION) throw new JournalError(say.newerSchema(file, version, SCHEMA_VERSION), say.hintUpgrade);
  let out = j;
  while (version < SCHEMA_VERSION) {
    const step = MIGRATIONS[version];
    if (!step) throw new JournalError(say.badShape(file, `no migration from schema version ${version}`), say.hintDoctor);
    out = step(out);
    version++;
  }
  return out;
}

/**
 * The first field whose shape every command relies on but which is wrong
 * (a hand-edited journal): lists must be lists, an exercise's answers an
 * object. Checked on load, so no command has to guard against it.
 */
function oddField(e: Record<string, unknown>): string | undefined {
  for (const key of LIST_FIELDS) if (e[key] !== undefined && !Array.isArray(e[key])) return key;
  if (e.kind === 'exercise' && (typeof e.answers !== 'object' || e.answers === null || Array.isArray(e.answers))) return 'answers';
  return undefined;
}

const LIST_FIELDS = ['types', 'emotions', 'emotionsAfter', 'traps', 'checklist', 'gratitude', 'signs'] as const;

/** Validates parsed JSON as a journal, migrating it if it is older. */
export function toJournal(value: unknown, file: string): Journal {
  if (!isObject(value)) throw new JournalError(say.badShape(file, 'the top level is not an object'), say.hintDoctor);
  const j = migrate(value, file);
  if (!isObject(j.profile)) throw new JournalError(say.badShape(file, '"profile" is not an object'), say.hintDoctor);
  const entries = j.entries;
  if (!Array.isArray(entries)) throw new JournalError(say.badShape(file, '"entries" is not a list'), say.hintDoctor);
  for (let i = 0; i < entries.length; i++) {
    const e = entries[i] as Partial<Entry> | null;
    if (
      typeof e !== 'object' || e === null ||
      typeof e.id !== 'string' || typeof e.kind !== 'string' ||
      typeof e.date !== 'string' || typeof e.createdAt !== 'string'
    ) {
      throw new JournalError(say.badShape(file, `entry ${i + 1} lacks id, kind, date or createdAt`), say.hintDoctor);
    }
    const odd = oddField(e as Record<string, unknown>);
    if (odd) throw new JournalError(say.badShape(file, `entry ${i + 1} (${e.id.slice(0, 8)}) has a "${odd}" that is not a ${odd === 'answers' ? 'set of answers' : 'list'}`), say.hintDoctor);
  }
  return j as unknown as Journal;
}

/** JSON with one entry a line: readable, quick to write, and kind to line-based sync and diff tools. */
export function serialize(j: Journal): string {
  const { entries, ...rest } = j;
  const head = JSON.stringify(rest);
  const body = entries.length === 0 ? '' : `\n${entries.map((e) => JSON.stringify(e)).join(',\n')}\n`;
  const open = head === "{}" ? "{" : `${head.slice(0, -1)},`;
  return `${open}"entries":[${body}]}\n`;
}

/**
 * Where the JSON goes wrong, in words. JSON.parse's own message quotes the
 * file, and the file is private (and may hold control characters).
 */
export function jsonProblem(message: string, text: string): string {
  const at = /at position (\d+)/.exec(message);
  const pos = at ? Number(at[1]) : undefined;
  if (/Unexpected end of JSON input/.test(message) || (pos !== undefined && pos >= text.trimEnd().length)) return safe.jsonCutShort;
  if (pos === undefined) return safe.jsonUnexpected;
  const before = text.slice(0, pos);
  return safe.jsonAt(before.split('\n').length, pos - before.lastIndexOf('\n'));
}

export function parseJournal(text: string, file: string): Journal {
  // Some editors add a byte-order mark on save; it is not part of the JSON.
  const json = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch (e) {
    throw new JournalError(say.notJson(file, jsonProblem((e as Error).message, json)), say.hintDoctor);
  }
  return toJournal(value, file);
}
