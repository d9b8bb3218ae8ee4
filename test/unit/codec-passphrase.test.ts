// Where the passphrase comes from: the environment, a terminal, or nowhere.
import { describe, expect, it } from 'vitest';
import { JournalError, UsageError } from '../../src/errors.js';
import { passphraseSecrets } from '../../src/ui/passphrase.js';
import { scripted, type Scripted } from '../helpers/prompter.js';

const FILE = '/tmp/j.json';
const noTerminal = async () => undefined;
const typed = (...answers: string[]): Scripted[] => answers.map((text) => ({ text }));

function atTerminal(answers: Scripted[]) {
  const p = scripted(answers);
  let loaded = 0;
  const secrets = passphraseSecrets({}, async () => {
    loaded++;
    return p;
  });
  return { p, secrets, loaded: () => loaded };
}

async function thrown(p: Promise<unknown>): Promise<unknown> {
  return p.then(() => undefined, (e: unknown) => e);
}

describe('reading the passphrase', () => {
  it('takes TRUST_PASSPHRASE without loading the prompt library', async () => {
    let loaded = 0;
    const s = passphraseSecrets({ TRUST_PASSPHRASE: 'from env' }, async () => {
      loaded++;
      return scripted([]);
    });
    expect(await s.passphrase(FILE)).toBe('from env');
    expect(await s.newPassphrase(FILE)).toBe('from env');
    expect(loaded).toBe(0);
  });

  it('asks at a terminal once per journal, however often it is read', async () => {
    const { p, secrets, loaded } = atTerminal(typed('typed one', 'for the other'));
    expect(await secrets.passphrase(FILE)).toBe('typed one');
    expect(await secrets.passphrase(FILE)).toBe('typed one');
    expect(await secrets.passphrase('/tmp/other.json')).toBe('for the other');
    expect(p.asked).toEqual([`Passphrase for ${FILE}:`, 'Passphrase for /tmp/other.json:']);
    expect(loaded()).toBe(2);
  });

  it.each([
    ['unset', {}],
    ['empty', { TRUST_PASSPHRASE: '' }],
  ])('without a terminal and with TRUST_PASSPHRASE %s, says to set it (exit 1)', async (_name, env) => {
    const e = await thrown(passphraseSecrets(env, undefined, undefined, noTerminal).passphrase(FILE));
    expect(e).toBeInstanceOf(JournalError);
    expect((e as JournalError).hint).toMatch(/Set TRUST_PASSPHRASE/);
  });
});

describe('choosing a passphrase', () => {
  it.each<[string, string[], string, number]>([
    ['typed the same twice', ['s3cret words', 's3cret words'], 's3cret words', 0],
    ['a mismatch, then the same twice', ['one at dawn', 'two at noon', 'three at dusk', 'three at dusk'], 'three at dusk', 1],
    ['empty first, then the same twice', ['', 'ok, long enough', 'ok, long enough'], 'ok, long enough', 1],
    ['only spaces first', ['   ', 'ok, long enough', 'ok, long enough'], 'ok, long enough', 1],
    ['spaces kept as typed', [' a b c d e f ', ' a b c d e f '], ' a b c d e f ', 0],
  ])('%s', async (_name, answers, chosen, notes) => {
    const { p, secrets } = atTerminal(typed(...answers));
    expect(await secrets.newPassphrase(FILE)).toBe(chosen);
    expect(p.notes).toHaveLength(notes);
    expect(p.remaining()).toBe(0);
  });

  it('gives up after three mismatches (exit 2)', async () => {
    const { secrets } = atTerminal(typed('a long one', 'b long one', 'c long one', 'd long one', 'e long one', 'f long one'));
    const e = await thrown(secrets.newPassphrase(FILE));
    expect(e).toBeInstanceOf(UsageError);
    expect((e as Error).message).toMatch(/not confirmed/);
  });

  it.each<[string, NodeJS.ProcessEnv, typeof UsageError | typeof JournalError]>([
    ['TRUST_PASSPHRASE empty', { TRUST_PASSPHRASE: '' }, UsageError],
    ['TRUST_PASSPHRASE only spaces', { TRUST_PASSPHRASE: '  ' }, UsageError],
    ['no TRUST_PASSPHRASE', {}, JournalError],
  ])('without a terminal, %s is refused', async (_name, env, kind) => {
    expect(await thrown(passphraseSecrets(env, undefined, undefined, noTerminal).newPassphrase(FILE))).toBeInstanceOf(kind);
  });

  it('at a terminal, an empty TRUST_PASSPHRASE is ignored and the question asked', async () => {
    const p = scripted(typed('xylophone tea', 'xylophone tea'));
    const s = passphraseSecrets({ TRUST_PASSPHRASE: '' }, async () => p);
    expect(await s.newPassphrase(FILE)).toBe('xylophone tea');
  });

  it('warns before a short one is used, and lets a better one be chosen', async () => {
    const { p, secrets } = atTerminal([{ text: 'short' }, { confirm: false }, { text: 'a longer one now' }, { text: 'a longer one now' }]);
    expect(await secrets.newPassphrase(FILE)).toBe('a longer one now');
    expect(p.asked[1]).toMatch(/short/);
  });

  it('a short one is kept when the person says so', async () => {
    const { secrets } = atTerminal([{ text: 'short' }, { confirm: true }, { text: 'short' }]);
    expect(await secrets.newPassphrase(FILE)).toBe('short');
  });
});
