// Writers racing on an encrypted journal: the lock and the atomic rename
// work the same, so every entry is kept and nothing readable is left behind.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readJournal, tempJournal } from '../helpers/cli.js';
import { isSealedFile, ok, on, PASS, readableIn } from './crypt-helpers.js';

const WRITERS = 3;
const WRITES = 5;

describe('concurrent writers on an encrypted journal', () => {
  it(`${WRITERS} processes × ${WRITES} writes: all kept, still sealed, a fresh nonce each time`, async () => {
    const { dir, file } = tempJournal();
    await ok(on(file, ['encrypt'], { env: PASS }));
    const texts = (w: number) => Array.from({ length: WRITES }, (_, i) => `writer${w} wrote entry${i} privately`);
    const nonces = new Set<string>();
    await Promise.all(
      Array.from({ length: WRITERS }, async (_, w) => {
        for (const text of texts(w)) {
          await ok(on(file, ['log', '--gratitude', text], { env: PASS }));
          nonces.add(readFileSync(file).subarray(29, 41).toString('hex'));
        }
      }),
    );
    const all = Array.from({ length: WRITERS }, (_, w) => texts(w)).flat();
    expect(isSealedFile(file)).toBe(true);
    expect(readableIn(dir, all)).toEqual([]);
    expect(nonces.size).toBeGreaterThan(1);

    await ok(on(file, ['decrypt'], { env: PASS }));
    const kept = readJournal(file).entries.map((e) => (e.gratitude as string[])[0]);
    expect(kept.sort()).toEqual([...all].sort());
  });
});
