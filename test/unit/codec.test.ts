import { describe, expect, it } from 'vitest';
import { JournalError } from '../../src/errors.js';
import { codecFor, plainCodec, SealedCodec, sealFailure, type Secrets } from '../../src/storage/codec.js';
import { freshParams, SealError, type SealProblem } from '../../src/storage/crypto.js';

const FILE = '/tmp/somewhere/journal.json';

/** Secrets that always give `pass` and count how often they were asked. */
function fixed(pass: string): Secrets & { asked: number } {
  const s = {
    asked: 0,
    passphrase: async () => {
      s.asked++;
      return pass;
    },
    newPassphrase: async () => pass,
  };
  return s;
}

async function sealedJournal(text: string, pass = 'pw'): Promise<Buffer> {
  return (await SealedCodec.create(pass, freshParams(10), FILE)).encode(text);
}

async function failure(p: Promise<unknown>): Promise<JournalError> {
  const e = await p.then(() => undefined, (err: unknown) => err);
  expect(e).toBeInstanceOf(JournalError);
  return e as JournalError;
}

describe('codecFor', () => {
  it.each<[string, Buffer | undefined]>([
    ['a new journal', undefined],
    ['an empty file', Buffer.alloc(0)],
    ['plain JSON', Buffer.from('{"schemaVersion":1,"entries":[]}')],
    ['plain JSON with non-ASCII text', Buffer.from('{"entries":[{"thought":"ça me fait peur"}]}')],
  ])('reads %s as plain, asking nothing', async (_name, bytes) => {
    const secrets = fixed('pw');
    expect(await codecFor(bytes, FILE, secrets)).toBe(plainCodec);
    expect(secrets.asked).toBe(0);
  });

  it('reads a sealed file with the passphrase and the parameters in its header', async () => {
    const bytes = await sealedJournal('{"entries":[]}');
    const secrets = fixed('pw');
    const codec = await codecFor(bytes, FILE, secrets);
    expect(codec).toBeInstanceOf(SealedCodec);
    expect(codec.encrypted).toBe(true);
    expect(secrets.asked).toBe(1);
    expect(await codec.decode(bytes)).toBe('{"entries":[]}');
  });

  it('writes with the salt it read with, and a fresh nonce', async () => {
    const bytes = await sealedJournal('one');
    const codec = await codecFor(bytes, FILE, fixed('pw'));
    const again = await codec.encode('two');
    expect(again.subarray(0, 13 + 16)).toEqual(bytes.subarray(0, 13 + 16)); // magic, version, cost, salt
    expect(again.subarray(29, 41)).not.toEqual(bytes.subarray(29, 41)); // nonce
    expect(await codec.decode(again)).toBe('two');
  });

  it.each<[string, () => Promise<Buffer>, Secrets | undefined, RegExp]>([
    ['sealed, with no way to get a passphrase', () => sealedJournal('{}'), undefined, /encrypted, and there is no terminal/],
    ['not text and not sealed', async () => Buffer.from([0x54, 0x52, 0xff, 0xfe, 0x00, 0x81]), fixed('pw'), /neither JSON text nor an encrypted/],
    ['sealed in a newer format', async () => {
      const b = await sealedJournal('{}');
      b[8] = 2;
      return b;
    }, fixed('pw'), /encryption format 2 that this trust cannot read/],
    ['sealed with a damaged cost', async () => {
      const b = await sealedJournal('{}');
      b[9] = 99;
      return b;
    }, fixed('pw'), /is damaged \(key parameters out of range/],
  ])('refuses a file %s (exit 1, naming the file)', async (_name, make, secrets, message) => {
    const e = await failure(codecFor(await make(), FILE, secrets));
    expect(e.message).toMatch(message);
    expect(e.message).toContain(FILE);
  });

  it('a wrong passphrase fails on decode, saying it may be the passphrase or damage, and shows no text', async () => {
    const bytes = await sealedJournal('{"thought":"she reads my messages"}', 'right');
    const codec = await codecFor(bytes, FILE, fixed('wrong'));
    const e = await failure(codec.decode(bytes));
    expect(e.message).toBe(`Could not open the journal ${FILE}: the passphrase is wrong, or the file is damaged.`);
    expect(`${e.message} ${e.hint}`).not.toContain('messages');
  });
});

describe('sealFailure', () => {
  it.each<[SealProblem, RegExp, RegExp]>([
    ['auth', /passphrase is wrong, or the file is damaged/, /Nothing was changed/],
    ['version', /cannot read/, /Update trust/],
    ['damaged', /is damaged \(why\)/, /trust doctor/],
  ])('words a %s problem', (problem, message, hint) => {
    const e = sealFailure(new SealError(problem, 'why'), FILE) as JournalError;
    expect(e).toBeInstanceOf(JournalError);
    expect(e.message).toMatch(message);
    expect(e.hint).toMatch(hint);
  });

  it('passes other errors through', () => {
    const other = new Error('disk');
    expect(sealFailure(other, FILE)).toBe(other);
  });
});

describe('plainCodec', () => {
  it('is UTF-8 both ways', async () => {
    const text = '{"x":"ünïcødé 🙂"}';
    expect(await plainCodec.decode(await plainCodec.encode(text))).toBe(text);
    expect(plainCodec.encrypted).toBe(false);
  });
});
