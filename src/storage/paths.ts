import { homedir } from 'node:os';
import { basename, dirname, isAbsolute, join, resolve } from 'node:path';
import { crypto } from './crypto.js';

/** `--file` > `TRUST_JOURNAL` > `$XDG_DATA_HOME/trust` > `~/.local/share/trust`. */
export function journalPath(flag: string | undefined, env: NodeJS.ProcessEnv): string {
  if (flag) return resolve(flag);
  if (env.TRUST_JOURNAL) return resolve(env.TRUST_JOURNAL);
  return defaultJournalPath(env);
}

export function defaultJournalPath(env: NodeJS.ProcessEnv): string {
  const base = env.XDG_DATA_HOME && env.XDG_DATA_HOME.startsWith('/') ? env.XDG_DATA_HOME : join(env.HOME || homedir(), '.local', 'share');
  return join(base, 'trust', 'journal.json');
}

export const BACKUPS = 3;

export const lockPath = (file: string): string => `${file}.lock`;
/** Breakers of a stale lock take turns through this second, short-lived lock. */
export const turnPath = (lock: string): string => `${lock}.break`;
export const breakPath = (file: string): string => turnPath(lockPath(file));
export const backupPath = (file: string, n: number): string => `${file}.bak${n}`;
/** Every backup's path, newest first. */
export const backupPaths = (file: string): string[] => Array.from({ length: BACKUPS }, (_, i) => backupPath(file, i + 1));
export const draftPath = (file: string): string => `${file}.draft`;
export const writtenPath = (file: string): string => `${file}.written`;
/** Where a damaged (or replaced) journal is kept when a backup is restored. */
export const asidePath = (file: string, why: 'damaged' | 'replaced', at: Date): string =>
  `${file}.${why}-${at.toISOString().replace(/[:.]/g, '-')}`;

/**
 * A temp file beside `target`, named after it and the writing process, so a
 * leftover from a killed process can be recognised and removed later.
 */
export function tempPath(target: string): string {
  return join(dirname(target), `.${basename(target)}.${process.pid}.${crypto().randomBytes(4).toString('hex')}.tmp`);
}

export interface Leftover {
  path: string;
  pid: number;
  /** A note naming an export's temp file elsewhere (see export-temp.ts). */
  note: boolean;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Picks out the temp files of `file` (journal, draft, lock, backup temps and export notes) among a folder's names. */
export function leftoverTemps(file: string, names: readonly string[]): Leftover[] {
  const pattern = new RegExp(`^\\.${escape(basename(file))}(?:\\.(draft|lock|bak\\d*|export))?\\.(\\d+)\\.[0-9a-f]+\\.tmp$`);
  const out: Leftover[] = [];
  for (const name of names) {
    const m = pattern.exec(name);
    if (m) out.push({ path: join(dirname(file), name), pid: Number(m[2]), note: m[1] === 'export' });
  }
  return out;
}

/** Whether `path` is named as a temp file of process `pid` would be (tempPath). */
export function isTempOf(path: string, pid: number): boolean {
  return isAbsolute(path) && new RegExp(`^\\..+\\.${pid}\\.[0-9a-f]+\\.tmp$`).test(basename(path));
}
