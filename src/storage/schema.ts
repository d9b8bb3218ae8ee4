// Reads and writes the journal's text: checks its shape on load (every
// field, by storage/schemas.ts against the shapes of domain/schemas.ts) and
// brings older schema versions up to date with pure migrations.
import { JournalError } from '../errors.js';
import { say } from '../ui/messages.js';
import { sayStorage } from '../ui/messages.js';
import { describeProblem } from '../ui/messages-schema.js';
import { escapeJson } from './json-text.js';
import { SCHEMA_VERSION, type Journal } from '../domain/types.js';
import { asJournal, checkJournal, MAX_BYTES, type Problem } from './schemas.js';

type Raw = Record<string, unknown>;

/** Migration from version n to n+1, keyed by n. */
export const MIGRATIONS: Record<number, (j: Raw) => Raw> = {
  // Version 0: journals written before the version field existed.
  0: (j) => ({ ...j, schemaVersion: 1, profile: j.profile ?? {}, entries: j.entries ?? [] }),
};

const isObject = (v: unknown): v is Raw => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A file whose content is not a journal (not JSON, or the wrong shape): `detail` says where, quoting nothing of it. */
export class ShapeError extends JournalError {
  override name = 'ShapeError';
  constructor(file: string, readonly detail: string, readonly json: boolean, hint = say.hintDoctor) {
    super(json ? say.notJson(file, detail) : say.badShape(file, detail), hint);
  }
}

function refuse(file: string, p: Problem): never {
  throw new ShapeError(file, describeProblem(p), false, p.rule === 'kind' ? say.hintUpgrade : say.hintDoctor);
}

export function migrate(j: Raw, file: string): Raw {
  let version = j.schemaVersion === undefined ? 0 : j.schemaVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 0) {
    throw new ShapeError(file, 'schemaVersion is not a whole number', false);
  }
  if (version > SCHEMA_VERSION) throw new JournalError(say.newerSchema(file, version, SCHEMA_VERSION), say.hintUpgrade);
  let out = j;
  while (version < SCHEMA_VERSION) {
    const step = MIGRATIONS[version];
    if (!step) throw new ShapeError(file, `no migration from schema version ${version}`, false);
    out = step(out);
    version++;
  }
  return out;
}

export interface CheckOptions {
  /**
   * Check every entry (the default). Off only for a file trust wrote itself
   * (storage/written.ts), whose entries were all checked or made by trust:
   * the whole check costs several times the JSON.parse on a cold start.
   */
  entries?: boolean;
}

/** Checks parsed JSON as a journal (storage/schemas.ts), migrating it if it is older; refuses it whole at the first problem. */
export function toJournal(value: unknown, file: string, opts: CheckOptions = {}): Journal {
  if (!isObject(value)) refuse(file, { rule: 'object' });
  const j = migrate(value, file);
  const problem = checkJournal(j, opts.entries ?? true);
  if (problem) refuse(file, problem);
  return asJournal(j);
}

/**
 * JSON with one entry a line: readable, quick to write, and kind to
 * line-based sync and diff tools. Written escaped (escapeJson): the file
 * holds no control or bidi character but its line breaks, so its own lines
 * may be printed as they are (written.ts, export.ts) and `cat` of it is safe.
 */
export function serialize(j: Journal): string {
  const { entries, ...rest } = j;
  const head = JSON.stringify(rest);
  const body = entries.length === 0 ? '' : `\n${entries.map((e) => JSON.stringify(e)).join(',\n')}\n`;
  const open = head === "{}" ? "{" : `${head.slice(0, -1)},`;
  return escapeJson(`${open}"entries":[${body}]}\n`);
}

/**
 * Where the JSON goes wrong, in words. JSON.parse's own message quotes the
 * file, and the file is private (and may hold control characters).
 */
export function jsonProblem(message: string, text: string): string {
  const at = /at position (\d+)/.exec(message);
  const pos = at ? Number(at[1]) : undefined;
  if (/Unexpected end of JSON input/.test(message) || (pos !== undefined && pos >= text.trimEnd().length)) return sayStorage.jsonCutShort;
  if (pos === undefined) return sayStorage.jsonUnexpected;
  const before = text.slice(0, pos);
  return sayStorage.jsonAt(before.split('\n').length, pos - before.lastIndexOf('\n'));
}

export function parseJournal(text: string, file: string, opts: CheckOptions = {}): Journal {
  if (text.length > MAX_BYTES) refuse(file, { rule: 'large' });
  // Some editors add a byte-order mark on save; it is not part of the JSON.
  const json = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch (e) {
    throw new ShapeError(file, jsonProblem(e instanceof Error ? e.message : String(e), json), true);
  }
  return toJournal(value, file, opts);
}
