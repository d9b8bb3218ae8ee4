// The crontab line that runs `trust remind`, and the one place that talks to
// the `crontab` command. Building and editing the table text are pure; only
// readCrontab/writeCrontab spawn anything.
//
// cron runs a line with /bin/sh, a bare PATH (/usr/bin:/bin) and almost no
// environment, so the line names node and bin/trust.js by absolute path and
// carries TRUST_JOURNAL itself when the journal is not the one cron would
// find on its own.
import { spawn } from 'node:child_process';
import { existsSync, realpathSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { childEnv } from './child-env.js';
import type { TimeOfDay } from '../domain/remind.js';
import { JournalError, UsageError } from '../errors.js';
import { defaultJournalPath } from '../storage/paths.js';
import { sayRemind } from '../ui/messages-remind.js';

/** Ends our line, so we find it again among the user's own. */
export const MARKER = '# trust-remind';
const OURS = /(^|\s)# trust-remind\s*$/;

export interface ReminderSpec {
  time: TimeOfDay;
  /** Absolute path of the node binary. */
  node: string;
  /** Absolute path of bin/trust.js. */
  program: string;
  /** Set when the journal is not the one cron's environment would find. */
  journal?: string;
  notify?: boolean;
}

const PLAIN = /^[A-Za-z0-9_@%+=:,./-]+$/;

/** One word for /bin/sh: left bare when safe, else in single quotes. */
export function shellQuote(word: string): string {
  if (PLAIN.test(word)) return word;
  return `'${word.replace(/'/g, `'\\''`)}'`;
}

/** cron turns an unescaped % into a line break; `\%` reaches the shell as `%`. */
export function cronEscape(command: string): string {
  return command.replace(/%/g, '\\%');
}

export function cronLine(spec: ReminderSpec): string {
  const paths = [spec.node, spec.program, ...(spec.journal ? [spec.journal] : [])];
  const broken = paths.find((p) => /[\r\n]/.test(p));
  if (broken !== undefined) throw new UsageError(sayRemind.lineBreak(broken));
  const words = [
    ...(spec.journal ? [`TRUST_JOURNAL=${shellQuote(spec.journal)}`] : []),
    shellQuote(spec.node),
    shellQuote(spec.program),
    'remind',
    ...(spec.notify ? ['--notify'] : []),
  ];
  return `${spec.time.minute} ${spec.time.hour} * * * ${cronEscape(words.join(' '))} ${MARKER}`;
}

export function isReminderLine(line: string): boolean {
  return OURS.test(line);
}

/**
 * The table with our line (if any) removed and `line` (if given) added at
 * the end. Every other line is kept byte for byte; the result ends with a
 * newline, as cron needs, unless it is empty.
 */
export function withReminder(table: string, line: string | undefined): string {
  const lines = table === '' ? [] : table.split('\n');
  if (table.endsWith('\n')) lines.pop();
  const kept = lines.filter((l) => !isReminderLine(l));
  if (line !== undefined) kept.push(line);
  return kept.length === 0 ? '' : `${kept.join('\n')}\n`;
}

/** The journal cron would open by itself: HOME is set, XDG_DATA_HOME is not. */
export function cronNeedsJournal(file: string, env: NodeJS.ProcessEnv): boolean {
  return file !== defaultJournalPath(env.HOME ? { HOME: env.HOME } : {});
}

/** bin/trust.js of this installation, symlinks resolved (npm link, global installs). */
export function programPath(): string {
  // The program runs from dist/main.cjs, and tests run from src/:
  // walk up to the folder that holds bin/trust.js rather than guess the depth.
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const candidate = join(dir, 'bin', 'trust.js');
    if (existsSync(candidate)) return realpathSync(candidate);
    const parent = dirname(dir);
    if (parent === dir) throw new Error('cannot find bin/trust.js next to the program');
    dir = parent;
  }
}

interface Ran {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs a command on the given PATH; undefined when it is not installed. */
function run(command: string, args: string[], env: NodeJS.ProcessEnv, input = ''): Promise<Ran | undefined> {
  // Without PATH, spawn falls back to a built-in /usr/bin:/bin and would find
  // the machine's real crontab even where the caller (a test) hid it.
  if (!env.PATH) return Promise.resolve(undefined);
  return new Promise((done, fail) => {
    const child = spawn(command, args, { env: childEnv(env), stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.stdin.on('error', () => {}); // a command that exits early closes its stdin; the exit code tells
    child.on('error', (error: NodeJS.ErrnoException) => (error.code === 'ENOENT' ? done(undefined) : fail(error)));
    child.on('close', (code) => done({ code, stdout, stderr }));
    child.stdin.end(input);
  });
}

export class CrontabMissing extends Error {
  override name = 'CrontabMissing';
}

function failure(what: string, ran: Ran): JournalError {
  const why = ran.stderr.trim().split('\n')[0] ?? '';
  return new JournalError(sayRemind.crontabFailed(what, why || `exit ${ran.code}`), sayRemind.crontabHint);
}

/** The user's crontab text ('' when they have none yet). */
export async function readCrontab(env: NodeJS.ProcessEnv): Promise<string> {
  const ran = await run('crontab', ['-l'], env);
  if (!ran) throw new CrontabMissing();
  if (ran.code === 0) return ran.stdout;
  // Every cron flavour says "no crontab for <user>" (exit 1) before the first install.
  if (/no crontab/i.test(ran.stderr)) return '';
  throw failure('-l', ran);
}

export async function writeCrontab(env: NodeJS.ProcessEnv, table: string): Promise<void> {
  const ran = await run('crontab', ['-'], env, table);
  if (!ran) throw new CrontabMissing();
  if (ran.code !== 0) throw failure('-', ran);
}
