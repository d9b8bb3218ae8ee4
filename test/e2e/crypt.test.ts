import { copyFileSync, cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { mode, readJournal, snapshot, tempDir, tempJournal } from '../helpers/cli.js';
import { isSealedFile, ok, on, PASS, PRIVATE, privateJournal, readableIn } from './crypt-helpers.js';

type Entry = { id: string; thought?: string; gratitude?: string[] };
const entriesOf = (stdout: string) => JSON.parse(stdout) as Entry[];

describe('trust encrypt, then every command, then trust decrypt', () => {
  it('seals the journal, its backups, the draft and stray temp files; commands work; decrypt brings back plain JSON', async () => {
    const { dir, file } = await privateJournal();
    // An unfinished session and a temp file left by a killed write, both plain.
    writeFileSync(`${file}.draft`, JSON.stringify({ date: '2026-11-20', startedAt: 'x', answers: { thought: PRIVATE[0] } }), { mode: 0o600 });
    writeFileSync(join(dir, '.journal.json.99999.0badf00d.tmp'), PRIVATE[1] ?? '', { mode: 0o600 });
    expect(readableIn(dir).sort()).toEqual(['.journal.json.99999.0badf00d.tmp', 'journal.json', 'journal.json.bak1', 'journal.json.bak2', 'journal.json.draft']);

    const enc = await ok(on(file, ['encrypt'], { env: PASS }));
    expect(enc.stdout).toMatch(/^Encrypted .*journal\.json/);
    expect(enc.stdout).toMatch(/If it is lost, nobody can open the journal/);
    expect(readableIn(dir)).toEqual([]);
    for (const f of [file, `${file}.bak1`, `${file}.bak2`, `${file}.bak3`, `${file}.draft`]) {
      expect(isSealedFile(f), f).toBe(true);
      expect(mode(f), f).toBe(0o600);
    }
    expect(existsSync(join(dir, '.journal.json.99999.0badf00d.tmp'))).toBe(false);

    const listed = entriesOf((await ok(on(file, ['list', '--json'], { env: PASS }))).stdout);
    expect(listed.map((e) => e.thought ?? e.gratitude?.[0]).sort()).toEqual([`I keep thinking ${PRIVATE[0]}`, `She ${PRIVATE[1]}`, PRIVATE[2]]);
    const first = listed.find((e) => e.thought?.includes(PRIVATE[0] ?? '-'))?.id ?? '';
    expect((await ok(on(file, ['show', first.slice(0, 8)], { env: PASS }))).stdout).toContain(PRIVATE[0]);
    await ok(on(file, ['log', '--gratitude', 'held my hand at the doctor'], { env: PASS }));
    await ok(on(file, ['review', first.slice(0, 8), '--done', 'yes', '--outcome', 'she listened quietly'], { env: PASS }));
    const second = listed.find((e) => e.thought?.includes(PRIVATE[1] ?? '-'))?.id ?? '';
    await ok(on(file, ['delete', second, '--yes'], { env: PASS }));
    expect(isSealedFile(file)).toBe(true);
    expect(readableIn(dir, [...PRIVATE, 'held my hand at the doctor', 'she listened quietly'])).toEqual([]);

    const dec = await ok(on(file, ['decrypt'], { env: PASS }));
    expect(dec.stdout).toMatch(/^Decrypted .*plain JSON again/);
    const plain = readJournal(file);
    expect(plain.schemaVersion).toBe(1);
    expect(plain.entries.map((e) => e.kind).sort()).toEqual(['log', 'log', 'log', 'review']);
    expect(JSON.stringify(plain.entries)).toContain(PRIVATE[0]);
    expect(JSON.stringify(plain.entries)).toContain('she listened quietly');
    expect(JSON.stringify(plain.entries)).not.toContain(PRIVATE[1]);
    // Backups follow the journal, so `trust doctor` can restore them the same way.
    expect([1, 2, 3].map((n) => readJournal(`${file}.bak${n}`).entries.length)).toEqual([4, 5, 4]); // the journal as decrypted, then before the delete, before the review
    expect(JSON.parse(readFileSync(`${file}.draft`, 'utf8')).answers.thought).toBe(PRIVATE[0]);
    expect((await ok(on(file, ['list', '--json']))).stdout).toContain(PRIVATE[0]);
  });

  it('uses the real key cost unless told otherwise (log2 N = 16 in the header)', async () => {
    const { file } = tempJournal();
    await ok(on(file, ['log', '--gratitude', 'a kind word']));
    const env = { TRUST_PASSPHRASE: PASS.TRUST_PASSPHRASE };
    await ok(on(file, ['encrypt'], { env }));
    expect([...readFileSync(file).subarray(8, 12)]).toEqual([1, 16, 8, 1]);
    expect((await ok(on(file, ['list', '--json'], { env }))).stdout).toContain('a kind word');
  });

  it('encrypts a journal that does not exist yet, so nothing is ever written in the clear', async () => {
    const { file } = tempJournal();
    await ok(on(file, ['encrypt'], { env: PASS }));
    expect(isSealedFile(file)).toBe(true);
    expect(mode(file)).toBe(0o600);
    expect(entriesOf((await ok(on(file, ['list', '--json'], { env: PASS }))).stdout)).toEqual([]);
  });

  it('leaves a backup sealed with another passphrase encrypted, and says so', async () => {
    const { file } = tempJournal();
    await ok(on(file, ['encrypt'], { env: { ...PASS, TRUST_PASSPHRASE: 'an old one' } }));
    const other = `${file}.other`;
    copyFileSync(file, other);
    await ok(on(file, ['decrypt'], { env: { ...PASS, TRUST_PASSPHRASE: 'an old one' } }));
    await ok(on(file, ['encrypt'], { env: PASS }));
    copyFileSync(other, `${file}.bak1`); // decrypting moves it along to .bak2
    const before = snapshot(`${file}.bak1`);
    const dec = await ok(on(file, ['decrypt'], { env: PASS }));
    expect(dec.stdout).toMatch(/1 older copy .* stays encrypted/);
    expect(snapshot(`${file}.bak2`)).toBe(before);
    expect(readJournal(`${file}.bak1`).entries).toEqual([]);
  });
});

describe('a copy that cannot be encrypted', () => {
  it('is named, with the way out (exit 1), and the journal is left as it was', async () => {
    const { file } = await privateJournal();
    mkdirSync(`${file}.draft`); // unreadable as a file, like one with broken permissions
    const before = snapshot(file);
    const r = await on(file, ['encrypt'], { env: PASS });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/Could not encrypt .*journal\.json\.draft, a copy of .*journal\.json, so the journal was left as it was/);
    expect(r.stderr).toMatch(/then run `trust encrypt` again/);
    expect(snapshot(file)).toBe(before);
    expect(isSealedFile(file)).toBe(false);
  });
});

describe('a wrong or missing passphrase changes nothing', () => {
  const wrong = { ...PASS, TRUST_PASSPHRASE: 'tea at eight' };
  const noPass = { TRUST_KDF_COST: '10' };
  let sealedDir = '';
  beforeAll(async () => {
    const { dir, file } = await privateJournal();
    await ok(on(file, ['encrypt'], { env: PASS }));
    sealedDir = dir;
  });
  it.each<[string, string[], Record<string, string>, RegExp]>([
    ['list, wrong', ['list'], wrong, /the passphrase is wrong, or the file is damaged/],
    ['log, wrong', ['log', '--gratitude', 'x'], wrong, /the passphrase is wrong, or the file is damaged/],
    ['decrypt, wrong', ['decrypt'], wrong, /the passphrase is wrong, or the file is damaged/],
    ['list, missing', ['list'], noPass, /encrypted, and there is no terminal[^]*Set TRUST_PASSPHRASE/],
    ['log, missing', ['log', '--gratitude', 'x'], noPass, /encrypted, and there is no terminal[^]*Set TRUST_PASSPHRASE/],
    ['decrypt, missing', ['decrypt'], noPass, /encrypted, and there is no terminal[^]*Set TRUST_PASSPHRASE/],
    ['decrypt, empty', ['decrypt'], { ...noPass, TRUST_PASSPHRASE: '' }, /Set TRUST_PASSPHRASE/],
  ])('%s: exit 1, file and backups byte-for-byte the same', async (_name, args, env, message) => {
    const dir = tempDir();
    cpSync(sealedDir, dir, { recursive: true });
    const file = join(dir, 'journal.json');
    const before = [file, `${file}.bak1`, `${file}.bak2`].map(snapshot);
    const r = await on(file, args, { env });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(message);
    expect(r.stderr.split('\n').filter(Boolean).length).toBeLessThanOrEqual(2);
    expect(r.stderr).not.toMatch(/affair|messages|soup/);
    expect([file, `${file}.bak1`, `${file}.bak2`].map(snapshot)).toEqual(before);
  });

  it('encrypting with no passphrase and no terminal: exit 1, unchanged', async () => {
    const { file } = await privateJournal();
    const before = snapshot(file);
    const r = await on(file, ['encrypt'], { env: noPass });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/no passphrase to encrypt[^]*Set TRUST_PASSPHRASE/);
    expect(snapshot(file)).toBe(before);
  });
});

describe('bad usage is exit 2 and changes nothing', () => {
  it.each<[string, boolean, string[], Record<string, string>, RegExp]>([
    ['encrypt an encrypted journal', true, ['encrypt'], PASS, /already encrypted/],
    ['decrypt a plain journal', false, ['decrypt'], PASS, /not encrypted, so there is nothing to decrypt/],
    ['encrypt with an empty TRUST_PASSPHRASE', false, ['encrypt'], { ...PASS, TRUST_PASSPHRASE: '' }, /TRUST_PASSPHRASE is empty/],
    ['encrypt with a nonsense TRUST_KDF_COST', false, ['encrypt'], { ...PASS, TRUST_KDF_COST: '3' }, /TRUST_KDF_COST takes a whole number from 10 to 17/],
  ])('%s', async (_name, sealed, args, env, message) => {
    const { file } = tempJournal();
    await ok(on(file, ['log', '--gratitude', 'x']));
    if (sealed) await ok(on(file, ['encrypt'], { env: PASS }));
    const before = [file, `${file}.bak1`].map(snapshot);
    const r = await on(file, args, { env });
    expect(r.stderr).toMatch(message);
    expect(r.code).toBe(2);
    expect([file, `${file}.bak1`].map(snapshot)).toEqual(before);
  });

  it('decrypt with no journal at all: exit 2, and no file is made', async () => {
    const { file } = tempJournal();
    const r = await on(file, ['decrypt'], { env: PASS });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/no journal at .* yet/);
    expect(existsSync(file)).toBe(false);
  });
});
