// `export --out` writes plain text (also from an encrypted journal) to a temp
// file first. One killed before the rename must not stay behind for ever:
// the temp is private (0600) and the journal's next save sweeps it away.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, statSync, watch, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { start, tempJournal, trust } from '../helpers/cli.js';

/** A journal of `n` entries, each with a long gratitude line: an export of it takes a while to write. */
function bigJournal(file: string, n: number): void {
  const line = (i: number) =>
    JSON.stringify({ id: `e${i}`, kind: 'log', date: '2026-11-01', createdAt: '2026-11-01T12:00:00.000Z', checklist: ['check-in'], gratitude: [`thanks ${i} `.repeat(40)] });
  writeFileSync(file, `{"schemaVersion":1,"profile":{},"entries":[\n${Array.from({ length: n }, (_, i) => line(i)).join(',\n')}\n]}\n`, { mode: 0o600 });
}

const temps = (dir: string) => readdirSync(dir).filter((n) => n.endsWith('.tmp'));

/** Runs an export and kills it (-9) the moment its temp file appears; the left temp's mode, or undefined if it finished first. */
async function killedExport(file: string, out: string): Promise<number | undefined> {
  const outDir = dirname(out);
  const run = start(['export', '--file', file, '--format', 'markdown', '--out', out]);
  const watcher = watch(outDir, (_event, name) => {
    if (name?.endsWith('.tmp') && run.child.exitCode === null) run.child.kill('SIGKILL');
  });
  const r = await run.done;
  watcher.close();
  const [left] = temps(outDir);
  return r.code === null && left ? statSync(join(outDir, left)).mode & 0o777 : undefined;
}

describe('an export killed midway', () => {
  it('leaves a private temp file that the next save of the journal removes', async () => {
    const { dir, file } = tempJournal();
    bigJournal(file, 20_000);
    const outDir = join(dir, 'exports');
    mkdirSync(outDir);
    const out = join(outDir, 'journal.md');
    let mode: number | undefined;
    for (let attempt = 0; attempt < 8 && mode === undefined; attempt++) mode = await killedExport(file, out);
    expect(mode, 'no export was killed before its rename').toBeDefined();
    expect(mode).toBe(0o600);
    expect(temps(outDir)).toHaveLength(1);
    expect(readdirSync(outDir).filter((n) => !n.endsWith('.tmp'))).toEqual([]);

    const saved = await trust(['log', '--file', file, '--checklist', 'check-in']);
    expect(saved.code).toBe(0);
    expect(temps(outDir)).toEqual([]);
    expect(temps(dir)).toEqual([]);
  }, 60_000);

  it('does not remove the temp file of an export still running', async () => {
    const { dir, file } = tempJournal();
    expect((await trust(['log', '--file', file, '--checklist', 'check-in'])).code).toBe(0);
    const outDir = join(dir, 'exports');
    mkdirSync(outDir);
    // A temp of the kind an export leaves, named after a process that is alive (this test run).
    const live = join(outDir, `.journal.md.${process.pid}.0123abcd.tmp`);
    writeFileSync(live, 'in progress', { mode: 0o600 });
    const gone = spawnSync(process.execPath, ['-e', '']).pid;
    const stray = join(outDir, `.journal.md.${gone}.0123abcd.tmp`);
    writeFileSync(stray, 'not named in any note', { mode: 0o600 });
    expect((await trust(['log', '--file', file, '--checklist', 'check-in'])).code).toBe(0);
    // Nothing beside another folder's files is touched unless a note of trust's own names it.
    expect(temps(outDir).sort()).toEqual([live, stray].map((p) => p.slice(outDir.length + 1)).sort());
  });
});
