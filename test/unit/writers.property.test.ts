// "No entry acknowledged is ever missing", for any mix of writers reaching one
// journal by two paths (the file and a symlink to it) at once: appends (the
// fast path) and whole read-modify-write updates, in any order and timing.
import { readFileSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Entry } from '../../src/domain/types.js';
import { Store } from '../../src/storage/journal.js';
import { toJournal } from '../../src/storage/schema.js';
import { tempDir } from '../helpers/cli.js';

const jar = (id: string): Entry => ({ id, kind: 'jar', date: '2026-11-20', createdAt: '2026-11-20T12:00:00Z', change: 'add', text: id, marbles: 1 });
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

const writer = fc.record({
  via: fc.constantFrom('real', 'link'),
  how: fc.constantFrom('append', 'update'),
  entries: fc.integer({ min: 1, max: 3 }),
  delayMs: fc.integer({ min: 0, max: 4 }),
});

describe('concurrent writers on two paths', () => {
  it('keep every entry they acknowledged, each once', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(writer, { minLength: 2, maxLength: 8 }), async (writers) => {
        const dir = tempDir();
        const paths = { real: join(dir, 'journal.json'), link: join(dir, 'link.json') };
        symlinkSync(paths.real, paths.link);
        const acknowledged: string[] = [];
        await Promise.all(
          writers.map(async (w, i) => {
            await sleep(w.delayMs);
            // A Store per writer, as each process has its own.
            const store = new Store(paths[w.via]);
            const entries = Array.from({ length: w.entries }, (_, n) => jar(`w${i}-${n}`));
            const save = w.how === 'append' ? store.append(entries) : store.update((j) => void j.entries.push(...entries));
            // A writer may be refused (the journal changed under it); it must never be lost once it returns.
            if (await save.then(() => true, () => false)) acknowledged.push(...entries.map((e) => e.id));
          }),
        );
        const ids = toJournal(JSON.parse(readFileSync(paths.real, 'utf8')), paths.real).entries.map((e) => e.id);
        expect(new Set(ids).size).toBe(ids.length);
        expect(acknowledged.filter((id) => !ids.includes(id))).toEqual([]);
        expect(acknowledged.length).toBeGreaterThan(0);
      }),
      { numRuns: 25 },
    );
  });
});
