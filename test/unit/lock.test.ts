import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { JournalError } from '../../src/errors.js';
import { acquire, breakLock, isStale, parseHolder, UNREADABLE_GRACE_MS, type Probe } from '../../src/storage/lock.js';
import { breakPath, lockPath } from '../../src/storage/paths.js';
import { tempJournal } from '../helpers/cli.js';

const STALE = 30_000;
/** This machine as the staleness rules see it: pid 100 runs (started at tick 500), pid 200 does not. */
const probe: Probe = {
  host: 'here',
  alive: (pid) => pid === 100,
  startOf: (pid) => (pid === 100 ? '500' : undefined),
};
const lock = (h: object) => JSON.stringify(h);

describe('isStale', () => {
  it.each([
    ['unreadable content, just written', 'garbage', 100, false],
    ['unreadable content, left for long', 'garbage', UNREADABLE_GRACE_MS + 1, true],
    ['empty content, just written', '', 0, false],
    ['owner here and running', lock({ pid: 100, host: 'here', start: '500' }), 1_000, false],
    ['owner here, running, no start recorded', lock({ pid: 100, host: 'here' }), 1_000, false],
    ['owner here and killed', lock({ pid: 200, host: 'here', start: '900' }), 10, true],
    ['owner here, pid now reused by another process', lock({ pid: 100, host: 'here', start: '499' }), 10, true],
    ['owner here and running, holding it for very long', lock({ pid: 100, host: 'here', start: '500' }), STALE * 10, false],
    ['owner here, running, no start recorded, old', lock({ pid: 100, host: 'here' }), STALE + 1, true],
    ['owner on another machine, recent', lock({ pid: 200, host: 'there' }), 5_000, false],
    ['owner on another machine, old', lock({ pid: 200, host: 'there' }), STALE + 1, true],
    ['pid is not a number', lock({ pid: '100', host: 'here' }), 100, false],
  ])('%s', (_why, raw, age, stale) => {
    expect(isStale(raw, age, STALE, probe)).toBe(stale);
  });
});

describe('parseHolder', () => {
  it.each([
    [lock({ pid: 7, host: 'h', start: '1', nonce: 'x' }), { pid: 7, host: 'h', start: '1' }],
    [lock({ pid: 7, host: 'h' }), { pid: 7, host: 'h' }],
    [lock({ pid: 0, host: 'h' }), undefined],
    [lock({ pid: 1.5, host: 'h' }), undefined],
    [lock({ host: 'h' }), undefined],
    ['{"pid":7,', undefined],
    ['null', undefined],
  ])('%s', (raw, want) => {
    expect(parseHolder(raw)).toEqual(want);
  });
});

/** The pid of a process that has already exited. */
function deadPid(): number {
  const r = spawnSync(process.execPath, ['-e', '']);
  return r.pid as number;
}

const backdate = (path: string, ms: number) => {
  const t = new Date(Date.now() - ms);
  utimesSync(path, t, t);
};

describe('acquire', () => {
  it('writes its owner into the lock, and release removes it and every temp file', async () => {
    const { dir, file } = tempJournal();
    const release = await acquire(lockPath(file), file);
    expect(parseHolder(readFileSync(lockPath(file), 'utf8'))).toMatchObject({ pid: process.pid, host: hostname() });
    await release();
    expect(readdirSync(dir)).toEqual([]);
  });

  it('waits for a live owner, then says the journal is busy, naming the file', async () => {
    const { file } = tempJournal();
    const release = await acquire(lockPath(file), file);
    const second = acquire(lockPath(file), file, { waitMs: 200 });
    await expect(second).rejects.toThrow(JournalError);
    await expect(second).rejects.toThrow(new RegExp(`${file}.*busy.*process ${process.pid}`));
    await release();
    await (await acquire(lockPath(file), file, { waitMs: 200 }))();
  });

  it.each([
    ['a killed owner', () => lock({ pid: deadPid(), host: hostname() }), 0],
    ['an owner whose pid was reused', () => lock({ pid: process.pid, host: hostname(), start: 'not-mine' }), 0],
    ['unreadable content left for long', () => '{"pid":', UNREADABLE_GRACE_MS + 5_000],
  ])('breaks the lock of %s at once', async (_why, content, age) => {
    const { file } = tempJournal();
    writeFileSync(lockPath(file), content(), { mode: 0o600 });
    if (age) backdate(lockPath(file), age);
    // A waitMs this short fails unless the stale lock is broken without waiting for it.
    const release = await acquire(lockPath(file), file, { waitMs: 100 });
    expect(parseHolder(readFileSync(lockPath(file), 'utf8'))?.pid).toBe(process.pid);
    await release();
  });

  it('lets only one holder in at a time', async () => {
    const { file } = tempJournal();
    let inside = 0;
    let most = 0;
    let done = 0;
    await Promise.all(
      Array.from({ length: 12 }, async () => {
        const release = await acquire(lockPath(file), file);
        most = Math.max(most, ++inside);
        await new Promise((r) => setTimeout(r, 3));
        inside--;
        done++;
        await release();
      }),
    );
    expect(done).toBe(12);
    expect(most).toBe(1);
  });

  it('fails with the file name when the folder does not exist', async () => {
    const { dir } = tempJournal();
    const file = join(dir, 'missing', 'journal.json');
    await expect(acquire(lockPath(file), file)).rejects.toThrow(new RegExp(`Could not lock the journal ${file} \\(ENOENT\\)`));
  });
});

describe('breakLock', () => {
  it('removes the lock only while it still holds what was judged stale', async () => {
    const { file } = tempJournal();
    writeFileSync(lockPath(file), 'fresh');
    expect(await breakLock(lockPath(file), 'old')).toBe(false);
    expect(readFileSync(lockPath(file), 'utf8')).toBe('fresh');
    expect(await breakLock(lockPath(file), 'fresh')).toBe(true);
    expect(existsSync(lockPath(file))).toBe(false);
    expect(existsSync(breakPath(file))).toBe(false);
  });

  it.each([
    ['with unreadable content, once it is old', '', true],
    ['of a killed breaker, at once', () => String(deadPid()), false],
  ])('waits its turn behind another breaker, and clears a turn left %s', async (_why, content, backdated) => {
    const { file } = tempJournal();
    writeFileSync(lockPath(file), 'stale');
    writeFileSync(breakPath(file), typeof content === 'string' ? content : content());
    if (backdated) {
      expect(await breakLock(lockPath(file), 'stale')).toBe(false);
      expect(existsSync(breakPath(file))).toBe(true);
      backdate(breakPath(file), 10_000);
    }
    expect(await breakLock(lockPath(file), 'stale')).toBe(false);
    expect(existsSync(lockPath(file))).toBe(true);
    expect(existsSync(breakPath(file))).toBe(false);
    expect(await breakLock(lockPath(file), 'stale')).toBe(true);
  });

  it('keeps the turn of a breaker that is still running', async () => {
    const { file } = tempJournal();
    writeFileSync(breakPath(file), String(process.pid));
    expect(await breakLock(lockPath(file), 'stale')).toBe(false);
    expect(existsSync(breakPath(file))).toBe(true);
  });
});
