// When the disk is full, the folder read-only or the file out of reach:
// exit 1, a clear message, the journal untouched. Tests run as root here, and
// permission bits do not stop root, so real mechanisms are used instead: a
// small tmpfs (full disk), a read-only remount, `chattr +i`, and running the
// binary as an unprivileged user. Each is skipped, saying why, where this
// machine does not allow it.
import { spawnSync } from 'node:child_process';
import { appendFileSync, chmodSync, chownSync, mkdirSync, readdirSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readJournal, snapshot, tempDir, trust, type Run } from '../helpers/cli.js';

const isRoot = process.getuid?.() === 0;
const run = (cmd: string, ...args: string[]) => spawnSync(cmd, args, { encoding: 'utf8' });

/** Tries a mechanism once on a scratch folder; the reason it is unavailable, or undefined. */
function probe(attempt: (dir: string) => ReturnType<typeof run>, undo: (dir: string) => void): string | undefined {
  const dir = tempDir();
  const r = attempt(dir);
  if (r.status !== 0) return (r.stderr || r.error?.message || 'failed').trim().split('\n')[0];
  undo(dir);
  return undefined;
}

const noMount = probe((d) => run('mount', '-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', d), (d) => run('umount', d));
const noChattr = probe((d) => (writeFileSync(join(d, 'f'), ''), run('chattr', '+i', join(d, 'f'))), (d) => run('chattr', '-i', join(d, 'f')));
const noOtherUser = !isRoot ? 'not running as root (permission bits apply; nothing to switch to)' : undefined;

const mounts: string[] = [];
afterAll(() => {
  for (const m of mounts) if (run('umount', m).status !== 0) run('umount', '-l', m);
});

/** A journal on its own tmpfs of `size`, with a few entries in it. */
async function journalOnTmpfs(size: string): Promise<{ mnt: string; file: string }> {
  const mnt = tempDir();
  expect(run('mount', '-t', 'tmpfs', '-o', `size=${size},mode=0700`, 'tmpfs', mnt).status).toBe(0);
  mounts.push(mnt);
  const file = join(mnt, 'trust', 'journal.json');
  for (let i = 0; i < 3; i++) {
    const r = await trust(['log', '--file', file, '--thought', `${i} ${'a long thought '.repeat(200)}`, '--action', 'talk']);
    expect(r.code).toBe(0);
  }
  return { mnt, file };
}

/** Fills the tmpfs page by page, then frees `free` pages again. */
function fill(mnt: string, free: number): void {
  const page = Buffer.alloc(4096, 1);
  let n = 0;
  try {
    for (;;) appendFileSync(join(mnt, `filler${n++}`), page);
  } catch {
    // full
  }
  for (let i = 0; i < free; i++) unlinkSync(join(mnt, `filler${i}`));
}

const everything = (file: string) => ({ journal: snapshot(file), bak1: snapshot(`${file}.bak1`), bak2: snapshot(`${file}.bak2`) });
const temps = (dir: string) => readdirSync(dir).filter((n) => n.endsWith('.tmp') || n.endsWith('.lock'));

function failedCleanly(r: Run, file: string, why: RegExp): void {
  expect(r.code).toBe(1);
  expect(r.stdout).toBe('');
  const [first, hint] = r.stderr.trim().split('\n');
  expect(first).toContain(file);
  expect(hint).toMatch(why);
  expect(hint).toMatch(/Nothing was changed/);
}

describe.skipIf(noMount)(`a full disk${noMount ? ` (skipped: cannot mount a tmpfs: ${noMount})` : ''}`, () => {
  it.each([
    ['with no room at all', 0, /Could not lock the journal/],
    ['with room for the lock but not the new journal', 2, /Could not write the journal/],
  ])('%s: exit 1, says the disk is full, journal and backups untouched', async (_why, free, first) => {
    const { mnt, file } = await journalOnTmpfs('256k');
    fill(mnt, free);
    const before = everything(file);
    const r = await trust(['log', '--file', file, '--thought', 'x'.repeat(20_000), '--action', 'y']);
    failedCleanly(r, file, /disk is full/);
    expect(r.stderr).toMatch(first);
    expect(everything(file)).toEqual(before);
    expect(temps(join(mnt, 'trust'))).toEqual([]);
    // Reading still works, and so does the check-up.
    expect((await trust(['list', '--file', file])).code).toBe(0);
    expect((await trust(['doctor', '--file', file])).code).toBe(0);
  });
});

describe.skipIf(noMount)(`a read-only folder${noMount ? ` (skipped: cannot mount a tmpfs: ${noMount})` : ''}`, () => {
  it('exit 1, says it is read-only, journal untouched; reading still works', async () => {
    const { mnt, file } = await journalOnTmpfs('1m');
    expect(run('mount', '-o', 'remount,ro', mnt).status).toBe(0);
    const before = everything(file);
    const r = await trust(['log', '--file', file, '--checklist', 'repair']);
    failedCleanly(r, file, /read-only/);
    expect(everything(file)).toEqual(before);
    const list = await trust(['list', '--json', '--file', file]);
    expect(list.code).toBe(0);
    expect(JSON.parse(list.stdout)).toHaveLength(3);
  });
});

describe.skipIf(noChattr)(`an immutable file or folder${noChattr ? ` (skipped: chattr +i unavailable: ${noChattr})` : ''}`, () => {
  it.each([
    ['the folder', (dir: string) => dir],
    ['the journal file', (dir: string) => join(dir, 'journal.json')],
  ])('%s: exit 1, a permissions hint, journal untouched', async (_what, target) => {
    const dir = tempDir();
    const file = join(dir, 'journal.json');
    expect((await trust(['log', '--file', file, '--checklist', 'repair'])).code).toBe(0);
    expect((await trust(['log', '--file', file, '--checklist', 'check-in'])).code).toBe(0);
    const before = everything(file);
    expect(run('chattr', '+i', target(dir)).status).toBe(0);
    try {
      const r = await trust(['log', '--file', file, '--checklist', 'privacy']);
      failedCleanly(r, file, /permissions/);
      expect(everything(file)).toEqual(before);
      expect(temps(dir)).toEqual([]);
    } finally {
      run('chattr', '-i', target(dir));
    }
    expect(readJournal(file).entries).toHaveLength(2);
  });
});

describe.skipIf(noOtherUser)(`permission denied${noOtherUser ? ` (skipped: ${noOtherUser})` : ''}`, () => {
  it.each([
    ['reading a journal in a folder that is not theirs', ['list'], 0o700],
    ['writing into a folder they may only read', ['log', '--checklist', 'repair'], 0o755],
  ])('%s: exit 1, a permissions hint, journal untouched', async (_what, args, folderMode) => {
    const base = tempDir();
    chmodSync(base, 0o711);
    const home = join(base, 'home');
    mkdirSync(home);
    chownSync(home, 65534, 65534);
    const dir = join(base, 'journal');
    const file = join(dir, 'journal.json');
    expect((await trust(['log', '--file', file, '--checklist', 'check-in'])).code).toBe(0);
    chmodSync(dir, folderMode);
    chmodSync(file, 0o644);
    const before = snapshot(file);
    const r = await trust([...args, '--file', file], { env: { HOME: home }, cwd: '/', uid: 65534, gid: 65534 });
    failedCleanly(r, file, /permissions/);
    expect(r.stderr).toContain('EACCES');
    expect(snapshot(file)).toBe(before);
    expect(temps(dir)).toEqual([]);
  });
});
