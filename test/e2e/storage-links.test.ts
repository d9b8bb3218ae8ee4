// Links trust did not ask for are never followed: a link planted in place of
// the note, a backup or the draft must not make a save (or `doctor --fix`)
// write to, or change the mode of, the file it points to.
import { chmodSync, lstatSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { mode, tempJournal, trust } from '../helpers/cli.js';
import { PASS } from './crypt-helpers.js';

const log = (file: string, note: string) => trust(['log', '--file', file, '--checklist', 'check-in', '--gratitude', note]);

/** A file of someone else's, open to read (0644), that a link is planted towards. */
function victim(dir: string): string {
  const path = join(dir, 'victim.txt');
  writeFileSync(path, 'not a journal: keep me as I am\n');
  chmodSync(path, 0o644);
  return path;
}

/** Puts a link to `target` where `path` is (whatever was there goes). */
function plant(path: string, target: string): void {
  rmSync(path, { force: true });
  symlinkSync(target, path);
}

/** A journal with one entry (or none, for a link in the journal's own place) and a link planted at `suffix`. */
async function journalWithLink(suffix: string): Promise<{ file: string; target: string }> {
  const { dir, file } = tempJournal();
  if (suffix !== '') expect((await log(file, 'one')).code).toBe(0);
  const target = victim(dir);
  plant(`${file}${suffix}`, target);
  return { file, target };
}

const untouched = (path: string) => {
  expect(readFileSync(path, 'utf8')).toBe('not a journal: keep me as I am\n');
  expect(mode(path)).toBe(0o644);
};

describe('a link planted beside the journal', () => {
  it.each([
    ['the written note', '.written'],
    ['the newest backup', '.bak1'],
    ['the oldest backup', '.bak3'],
  ])('in place of %s is never written through by saves', async (_what, suffix) => {
    const { file, target } = await journalWithLink(suffix);
    for (const note of ['two', 'three', 'four']) expect((await log(file, note)).code).toBe(0);
    untouched(target);
  });

  it.each([
    ['the newest backup', '.bak1'],
    ['the draft', '.draft'],
  ])('in place of %s is neither read nor written by encrypt', async (_what, suffix) => {
    const { file, target } = await journalWithLink(suffix);
    await trust(['encrypt', '--file', file], { env: PASS });
    untouched(target);
  });

  it.each([
    ['the journal itself', ''],
    ['the newest backup', '.bak1'],
    ['the draft', '.draft'],
  ])('in place of %s keeps its target\'s mode under doctor --fix', async (_what, suffix) => {
    const { file, target } = await journalWithLink(suffix);
    const r = await trust(['doctor', '--fix', '--file', file]);
    expect(r.stderr).not.toMatch(/Something went wrong|at .*\.js/);
    untouched(target);
    expect(lstatSync(`${file}${suffix}`).isSymbolicLink()).toBe(true);
  });
});

describe('links the person set up', () => {
  it('a journal kept as a link to a real journal: doctor --fix makes that file private', async () => {
    const { dir, file } = tempJournal();
    const real = join(dir, 'synced.json');
    expect((await log(real, 'one')).code).toBe(0);
    chmodSync(real, 0o644);
    symlinkSync(real, file);
    const r = await trust(['doctor', '--fix', '--file', file]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(mode(real)).toBe(0o600);
    expect(lstatSync(file).isSymbolicLink()).toBe(true);
  });

  it('export --out to a link writes through it, and the link stays', async () => {
    const { dir, file } = tempJournal();
    expect((await log(file, 'one')).code).toBe(0);
    const out = join(dir, 'out.json');
    const target = join(dir, 'elsewhere.json');
    symlinkSync(target, out);
    const r = await trust(['export', '--file', file, '--out', out]);
    expect(r.code).toBe(0);
    expect(lstatSync(out).isSymbolicLink()).toBe(true);
    expect(readFileSync(target, 'utf8')).toContain('"one"');
    expect(mode(target)).toBe(0o600);
  });
});
