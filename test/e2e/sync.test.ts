// The journal on real sync engines: a true `git merge` through the merge
// driver, and Syncthing-style conflict copies merged by `trust sync`.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BIN, tempDir, tempJournal, trust } from '../helpers/cli.js';

const has = (tool: string) => spawnSync('sh', ['-c', `command -v ${tool}`]).status === 0;
const entries = async (file: string) => JSON.parse((await trust(['list', '--json', '--file', file])).stdout) as { id: string; gratitude?: string[] }[];
const add = async (file: string, what: string) => {
  const r = await trust(['log', '--gratitude', what, '--file', file]);
  expect(r.code, r.stderr).toBe(0);
  return r.stdout.trim();
};

describe.skipIf(!has('git'))('trust merge-driver in a real git merge', () => {
  const git = (cwd: string, ...args: string[]) => {
    const r = spawnSync('git', args, { cwd, encoding: 'utf8', env: { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@example.org', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@example.org', TRUST_NOW: '2026-11-20', NO_COLOR: '1' } });
    return r;
  };
  const repo = async (driver: boolean) => {
    const dir = tempDir();
    git(dir, 'init', '-q', '-b', 'main');
    if (driver) {
      git(dir, 'config', 'merge.trust.driver', `"${process.execPath}" "${BIN}" merge-driver %O %A %B`);
      writeFileSync(join(dir, '.gitattributes'), 'journal.json merge=trust\n');
    }
    writeFileSync(join(dir, '.gitignore'), 'journal.json.*\n');
    const file = join(dir, 'journal.json');
    const first = await add(file, 'Made tea before I asked');
    git(dir, 'add', '.');
    git(dir, 'commit', '-qm', 'first');
    git(dir, 'checkout', '-qb', 'laptop');
    const theirs = await add(file, 'Called at lunch, as promised');
    git(dir, 'commit', '-qam', 'laptop');
    git(dir, 'checkout', '-q', 'main');
    const ours = await add(file, 'Left the phone on the table');
    git(dir, 'commit', '-qam', 'phone');
    return { dir, file, ids: [first, theirs, ours] };
  };

  it('merges both sides by id, with no conflict, and the journal still reads', async () => {
    const { dir, file, ids } = await repo(true);
    const merge = git(dir, 'merge', '-q', '--no-edit', 'laptop');
    expect(merge.status, merge.stdout + merge.stderr).toBe(0);
    expect((await entries(file)).map((e) => e.id).sort()).toEqual([...ids].sort());
    expect(git(dir, 'status', '--porcelain').stdout).toBe('');
    // and the next entry goes on top of the merge
    await add(file, 'Asked before assuming');
    expect(await entries(file)).toHaveLength(4);
  });

  it('without the driver the same merge conflicts (so the driver is what mends it)', async () => {
    const { dir } = await repo(false);
    expect(git(dir, 'merge', '-q', '--no-edit', 'laptop').status).not.toBe(0);
  });

  it('a side that is not a journal: exit 1, so git leaves the conflict for a person', async () => {
    const dir = tempDir();
    const good = join(dir, 'ours.json');
    await add(good, 'Made tea');
    const before = readFileSync(good);
    writeFileSync(join(dir, 'theirs.json'), '<<<<<<< not json');
    const r = await trust(['merge-driver', join(dir, 'base.json'), good, join(dir, 'theirs.json')]);
    expect(r.code).toBe(1);
    expect(r.stderr.trim().split('\n').length).toBeLessThanOrEqual(2);
    expect(readFileSync(good).equals(before)).toBe(true);
  });
});

describe('trust sync', () => {
  const conflictCopy = async (file: string, dir: string, device: string, what: string) => {
    const copy = join(dir, `journal.sync-conflict-20261120-101500-${device}.json`);
    copyFileSync(file, copy);
    await add(copy, what);
    return copy;
  };

  it('merges every conflict copy beside the journal and removes each one', async () => {
    const { dir, file } = tempJournal();
    await add(file, 'Made tea');
    const a = await conflictCopy(file, dir, 'LAPTOP', 'Called at lunch');
    const b = await conflictCopy(file, dir, 'PHONE', 'Held my hand');
    const r = await trust(['sync', '--file', file]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('LAPTOP');
    expect(r.stdout).toContain('PHONE');
    expect(existsSync(a) || existsSync(b)).toBe(false);
    const all = (await entries(file)).flatMap((e) => e.gratitude ?? []);
    expect(all.sort()).toEqual(['Called at lunch', 'Held my hand', 'Made tea']);
    const again = await trust(['sync', '--json', '--file', file]);
    expect(JSON.parse(again.stdout)).toEqual({ merged: [], total: 3 });
  });

  it('--json says what each copy brought', async () => {
    const { dir, file } = tempJournal();
    await add(file, 'Made tea');
    const copy = await conflictCopy(file, dir, 'LAPTOP', 'Called at lunch');
    const r = await trust(['sync', '--json', '--file', file]);
    expect(JSON.parse(r.stdout)).toEqual({ merged: [{ file: copy, added: 1, conflicts: 0 }], total: 2 });
  });

  it('a damaged copy: refused as bad input (exit 2), the copy and the journal kept as they were', async () => {
    const { dir, file } = tempJournal();
    await add(file, 'Made tea');
    const before = readFileSync(file);
    const bad = join(dir, 'journal.sync-conflict-20261120-101500-BROKEN.json');
    writeFileSync(bad, '{"schemaVersion": 1, "entries": [');
    const r = await trust(['sync', '--file', file]);
    expect(r.code).toBe(2);
    expect(existsSync(bad)).toBe(true);
    expect(readFileSync(file).equals(before)).toBe(true);
  });

  it('a copy that would remove many entries needs --yes; without it the copy and the journal stay', async () => {
    const { dir, file } = tempJournal();
    for (const what of ['Made tea', 'Called', 'Held my hand', 'Asked first', 'Came home early']) await add(file, what);
    const copy = join(dir, 'journal.sync-conflict-20261120-101500-OLD.json');
    const j = JSON.parse(readFileSync(file, 'utf8'));
    writeFileSync(copy, JSON.stringify({ ...j, entries: [], deleted: j.entries.map((e: { id: string }) => e.id) }));
    const before = readFileSync(file);
    const refused = await trust(['sync', '--file', file]);
    expect(refused.code).toBe(2);
    expect(readFileSync(file).equals(before)).toBe(true);
    expect(existsSync(copy)).toBe(true);
    const agreed = await trust(['sync', '--yes', '--file', file]);
    expect(agreed.code).toBe(0);
    expect(await entries(file)).toHaveLength(0);
    expect(existsSync(copy)).toBe(false);
  });

  it('leaves other files alone', async () => {
    const { dir, file } = tempJournal();
    await add(file, 'Made tea');
    writeFileSync(join(dir, 'notes.sync-conflict-20261120-101500-LAPTOP.json'), '{}');
    const r = await trust(['sync', '--file', file]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('nothing to merge');
    expect(readdirSync(dir)).toContain('notes.sync-conflict-20261120-101500-LAPTOP.json');
  });
});
