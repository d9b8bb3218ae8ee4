// A key header whose cost was changed (by damage or on purpose) must not make
// trust spend seconds and gigabytes before it fails: costs far from what trust
// itself writes are refused at once, before any key is derived.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { snapshot, start, tempDir } from '../helpers/cli.js';
import { PASS, sealedJournalBytes } from './crypt-helpers.js';

// Header bytes after the 8-byte magic and the version: log2 N, r, p.
const COST_AT = 9;

let sealed: Buffer;

beforeAll(async () => {
  sealed = await sealedJournalBytes();
});

describe('a key header asking for a cost trust never writes', () => {
  // [what, log2 N, r, p]: each within the bounds on N, r, p and memory alone.
  it.each([
    ['16 times the work (p = 16)', 16, 8, 16],
    ['1 GiB of memory (N = 2^22, r = 2)', 22, 2, 1],
    ['16 times the work (N = 2^20)', 20, 8, 1],
  ])('%s: refused at once, exit 1, one clear line, file unchanged', async (_what, logN, r, p) => {
    const file = join(tempDir(), 'journal.json');
    const bytes = Buffer.from(sealed);
    bytes.set([logN, r, p], COST_AT);
    writeFileSync(file, bytes, { mode: 0o600 });
    const before = snapshot(file);
    const began = Date.now();
    const run = start(['list', '--file', file], { env: PASS });
    // Today's limit on waiting: a run still deriving after 3 s has already failed the test.
    const timer = setTimeout(() => run.child.kill('SIGKILL'), 3_000);
    const res = await run.done;
    clearTimeout(timer);
    expect(Date.now() - began).toBeLessThan(2_000);
    expect(res.code).toBe(1);
    expect(res.stderr).toMatch(/^trust: The encrypted journal .* is damaged \(key parameters/);
    expect(res.stderr).not.toMatch(/\n\s+at /);
    expect(snapshot(file)).toBe(before);
  });
});
