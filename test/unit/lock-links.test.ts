// A lock, a breaker's turn or the written note that is not a plain file (a
// link planted in its place, a named pipe) is never followed or waited on:
// read as content trust did not write, so it is judged like any unreadable
// lock (broken after a short grace) and the link's target is left alone.
import { spawnSync } from 'node:child_process';
import { existsSync, lstatSync, readFileSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { acquire, clearStaleTurn, inspectLock, parseHolder } from '../../src/storage/lock.js';
import { breakPath, lockPath, writtenPath } from '../../src/storage/paths.js';
import { noteWritten, wroteLast } from '../../src/storage/written.js';
import { tempJournal } from '../helpers/cli.js';

const fifo = (path: string) => expect(spawnSync('mkfifo', [path]).status).toBe(0);

const old = (path: string) => {
  const t = new Date(Date.now() - 10_000);
  utimesSync(path, t, t);
};

/** What stands in the lock's place, made in the journal's folder. */
const planted: [string, (dir: string, path: string) => void][] = [
  ['a named pipe', (_dir, path) => fifo(path)],
  ['a link to a named pipe', (dir, path) => (fifo(join(dir, 'pipe')), symlinkSync(join(dir, 'pipe'), path))],
  ['a link to a lock-shaped file elsewhere', (dir, path) => {
    writeFileSync(join(dir, 'elsewhere'), JSON.stringify({ pid: process.pid, host: 'x' }));
    symlinkSync(join(dir, 'elsewhere'), path);
  }],
];

describe('a lock that is not a plain file', () => {
  it.each(planted)('%s: read as nothing trust wrote, broken once old, its target untouched', async (_what, make) => {
    const { dir, file } = tempJournal();
    make(dir, lockPath(file));
    expect((await inspectLock(lockPath(file)))?.raw).toBe('');
    // Links and pipes keep their own times: age it the way a lock is aged.
    spawnSync('touch', ['-h', '-d', '@1', lockPath(file)]);
    const release = await acquire(lockPath(file), file, { waitMs: 3_000 });
    expect(lstatSync(lockPath(file)).isFile()).toBe(true);
    expect(parseHolder(readFileSync(lockPath(file), 'utf8'))?.pid).toBe(process.pid);
    await release();
    if (existsSync(join(dir, 'elsewhere'))) expect(readFileSync(join(dir, 'elsewhere'), 'utf8')).toContain('"host":"x"');
  });

  it('a breaker turn that is a named pipe is cleared, not waited on', async () => {
    const { file } = tempJournal();
    fifo(breakPath(file));
    old(breakPath(file));
    await clearStaleTurn(file);
    expect(existsSync(breakPath(file))).toBe(false);
  });
});

describe('a written note that is a named pipe', () => {
  it('is read as no note, and replaced by a plain one', async () => {
    const { file } = tempJournal();
    writeFileSync(file, '{}');
    fifo(writtenPath(file));
    const id = { ino: 1, size: 2, mtimeMs: 3 };
    expect(await wroteLast(file, id)).toBe(false);
    await noteWritten(file, id);
    expect(lstatSync(writtenPath(file)).isFile()).toBe(true);
    expect(await wroteLast(file, id)).toBe(true);
  });
});
