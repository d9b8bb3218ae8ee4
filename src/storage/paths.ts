import { homedir } from 'node:os';
import { join, resolve } from 'node:path';

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

export const lockPath = (file: string): string => `${file}.lock`;
export const backupPath = (file: string, n: number): string => `${file}.bak${n}`;
export const draftPath = (file: string): string => `${file}.draft`;
