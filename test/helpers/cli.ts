// Spawns the real built program (bin/trust.js) on a temp journal.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { chmodSync, cpSync, mkdtempSync, readdirSync, readFileSync, existsSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../..');
export const BIN = join(ROOT, 'bin', 'trust.js');

export interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  env?: Record<string, string | undefined>;
  input?: string;
  cwd?: string;
  /**
   * Run as this user and group (tests as root need an unprivileged user for
   * permission checks). The program then runs from a world-readable copy
   * (readableInstall), so the folder the checkout sits in never decides.
   */
  uid?: number;
  gid?: number;
}

/** A clean environment: no colour, a fixed clock, HOME and XDG in a temp folder. */
export function baseEnv(home: string): Record<string, string> {
  return {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    HOME: home,
    XDG_DATA_HOME: join(home, '.local', 'share'),
    TZ: 'UTC',
    LANG: 'C.UTF-8',
    NO_COLOR: '1',
    TRUST_NOW: '2026-11-20',
  };
}

export function trust(args: string[], opts: RunOptions = {}): Promise<Run> {
  return start(args, opts).done;
}

/** Like trust(), with the running child at hand (to kill it, for one). */
export function start(args: string[], opts: RunOptions = {}): { child: ChildProcessWithoutNullStreams; done: Promise<Run> } {
  const home = opts.env?.HOME ?? tempDir();
  const env: Record<string, string> = { ...baseEnv(home) };
  for (const [k, v] of Object.entries(opts.env ?? {})) {
    if (v === undefined) delete env[k];
    else env[k] = v;
  }
  const ids = { ...(opts.uid !== undefined ? { uid: opts.uid } : {}), ...(opts.gid !== undefined ? { gid: opts.gid } : {}) };
  const bin = opts.uid === undefined ? BIN : readableInstall();
  // detached: a session of its own, so no controlling terminal, wherever the suite is run from
  // (a passphrase would otherwise be asked on the terminal that ran `npm test`).
  const child = spawn(process.execPath, [bin, ...args], { env, cwd: opts.cwd ?? home, stdio: ['pipe', 'pipe', 'pipe'], detached: true, ...ids });
  const done = new Promise<Run>((done, fail) => {
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', fail);
    child.on('close', (code) => done({ code, stdout, stderr }));
    // A program that exits without reading its input closes the pipe first (EPIPE): not the test's failure.
    child.stdin.on('error', () => undefined);
    child.stdin.end(opts.input ?? '');
  });
  return { child, done };
}

let installed: string | undefined;

/**
 * The built program copied where every user can read it: a checkout inside a
 * folder only its owner may enter (one made by `mktemp -d`, say) is out of
 * another user's reach, and the test would fail for that alone. The bundle
 * needs no node_modules at run time; it reads only what sits beside it.
 */
function readableInstall(): string {
  if (installed) return installed;
  const root = tempDir();
  chmodSync(root, 0o755);
  for (const part of ['bin', 'dist', 'data', 'package.json']) {
    cpSync(join(ROOT, part), join(root, part), { recursive: true });
  }
  // Readable whatever the umask the checkout was made with.
  for (const entry of readdirSync(root, { recursive: true, withFileTypes: true })) {
    const path = join(entry.parentPath, entry.name);
    chmodSync(path, entry.isDirectory() ? 0o755 : 0o644);
  }
  installed = join(root, 'bin', 'trust.js');
  return installed;
}

export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'trust-test-'));
}

/** A fresh folder with a journal path inside (the file itself not created). */
export function tempJournal(): { dir: string; file: string } {
  const dir = tempDir();
  return { dir, file: join(dir, 'journal.json') };
}

export function readJournal(file: string): { schemaVersion: number; profile: Record<string, unknown>; entries: Record<string, unknown>[] } {
  return JSON.parse(readFileSync(file, 'utf8'));
}

/** The file's bytes, or null when it does not exist: for "unchanged" checks. */
export function snapshot(file: string): string | null {
  return existsSync(file) ? readFileSync(file, 'latin1') : null;
}

export function mode(path: string): number {
  return statSync(path).mode & 0o777;
}

export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
