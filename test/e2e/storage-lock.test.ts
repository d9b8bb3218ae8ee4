// A lock whose owner is still running on this machine is waited for and, if
// it is not let go, reported: never broken, however old. A lock whose owner
// is gone is broken at once.
import { spawn, spawnSync } from 'node:child_process';
import { readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { afterEach, describe, expect, it } from 'vitest';
import { snapshot, tempJournal, trust } from '../helpers/cli.js';

const startOf = (pid: number) => {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19];
};

/** A lock as trust writes it, for `pid`, last touched `ageMs` ago. */
function plantLock(file: string, pid: number, ageMs: number): string {
  const raw = JSON.stringify({ pid, host: hostname(), start: startOf(pid), nonce: 'abcdef012345' });
  writeFileSync(`${file}.lock`, raw, { mode: 0o600 });
  const then = new Date(Date.now() - ageMs);
  utimesSync(`${file}.lock`, then, then);
  return raw;
}

const log = (file: string, note: string) => trust(['log', '--file', file, '--checklist', 'check-in', '--gratitude', note]);

const children: { kill(): boolean }[] = [];
afterEach(() => void children.splice(0).forEach((c) => c.kill()));

describe('a lock held by a process still running here', () => {
  it('is never broken, even a minute old: the save waits, then says the journal is busy (exit 1)', async () => {
    const { file } = tempJournal();
    expect((await log(file, 'first')).code).toBe(0);
    const holder = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60_000)'], { stdio: 'ignore' });
    children.push(holder);
    await new Promise((r) => holder.once('spawn', r));
    const raw = plantLock(file, holder.pid ?? 0, 60_000);
    const before = snapshot(file);
    const started = Date.now();
    const r = await log(file, 'second');
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(new RegExp(`^trust: The journal .* is busy \\(process ${holder.pid} is writing to it\\)\\.\\n`));
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(Date.now() - started).toBeGreaterThan(9_000);
    expect(snapshot(file)).toBe(before);
    expect(readFileSync(`${file}.lock`, 'utf8')).toBe(raw);
  }, 40_000);
});

describe('a lock whose owner has gone', () => {
  it('is broken at once, however fresh', async () => {
    const { file } = tempJournal();
    expect((await log(file, 'first')).code).toBe(0);
    const gone = spawnSync(process.execPath, ['-e', '']).pid;
    writeFileSync(`${file}.lock`, JSON.stringify({ pid: gone, host: hostname(), start: '1', nonce: 'abcdef012345' }), { mode: 0o600 });
    const started = Date.now();
    const r = await log(file, 'second');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(Date.now() - started).toBeLessThan(3_000);
  });
});
