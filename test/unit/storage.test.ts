import { spawnSync } from 'node:child_process';
import { existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { emptyJournal } from '../../src/domain/types.js';
import { JournalError } from '../../src/errors.js';
import { loadDraft, saveDraft } from '../../src/storage/draft.js';
import { plainCodec } from '../../src/storage/codec.js';
import { readVersion, removeLeftovers, writeAtomic } from '../../src/storage/file.js';
import { identityOf } from '../../src/storage/identity.js';
import { Store } from '../../src/storage/journal.js';
import { backupPath, draftPath, isTempOf, leftoverTemps } from '../../src/storage/paths.js';
import { serialize } from '../../src/storage/schema.js';
import { mode, snapshot, tempJournal } from '../helpers/cli.js';

const deadPid = () => spawnSync(process.execPath, ['-e', '']).pid as number;
const text = (path: string) => readFileSync(path, 'utf8');
const entry = (n: number) => ({ id: `id-${n}`, kind: 'jar' as const, date: '2026-11-20', createdAt: '2026-11-20T12:00:00Z', change: 'add' as const, text: `t${n}`, marbles: 1 });

describe('writeAtomic', () => {
  it('creates missing folders (its own as 0700) and the file as 0600, leaving no temp file', async () => {
    const { dir } = tempJournal();
    const file = join(dir, 'a', 'trust', 'journal.json');
    await writeAtomic(file, Buffer.from('one'));
    expect(text(file)).toBe('one');
    expect(mode(file)).toBe(0o600);
    expect(mode(join(dir, 'a', 'trust'))).toBe(0o700);
    expect(readdirSync(join(dir, 'a', 'trust'))).toEqual(['journal.json']);
  });

  it('keeps the last three versions as private backups, newest first', async () => {
    const { file } = tempJournal();
    for (const v of ['v1', 'v2', 'v3', 'v4', 'v5']) await writeAtomic(file, Buffer.from(v));
    expect([file, backupPath(file, 1), backupPath(file, 2), backupPath(file, 3)].map(text)).toEqual(['v5', 'v4', 'v3', 'v2']);
    expect(existsSync(backupPath(file, 4))).toBe(false);
    for (let n = 1; n <= 3; n++) expect(mode(backupPath(file, n))).toBe(0o600);
  });

  it('does not let an empty file push good backups out', async () => {
    const { file } = tempJournal();
    await writeAtomic(file, Buffer.from('v1'));
    await writeAtomic(file, Buffer.from(''));
    await writeAtomic(file, Buffer.from('v3'));
    expect(text(backupPath(file, 1))).toBe('v1');
    expect(existsSync(backupPath(file, 2))).toBe(false);
  });

  it('writes through a symlinked journal (its real path), and its backup is a real copy beside the real file', async () => {
    const { dir, file } = tempJournal();
    mkdirSync(join(dir, 'synced'));
    const real = join(dir, 'synced', 'journal.json');
    writeFileSync(real, 'old', { mode: 0o600 });
    symlinkSync(real, file);
    expect(identityOf(file)).toBe(real);
    await writeAtomic(identityOf(file), Buffer.from('new'));
    expect(lstatSync(file).isSymbolicLink()).toBe(true);
    expect(text(real)).toBe('new');
    expect(lstatSync(backupPath(real, 1)).isSymbolicLink()).toBe(false);
    expect(text(backupPath(real, 1))).toBe('old');
    expect(readdirSync(dir).sort()).toEqual(['journal.json', 'synced']);
  });

  it('replaces a link at the path it is given, never writing through it', async () => {
    const { dir, file } = tempJournal();
    const elsewhere = join(dir, 'elsewhere');
    writeFileSync(elsewhere, 'not ours', { mode: 0o644 });
    symlinkSync(elsewhere, file);
    await writeAtomic(file, Buffer.from('new'), { backups: 0 });
    expect(lstatSync(file).isFile()).toBe(true);
    expect(text(file)).toBe('new');
    expect(text(elsewhere)).toBe('not ours');
  });

  it.each([
    ['new bytes', Buffer.from('would lose theirs')],
    ['an extension', { keep: 2, tail: Buffer.from('!') }],
  ])('refuses to save %s over a version other than the one read, leaving it untouched', async (_, bytes) => {
    const { dir, file } = tempJournal();
    await writeAtomic(file, Buffer.from('mine'));
    const seen = (await readVersion(file))?.id ?? null;
    await writeAtomic(file, Buffer.from('theirs, saved by a sync tool'));
    const before = snapshot(file);
    const attempt = writeAtomic(file, bytes, { expect: seen });
    await expect(attempt).rejects.toThrow(/changed by another program/);
    expect(snapshot(file)).toBe(before);
    expect(readdirSync(dir).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });

  it('extends the file there without reading it: its first bytes kept, then the tail, mode 0600, the old one a backup', async () => {
    const { file } = tempJournal();
    writeFileSync(file, 'head,the old end, longer than the new one', { mode: 0o644 });
    const seen = (await readVersion(file))?.id ?? null;
    await writeAtomic(file, { keep: 'head,'.length, tail: Buffer.from('new end\n') }, { expect: seen });
    expect(text(file)).toBe('head,new end\n');
    expect(mode(file)).toBe(0o600);
    expect(text(backupPath(file, 1))).toBe('head,the old end, longer than the new one');
  });

  it('names the file when the folder cannot be written', async () => {
    const { dir } = tempJournal();
    writeFileSync(join(dir, 'not-a-folder'), '');
    const file = join(dir, 'not-a-folder', 'journal.json');
    await expect(writeAtomic(file, Buffer.from('x'))).rejects.toThrow(new RegExp(`Could not write the journal ${file} \\(ENOTDIR\\)`));
  });
});

describe('leftoverTemps', () => {
  it.each([
    ['.journal.json.123.ab12cd34.tmp', 123],
    ['.journal.json.draft.77.0f.tmp', 77],
    ['.journal.json.lock.9.ff.tmp', 9],
    ['.journal.json.bak.9.ff.tmp', 9],
    ['.journal.json.bak1.9.ff.tmp', 9],
    ['.journal.json.export.31.ab.tmp', 31],
    ['.journal.json.exports.31.ab.tmp', undefined],
    ['.journal.json.bakx.9.ff.tmp', undefined],
    ['.other.json.12.ab.tmp', undefined],
    ['journal.json.12.ab.tmp', undefined],
    ['.journal.json.x12.ab.tmp', undefined],
    ['.journalXjson.12.ab.tmp', undefined],
  ])('%s', (name, pid) => {
    const found = leftoverTemps('/j/journal.json', [name]);
    expect(found[0]?.pid).toBe(pid);
    if (pid !== undefined) expect(found[0]?.path).toBe(`/j/${name}`);
  });
});

describe('isTempOf', () => {
  it.each([
    ['/out/.week.md.42.0badf00d.tmp', 42, true],
    ['/out/.week.md.43.0badf00d.tmp', 42, false],
    ['/out/week.md', 42, false],
    ['out/.week.md.42.0badf00d.tmp', 42, false],
    ['/home/me/.ssh/id_rsa', 42, false],
  ])('%s of %d: %s', (path, pid, want) => {
    expect(isTempOf(path, pid)).toBe(want);
  });
});

describe('Store', () => {
  it('removes temp files and a breaker turn of killed processes on the next save, but not those of running ones', async () => {
    const { dir, file } = tempJournal();
    const dead = join(dir, `.journal.json.${deadPid()}.0badf00d.tmp`);
    const live = join(dir, `.journal.json.${process.pid}.0badf00d.tmp`);
    writeFileSync(dead, 'half');
    writeFileSync(live, 'half');
    expect(await removeLeftovers(file)).toBe(1);
    writeFileSync(dead, 'half');
    writeFileSync(`${file}.lock.break`, String(deadPid()));
    await new Store(file).update((j) => void j.entries.push(entry(1)));
    expect(existsSync(dead)).toBe(false);
    expect(existsSync(`${file}.lock.break`)).toBe(false);
    expect(existsSync(live)).toBe(true);
  });

  it('writes nothing, not even a backup, when the change throws', async () => {
    const { file } = tempJournal();
    const store = new Store(file);
    await store.update((j) => void j.entries.push(entry(1)));
    const before = snapshot(file);
    await expect(store.update(() => { throw new Error('no'); })).rejects.toThrow('no');
    expect(snapshot(file)).toBe(before);
    expect(existsSync(backupPath(file, 1))).toBe(false);
  });

  it.each([
    ['missing', (file: string) => void file],
    ['empty', (file: string) => writeFileSync(file, '')],
  ])('will not start afresh over a %s journal whose backups remain', async (what, damage) => {
    const { file } = tempJournal();
    writeFileSync(backupPath(file, 1), serialize({ ...emptyJournal(), entries: [entry(1)] }));
    damage(file);
    const before = snapshot(file);
    const error = await new Store(file).update((j) => void j.entries.push(entry(2))).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(JournalError);
    expect((error as JournalError).message).toBe(`The journal ${file} is ${what}, but its backups are still there.`);
    expect((error as JournalError).hint).toMatch(/trust doctor --restore/);
    expect(snapshot(file)).toBe(before);
  });

  it('treats an empty file as a new journal when there are no backups', async () => {
    const { file } = tempJournal();
    writeFileSync(file, '\n');
    const store = new Store(file);
    expect(await store.read()).toEqual(emptyJournal());
    await store.update((j) => void j.entries.push(entry(1)));
    expect((await store.read()).entries).toHaveLength(1);
  });
});

describe('drafts', () => {
  it('are private, and an unreadable one is ignored rather than fatal', async () => {
    const { file } = tempJournal();
    await saveDraft(file, plainCodec, { date: '2026-11-20', startedAt: '2026-11-20T20:00:00.000Z', answers: { a: 1 } });
    expect(mode(draftPath(file))).toBe(0o600);
    expect((await loadDraft(file, plainCodec))?.answers).toEqual({ a: 1 });
    writeFileSync(draftPath(file), '{"date":');
    expect(await loadDraft(file, plainCodec)).toBeUndefined();
  });

  it('sit beside the real journal, and a link in their place is neither read nor written through', async () => {
    const { dir, file } = tempJournal();
    const real = join(dir, 'real.json');
    symlinkSync(real, file);
    const elsewhere = join(dir, 'elsewhere.json');
    const planted = JSON.stringify({ date: '2026-11-01', startedAt: 'x', answers: { planted: true } });
    writeFileSync(elsewhere, planted, { mode: 0o644 });
    symlinkSync(elsewhere, draftPath(real));
    expect(await loadDraft(file, plainCodec)).toBeUndefined();
    await saveDraft(file, plainCodec, { date: '2026-11-20', startedAt: '2026-11-20T10:00:00.000Z', answers: { a: 1 } });
    expect(text(elsewhere)).toBe(planted);
    expect(mode(elsewhere)).toBe(0o644);
    expect(lstatSync(draftPath(real)).isFile()).toBe(true);
    expect((await loadDraft(file, plainCodec))?.answers).toEqual({ a: 1 });
    expect(existsSync(draftPath(file))).toBe(false);
  });
});
