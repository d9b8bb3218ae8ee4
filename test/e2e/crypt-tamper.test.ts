// A changed byte anywhere in an encrypted journal: every command refuses it
// (exit 1), says it may be the passphrase or damage, and changes nothing.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { snapshot, tempDir } from '../helpers/cli.js';
import { ok, on, PASS, sealedJournalBytes } from './crypt-helpers.js';

const SALT_AT = 13;
const NONCE_AT = SALT_AT + 16;
const BODY_AT = NONCE_AT + 12;
const WRONG_OR_DAMAGED = /the passphrase is wrong, or the file is damaged/;
const DAMAGED = /damaged/;

let sealed: Buffer;

beforeAll(async () => {
  sealed = await sealedJournalBytes();
});

describe('a tampered encrypted journal', () => {
  // [region, byte offset (negative: from the end), what stderr says]
  it.each<[string, number, RegExp]>([
    ['magic string', 2, /neither JSON text nor an encrypted trust journal/],
    ['format version', 8, /encryption format \d+ that this trust cannot read/],
    ['key cost', 9, DAMAGED],
    ['salt', SALT_AT + 7, WRONG_OR_DAMAGED],
    ['nonce', NONCE_AT + 3, WRONG_OR_DAMAGED],
    ['ciphertext', BODY_AT + 40, WRONG_OR_DAMAGED],
    ['tag', -3, WRONG_OR_DAMAGED],
  ])('%s: read and write both refuse, file unchanged', async (_region, offset, message) => {
    const file = join(tempDir(), 'journal.json');
    const bytes = Buffer.from(sealed);
    const i = offset < 0 ? bytes.length + offset : offset;
    bytes[i] = (bytes[i] ?? 0) ^ 0xa5;
    writeFileSync(file, bytes, { mode: 0o600 });
    const before = snapshot(file);
    const [list, log] = await Promise.all([
      on(file, ['list'], { env: PASS }),
      on(file, ['log', '--gratitude', 'one more'], { env: PASS }),
    ]);
    for (const r of [list, log]) {
      expect(r.code).toBe(1);
      expect(r.stdout).toBe('');
      expect(r.stderr).toMatch(message);
      expect(r.stderr).not.toMatch(/at .*\.js:\d+/); // no stack trace
    }
    expect(snapshot(file)).toBe(before);
  });

  it('cut short: refused, unchanged', async () => {
    const file = join(tempDir(), 'journal.json');
    writeFileSync(file, sealed.subarray(0, sealed.length - 20), { mode: 0o600 });
    const before = snapshot(file);
    const r = await on(file, ['list'], { env: PASS });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(WRONG_OR_DAMAGED);
    expect(snapshot(file)).toBe(before);
  });

  it('the untouched copy still opens (the cases above fail for their byte alone)', async () => {
    const file = join(tempDir(), 'journal.json');
    writeFileSync(file, sealed, { mode: 0o600 });
    expect((await ok(on(file, ['list', '--json'], { env: PASS }))).stdout).toContain('affair');
  });
});
