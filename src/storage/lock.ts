// A lock file beside the journal. It appears whole in one step (written to a
// temp file, then hard-linked into place, which fails if a lock exists), and
// names its owner (host, pid, the process's start time), so a lock left by a
// killed process is told from a live one and broken at once.
import { hostname } from 'node:os';
import { readFileSync } from 'node:fs';
import { link, lstat, open, unlink, utimes, writeFile } from 'node:fs/promises';
import { crypto } from './crypto.js';
import type * as v from 'valibot';
import { StoreError, errnoCode } from '../errors.js';
import { withOwn } from './identity.js';
import { breakPath, tempPath, turnPath } from './paths.js';
import { isHolder, type HolderSchema } from './schemas.js';

export interface LockOptions {
  /** Give up after this long while a live process holds the lock. */
  waitMs?: number;
  /** A lock older than this is stale when its owner cannot be checked (another machine, no /proc). */
  staleMs?: number;
}

export type Holder = v.InferOutput<typeof HolderSchema>;

/** What staleness depends on besides the lock itself: injected so it can be tested as a table. */
export interface Probe {
  host: string;
  alive(pid: number): boolean;
  startOf(pid: number): string | undefined;
}

/** A lock whose content cannot be read is given this long to be finished by its writer. */
export const UNREADABLE_GRACE_MS = 2_000;
const BREAK_STALE_MS = 2_000;

export function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return errnoCode(e) === 'EPERM';
  }
}

/** The start time of a process from /proc; undefined where there is no /proc. */
function startOf(pid: number): string | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name (which may hold spaces); starttime is field 22.
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19];
  } catch {
    return undefined; // no /proc (or the process just went): the holder is then judged by pid and age alone
  }
}

const localProbe: Probe = { host: hostname(), alive: processAlive, startOf };

export function parseHolder(raw: string): Holder | undefined {
  try {
    const h: unknown = JSON.parse(raw);
    if (isHolder(h)) return { pid: h.pid, host: h.host, ...(h.start === undefined ? {} : { start: h.start }) };
  } catch {
    // foreign or damaged content: judged by age below
  }
  return undefined;
}

/**
 * Whether a lock with this content, last touched `ageMs` ago, can be broken.
 * An owner known to be running on this machine (same pid, same start time)
 * keeps its lock however long it holds it: the waiter gives up instead.
 * Age decides only where that cannot be known: another machine, or a system
 * without start times (no /proc), where a reused pid cannot be told apart.
 */
export function isStale(raw: string, ageMs: number, staleMs: number, probe: Probe = localProbe): boolean {
  const h = parseHolder(raw);
  if (!h) return ageMs > UNREADABLE_GRACE_MS;
  if (h.host === probe.host) {
    if (!probe.alive(h.pid)) return true;
    const now = probe.startOf(h.pid);
    if (h.start !== undefined && now !== undefined) return now !== h.start; // another start: the pid was reused
  }
  return ageMs > staleMs;
}

export interface LockState {
  raw: string;
  holder: Holder | undefined;
  ageMs: number;
  stale: boolean;
}

/**
 * A lock file's content and age, never through a link nor waiting on a pipe:
 * anything but a plain file reads as '' (content trust did not write).
 * Undefined when there is none.
 */
async function readLock(path: string): Promise<{ raw: string; ageMs: number } | undefined> {
  try {
    return await withOwn(path, false, async (fd) => {
      const s = await fd.stat();
      return { raw: s.isFile() ? await fd.readFile('utf8') : '', ageMs: Date.now() - s.mtimeMs };
    });
  } catch (e) {
    const code = errnoCode(e);
    if (code === 'ENOENT') return undefined;
    if (code !== 'ELOOP') throw e;
    // Gone between the two looks: no lock.
    const link = await lstat(path).catch(() => undefined);
    return link && { raw: '', ageMs: Date.now() - link.mtimeMs };
  }
}

/** The lock as it is now, or undefined when there is none. */
export async function inspectLock(path: string, staleMs = 30_000): Promise<LockState | undefined> {
  let found: { raw: string; ageMs: number } | undefined;
  try {
    found = await readLock(path);
  } catch {
    // There, but not ours to read: treat it as held, so we wait rather than spin.
    return { raw: '', holder: undefined, ageMs: 0, stale: false };
  }
  if (!found) return undefined;
  const { raw, ageMs } = found;
  return { raw, holder: parseHolder(raw), ageMs, stale: isStale(raw, ageMs, staleMs) };
}

/**
 * Removes a breaker's turn left behind by a breaker that was killed in its
 * few microseconds of work: at once when its process is gone, else once it
 * is older than any break takes.
 */
export async function clearStaleTurn(journal: string): Promise<void> {
  await clearTurn(breakPath(journal));
}

async function clearTurn(turn: string): Promise<void> {
  // A turn that cannot be read is left alone: only a turn known to be stale is ever removed.
  const found = await readLock(turn).catch(() => undefined);
  if (found === undefined) return;
  const pid = Number(found.raw);
  const dead = Number.isInteger(pid) && pid > 0 && !processAlive(pid);
  // Another breaker may have cleared it first; if it stays, the next waiter tries again.
  if (dead || found.ageMs > BREAK_STALE_MS) await unlink(turn).catch(() => undefined);
}

/**
 * Removes the lock if it still holds `judged`. Breakers take turns through a
 * second lock, so one can never remove a fresh lock taken after another broke
 * the stale one. Returns true when this call removed it.
 */
export async function breakLock(path: string, judged: string): Promise<boolean> {
  const turn = turnPath(path);
  try {
    await writeFile(turn, String(process.pid), { mode: 0o600, flag: 'wx' });
  } catch {
    // Another breaker has the turn (or it cannot be made): not ours to break now; we wait and look again.
    await clearTurn(turn);
    return false;
  }
  try {
    // Only a lock read back as exactly the one judged stale is removed; any doubt leaves it in place.
    const now = await readLock(path).catch(() => undefined);
    return now?.raw === judged && (await unlink(path).then(() => true, () => false));
  } finally {
    // A turn left behind is cleared by clearStaleTurn once its process is gone.
    await unlink(turn).catch(() => undefined);
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

const NO_HARD_LINKS = new Set(['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'ENOSYS']);

/** Puts the lock in place whole, or fails with EEXIST. */
async function place(tmp: string, path: string, content: string): Promise<void> {
  try {
    await link(tmp, path);
  } catch (e) {
    if (!NO_HARD_LINKS.has(errnoCode(e) ?? '')) throw e;
    // A file system without hard links (FAT, some network shares): create
    // exclusively and write; a reader may see it empty for a moment, which
    // the grace for unreadable locks allows for.
    const fd = await open(path, 'wx', 0o600);
    try {
      await fd.writeFile(content);
    } finally {
      await fd.close();
    }
  }
}

function lockError(journal: string, e: unknown): StoreError {
  return new StoreError({ kind: 'cannot-lock', file: journal, code: errnoCode(e) ?? String(e) }, { cause: e });
}

/** Takes the lock at `path` for `journal`, waiting for a live owner and breaking a dead one's. */
export async function acquire(path: string, journal: string, opts: LockOptions = {}): Promise<() => Promise<void>> {
  const waitMs = opts.waitMs ?? 10_000;
  const staleMs = opts.staleMs ?? 30_000;
  const start = startOf(process.pid);
  const mine = JSON.stringify({ pid: process.pid, host: localProbe.host, ...(start ? { start } : {}), nonce: crypto().randomBytes(6).toString('hex') });
  const tmp = tempPath(path);
  try {
    await writeFile(tmp, mine, { mode: 0o600, flag: 'wx' });
  } catch (e) {
    await unlink(tmp).catch(() => undefined); // what matters is why it could not be written, thrown next
    throw lockError(journal, e);
  }
  try {
    const started = Date.now();
    for (let attempt = 0; ; attempt++) {
      try {
        await place(tmp, path, mine);
        // The lock's age counts from now, not from when waiting began.
        const now = new Date();
        // Left with its first time, the lock only looks stale a moment sooner, and a live holder is never broken.
        await utimes(path, now, now).catch(() => undefined);
        return async () => {
          // Releasing must not fail the command that is done: a lock not released is judged stale once we exit.
          const now = await readLock(path).catch(() => undefined);
          if (now?.raw === mine) await unlink(path).catch(() => undefined);
        };
      } catch (e) {
        if (errnoCode(e) !== 'EEXIST') throw lockError(journal, e);
      }
      const held = await inspectLock(path, staleMs);
      if (!held) continue; // released between our attempts
      if (held.stale && (await breakLock(path, held.raw))) continue;
      if (Date.now() - started > waitMs) throw new StoreError({ kind: 'locked', file: journal, pid: held.holder?.pid });
      await sleep(Math.min(10 + attempt * 5, 60) + Math.random() * 15);
    }
  } finally {
    // The lock is taken (or refused) by now: a temp of ours that will not go changes neither.
    await unlink(tmp).catch(() => undefined);
  }
}
