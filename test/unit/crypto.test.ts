import { describe, expect, it } from 'vitest';
import {
  checkParams, DEFAULT_COST, freshParams, isSealed, keyFor, MAGIC, open, readHeader, seal, SealError, stretch, unseal,
  type KdfParams, type SealProblem,
} from '../../src/storage/crypto.js';

// The lowest cost the format accepts: quick enough for tables of cases.
const cheap = (): KdfParams => freshParams(10);

async function sealed(text: string, passphrase = 'correct horse', params = cheap()) {
  return seal(await keyFor(passphrase, params), params, Buffer.from(text, 'utf8'));
}

function problemOf(f: () => unknown): SealProblem | 'none' {
  try {
    f();
    return 'none';
  } catch (e) {
    if (e instanceof SealError) return e.problem;
    throw e;
  }
}

async function openProblem(passphrase: string, bytes: Buffer): Promise<SealProblem | 'none'> {
  try {
    await open(passphrase, bytes);
    return 'none';
  } catch (e) {
    if (e instanceof SealError) return e.problem;
    throw e;
  }
}

describe('seal and open', () => {
  it.each([
    ['empty', ''],
    ['a journal', '{"schemaVersion":1,"profile":{},"entries":[]}\n'],
    ['non-ASCII', 'Ich habe Angst, dass sie wieder lügt. 😔 ça va'],
    ['large', 'x'.repeat(1_000_000)],
  ])('round-trips %s text', async (_name, text) => {
    const bytes = await sealed(text);
    expect(isSealed(bytes)).toBe(true);
    expect((await open('correct horse', bytes)).toString('utf8')).toBe(text);
  });

  it('writes the header it documents', async () => {
    const params = cheap();
    const bytes = await sealed('hello', 'pw', params);
    expect(bytes.subarray(0, 8).toString('latin1')).toBe('TRUSTENC');
    expect([...bytes.subarray(8, 13)]).toEqual([1, params.logN, params.r, params.p, params.salt.length]);
    expect(bytes.subarray(13, 13 + params.salt.length)).toEqual(params.salt);
    const head = readHeader(bytes);
    expect(head.params).toEqual(params);
    expect(head.length).toBe(13 + params.salt.length + 12);
    // header + ciphertext (same length as the text) + tag
    expect(bytes.length).toBe(head.length + 5 + 16);
  });

  it('uses a fresh nonce on every write, with the same salt', async () => {
    const params = cheap();
    const a = await sealed('same text', 'pw', params);
    const b = await sealed('same text', 'pw', params);
    expect(readHeader(a).params.salt).toEqual(readHeader(b).params.salt);
    expect(readHeader(a).nonce.equals(readHeader(b).nonce)).toBe(false);
    expect(a.subarray(readHeader(a).length).equals(b.subarray(readHeader(b).length))).toBe(false);
  });

  it('holds none of the text in the clear', async () => {
    const bytes = await sealed('the affair started in March');
    expect(bytes.toString('latin1')).not.toContain('affair');
  });

  it('refuses a wrong passphrase', async () => {
    const bytes = await sealed('secret', 'right one');
    expect(await openProblem('wrong one', bytes)).toBe('auth');
    expect(await openProblem('right one', bytes)).toBe('none');
  });
});

describe('a changed byte never opens', () => {
  const params = { ...cheap(), salt: Buffer.alloc(16, 7) };
  const saltAt = 13;
  const nonceAt = saltAt + 16;
  const bodyAt = nonceAt + 12;
  // [region, offset from the start (or from the end when negative), bits to flip, what opening says]
  it.each<[string, number, number, SealProblem]>([
    ['format version, a newer one', 8, 0x02, 'version'],
    ['format version, zero', 8, 0x01, 'damaged'],
    ['log2 N, out of range', 9, 0x80, 'damaged'],
    ['log2 N, still in range', 9, 0x01, 'auth'],
    ['r', 10, 0x01, 'auth'],
    ['p', 11, 0x02, 'auth'],
    ['salt length', 12, 0x01, 'auth'],
    ['salt', saltAt + 3, 0x01, 'auth'],
    ['nonce', nonceAt + 5, 0x40, 'auth'],
    ['ciphertext, first byte', bodyAt, 0x01, 'auth'],
    ['ciphertext, last byte', -17, 0x80, 'auth'],
    ['tag', -1, 0x01, 'auth'],
  ])('%s', async (_region, offset, bits, problem) => {
    const bytes = await sealed('{"entries":["a thought"]}', 'pw', params);
    const i = offset < 0 ? bytes.length + offset : offset;
    bytes[i] = (bytes[i] ?? 0) ^ bits;
    expect(await openProblem('pw', bytes)).toBe(problem);
  });

  it('a changed magic string is no longer a sealed file', async () => {
    const bytes = await sealed('x');
    bytes[0] = (bytes[0] ?? 0) ^ 1;
    expect(isSealed(bytes)).toBe(false);
    expect(problemOf(() => readHeader(bytes))).toBe('damaged');
  });

  it.each([
    ['only the magic', 8],
    ['half a header', 20],
    ['no room for the tag', 13 + 16 + 12 + 15],
  ])('a file cut short (%s) is damaged', async (_name, keep) => {
    const bytes = await sealed('');
    expect(problemOf(() => readHeader(bytes.subarray(0, keep)))).toBe('damaged');
  });

  it('unseal with the right key still checks the tag', async () => {
    const params = cheap();
    const key = await keyFor('pw', params);
    const bytes = seal(key, params, Buffer.from('abc'));
    expect(unseal(key, bytes).toString()).toBe('abc');
    bytes[bytes.length - 16] = (bytes[bytes.length - 16] ?? 0) ^ 0xff;
    expect(problemOf(() => unseal(key, bytes))).toBe('auth');
  });

  it('authenticates the header itself, not only what the key and nonce depend on', async () => {
    const params = cheap();
    const key = await keyFor('pw', params);
    const bytes = seal(key, params, Buffer.from('abc'));
    const head = readHeader(bytes);
    bytes[0] = (bytes[0] ?? 0) ^ 1; // the magic: no part of the key or the nonce
    expect(problemOf(() => unseal(key, bytes, head))).toBe('auth');
  });
});

describe('key parameters', () => {
  const salt = Buffer.alloc(16);
  it.each<[string, Omit<KdfParams, 'salt'> & { salt?: Buffer }, boolean]>([
    ['the default', { ...DEFAULT_COST }, true],
    ['the lowest the tests use', { logN: 10, r: 8, p: 1 }, true],
    ['log2 N too small', { logN: 9, r: 8, p: 1 }, false],
    ['log2 N too large', { logN: 23, r: 8, p: 1 }, false],
    ['r zero', { logN: 14, r: 0, p: 1 }, false],
    ['p too large', { logN: 14, r: 8, p: 17 }, false],
    ['more than 1 GiB of memory', { logN: 22, r: 16, p: 1 }, false],
    ['twice the default work, the most a new key may cost', { logN: 17, r: 8, p: 1 }, true],
    ['each within range, together more work than that', { logN: 17, r: 8, p: 2 }, false],
    ['the default N with p = 16', { logN: 16, r: 8, p: 16 }, false],
    ['each within range, together more memory than twice the default', { logN: 17, r: 16, p: 1 }, false],
    ['a short salt', { logN: 14, r: 8, p: 1, salt: Buffer.alloc(8) }, false],
  ])('%s', (_name, k, ok) => {
    expect(problemOf(() => checkParams({ salt, ...k }))).toBe(ok ? 'none' : 'damaged');
  });

  it('derives once per passphrase, salt and cost', async () => {
    const a = cheap();
    expect(keyFor('pw', a)).toBe(keyFor('pw', { ...a, salt: Buffer.from(a.salt) }));
    expect(keyFor('pw', a)).not.toBe(keyFor('other', a));
    expect(keyFor('pw', a)).not.toBe(keyFor('pw', cheap()));
    expect(await keyFor('pw', a)).not.toEqual(await keyFor('other', a));
  });

  it('treats the same passphrase typed in another Unicode form as the same', async () => {
    const k = cheap();
    expect(await stretch('caf\u00e9', k)).toEqual(await stretch('cafe\u0301', k));
  });

  it('gives every new journal its own salt', () => {
    expect(freshParams().salt.equals(freshParams().salt)).toBe(false);
    expect(freshParams()).toMatchObject(DEFAULT_COST);
    expect(MAGIC.toString('latin1')).toBe('TRUSTENC');
  });
});
