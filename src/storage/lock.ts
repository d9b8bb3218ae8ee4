// A lock file beside the journal, created with O_EXCL. It holds the owner's
// pid, host and start time so a lock left by a killed process can be told
// from a live one and broken quickly.
import { hostname } from 'node:os';
import { link, open, readFile, rename, unlink } from 'node:fs/promises';
import { randomBytes } from 'node:crypto';
import { JournalError } from '../errors.js';
import { say } from '../ui/messages.js';

export interface LockOptions {
  /** Give up after this long while a live process holds the lock. */
  waitMs?: number;
  /** A lock older than this is stale even if its owner looks alive (e.g. another machine). */
  staleMs?: number;
}

interface Holder {
  pid: number;
  host: string;
  at: number;
}

const HOST = hostname();

function parseHolder(raw: string): Holder | undefined {
  try {
    const h = JSON.parse(raw) as Partial<Holder>;
    if (typeof h.pid === 'number' && typeof h.host === 'string' && typeof h.at === 'number') return h as Holder;
  } catch {
    // half-written or foreign content: treated by age below
  }
  return undefined;
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export function isStale(raw: string, ageMs: number, staleMs: number): boolean {
  const h = parseHolder(raw);
  if (!h) return ageMs > 2_000; // a writer dies between create and write only rarely; give it a moment
  if (h.host === HOST && !alive(h.pid)) return true;
  return Date.now() - h.at > staleMs;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Moves a stale lock aside and removes it, but only if it is still the one
 * judged stale: if another process broke it and took the lock meanwhile,
 * its fresh lock is put back.
 */
async function breakStale(path: string, judged: string): Promise<void> {
  const aside = `${path}.${process.pid}.${randomBytes(4).toString('hex')}`;
  try {
    await rename(path, aside);
  } catch {
    return;
  }
  const raw = await readFile(aside, 'utf8').catch(() => '');
  if (raw !== judged) await link(aside, path).catch(() => undefined);
  await unlink(aside).catch(() => undefined);
}

export async function acquire(path: string, file: string, opts: LockOptions = {}): Promise<() => Promise<void>> {
  const waitMs = opts.waitMs ?? 10_000;
  const staleMs = opts.staleMs ?? 30_000;
  const mine = JSON.stringify({ pid: process.pid, host: HOST, at: Date.now(), nonce: randomBytes(6).toString('hex') });
  const started = Date.now();
  for (let attempt = 0; ; attempt++) {
    try {
      const fd = await open(path, 'wx', 0o600);
      try {
        await fd.writeFile(mine);
      } finally {
        await fd.close();
      }
      return async () => {
        const raw = await readFile(path, 'utf8').catch(() => '');
        if (raw === mine) await unlink(path).catch(() => undefined);
      };
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code !== 'EEXIST') throw new JournalError(say.cannotLock(file, code ?? String(e)), say.hintPermissions);
    }
    let raw: string;
    let ageMs: number;
    try {
      const fd = await open(path, 'r');
      try {
        raw = await fd.readFile('utf8');
        ageMs = Date.now() - (await fd.stat()).mtimeMs;
      } finally {
        await fd.close();
      }
    } catch {
      continue; // released between our attempts
    }
    if (isStale(raw, ageMs, staleMs)) {
      await breakStale(path, raw);
      continue;
    }
    if (Date.now() - started > waitMs) {
      const h = parseHolder(raw);
      throw new JournalError(say.locked(file, h?.pid), say.hintLocked);
    }
    await sleep(Math.min(10 + attempt * 5, 60) + Math.random() * 15);
  }
}
