// Where the passphrase comes from: the controlling terminal even when stdin
// and stdout are redirected, a keyring command, a retry after a typo, and a
// change of passphrase in one step.
import { describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync, chmodSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { tempJournal } from '../helpers/cli.js';
import { ptyTrust, keys } from '../helpers/pty.js';
import { filesIn, ok, on, PASS, PRIVATE, privateJournal } from './crypt-helpers.js';

const COST = { TRUST_KDF_COST: '10' };

async function sealedJournal(): Promise<{ dir: string; file: string }> {
  const j = await privateJournal();
  await ok(on(j.file, ['encrypt'], { env: PASS }));
  return j;
}

describe('the passphrase on the controlling terminal', () => {
  it('`trust report --format html > week.html` asks on the terminal and writes the page', async () => {
    const { dir, file } = await sealedJournal();
    const out = join(dir, 'week.html');
    const r = await ptyTrust(['report', '--format', 'html', '--file', file], [{ wait: 'Passphrase', send: `${PASS.TRUST_PASSPHRASE}${keys.enter}` }], { HOME: dir, ...COST }, `> '${out}' < /dev/null`);
    expect(r.stuck).toBeNull();
    expect(r.code).toBe(0);
    const html = readFileSync(out, 'utf8');
    expect(html).toMatch(/^<!doctype html>/i);
    expect(html).not.toContain('Passphrase');
  });

  it('asks again after a typo, then opens', async () => {
    const { dir, file } = await sealedJournal();
    const r = await ptyTrust(['list', '--file', file], [
      { wait: 'Passphrase', send: `not it${keys.enter}` },
      { wait: 'Try again', send: '' },
      { wait: 'Passphrase', send: `${PASS.TRUST_PASSPHRASE}${keys.enter}` },
    ], { HOME: dir, ...COST }, `> '${join(dir, 'list.txt')}'`);
    expect(r.stuck).toBeNull();
    expect(r.code).toBe(0);
    expect(readFileSync(join(dir, 'list.txt'), 'utf8')).toContain(PRIVATE[1]);
  });

  it('with no terminal at all, says how to give it (exit 1) and changes nothing', async () => {
    const { file } = await sealedJournal();
    const before = readFileSync(file);
    const r = await on(file, ['list'], { env: COST });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('TRUST_PASSPHRASE_COMMAND');
    expect(readFileSync(file).equals(before)).toBe(true);
  });
});

describe('TRUST_PASSPHRASE_COMMAND', () => {
  const keyring = (dir: string, body: string) => {
    const path = join(dir, 'keyring.sh');
    writeFileSync(path, `#!/bin/sh\n${body}\n`);
    chmodSync(path, 0o700);
    return path;
  };

  it('opens the journal with what the command prints, and the command never sees a passphrase variable', async () => {
    const { dir, file } = await sealedJournal();
    const seen = join(dir, 'seen.txt');
    const cmd = keyring(dir, `env > '${seen}'; printf '%s\\n' '${PASS.TRUST_PASSPHRASE}'`);
    const r = await ok(on(file, ['list', '--json'], { env: { ...COST, TRUST_PASSPHRASE_COMMAND: cmd, TRUST_NEW_PASSPHRASE: 'should not leak' } }));
    expect(JSON.parse(r.stdout)).toHaveLength(3);
    const env = readFileSync(seen, 'utf8');
    expect(env).not.toMatch(/TRUST_(NEW_)?PASSPHRASE/);
  });

  it.each([
    ['fails', 'exit 3', 'exit 3'],
    ['prints nothing', 'true', 'printed nothing'],
  ])('a command that %s: exit 1, one clear line, unchanged', async (_what, body, why) => {
    const { dir, file } = await sealedJournal();
    const before = readFileSync(file);
    const r = await on(file, ['log', '--gratitude', 'tea'], { env: { ...COST, TRUST_PASSPHRASE_COMMAND: keyring(dir, body) } });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(why);
    expect(r.stderr).not.toContain('    at ');
    expect(readFileSync(file).equals(before)).toBe(true);
  });

  it('a wrong passphrase from the command is not retried: exit 1', async () => {
    const { dir, file } = await sealedJournal();
    const r = await on(file, ['list'], { env: { ...COST, TRUST_PASSPHRASE_COMMAND: keyring(dir, 'echo wrong') } });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('passphrase is wrong');
  });
});

describe('trust encrypt --change', () => {
  it('seals the journal, backups and draft with the new passphrase; the old one no longer opens any of them', async () => {
    const { dir, file } = await sealedJournal();
    const NEW = 'a new and longer passphrase';
    const r = await ok(on(file, ['encrypt', '--change'], { env: { ...PASS, TRUST_NEW_PASSPHRASE: NEW } }));
    expect(r.stdout).toContain('new passphrase');
    const old = await on(file, ['list'], { env: PASS });
    expect(old.code).toBe(1);
    const opened = await ok(on(file, ['list', '--json'], { env: { ...COST, TRUST_PASSPHRASE: NEW } }));
    expect(JSON.parse(opened.stdout)).toHaveLength(3);
    // Every copy beside it is sealed, none readable, and none opens with the old passphrase.
    for (const [name, text] of filesIn(dir)) for (const secret of PRIVATE) expect(text, name).not.toContain(secret);
    const restore = await on(file, ['doctor', '--json'], { env: { ...COST, TRUST_PASSPHRASE: NEW } });
    expect(restore.code).toBe(0);
  });

  it('at a terminal: asks the old one, then the new one twice, warning before a short one', async () => {
    const { dir, file } = await sealedJournal();
    const r = await ptyTrust(['encrypt', '--change', '--file', file], [
      { wait: 'Passphrase', send: `${PASS.TRUST_PASSPHRASE}${keys.enter}` },
      { wait: 'Choose a passphrase', send: `short${keys.enter}` },
      { wait: 'Use it anyway', send: `n${keys.enter}` },
      { wait: 'Choose a passphrase', send: `long enough passphrase${keys.enter}` },
      { wait: 'once more', send: `long enough passphrase${keys.enter}` },
    ], { HOME: dir, ...COST });
    expect(r.stuck).toBeNull();
    expect(r.code).toBe(0);
    await ok(on(file, ['list'], { env: { ...COST, TRUST_PASSPHRASE: 'long enough passphrase' } }));
  });

  it.each([
    ['a plain journal', false, 2],
    ['no new passphrase and no terminal', true, 1],
  ])('%s: refused, unchanged', async (_what, sealed, code) => {
    const j = sealed ? await sealedJournal() : await privateJournal();
    const before = readFileSync(j.file);
    const r = await on(j.file, ['encrypt', '--change'], { env: PASS });
    expect(r.code).toBe(code);
    expect(r.stderr.trim().split('\n').length).toBeLessThanOrEqual(2);
    expect(readFileSync(j.file).equals(before)).toBe(true);
  });

  it('a short new passphrase from the environment is warned about on stderr, before the change', async () => {
    const { file } = await sealedJournal();
    const r = await on(file, ['encrypt', '--change'], { env: { ...PASS, TRUST_NEW_PASSPHRASE: 'short' } });
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('short');
  });
});

it('the plain journal of a new user is never touched by a passphrase command', async () => {
  const { file } = tempJournal();
  const r = await on(file, ['jar', 'add', 'Kept a promise'], { env: { TRUST_PASSPHRASE_COMMAND: 'exit 9' } });
  expect(r.code).toBe(0);
  expect(existsSync(file)).toBe(true);
});
