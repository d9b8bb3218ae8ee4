// The fast paths (storage/fast-path.ts) against the slow path, for any
// journal as trust writes it: an append without parsing leaves exactly the
// file a full rewrite would, and every partial read gives what parsing
// everything and then filtering gives. First on the text, then through the
// Store on a real file, where the note of what trust wrote decides the path.
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { filterEntries, type EntryFilter } from '../../src/domain/entries.js';
import { KINDS, type Entry, type Journal } from '../../src/domain/types.js';
import { digestOf } from '../../src/storage/digest.js';
import { Store } from '../../src/storage/journal.js';
import { appendix, extended, scan, spanOfJournal, spanOfScan, wantsFor, type Span } from '../../src/storage/scan.js';
import { parseJournal, serialize } from '../../src/storage/schema.js';
import { digestFor } from '../../src/storage/written.js';
import { writtenJournal } from '../fuzz/arbitraries.js';
import { tempJournal } from '../helpers/cli.js';

const FILE = 'journal.json';

const versionOf = (file: string) => {
  const s = statSync(file);
  return { ino: s.ino, size: s.size, mtimeMs: s.mtimeMs };
};

/** A journal, and batches of new entries (laid out as trust makes them) whose ids it does not hold yet. */
const withBatches = writtenJournal.chain((j) =>
  fc.tuple(
    fc.constant(j),
    fc.array(writtenJournal.map((other) => other.entries.filter((e) => !j.entries.some((mine) => mine.id === e.id))).filter((b) => b.length > 0), { minLength: 2, maxLength: 3 }),
  ),
).filter(([, batches]) => new Set(batches.flat().map((e) => e.id)).size === batches.flat().length);

/** Windows of days around the journal's own dates. */
const windows = (j: Journal) => {
  const dates = j.entries.map((e) => e.date);
  return fc.tuple(fc.constantFrom(...dates), fc.constantFrom(...dates)).map(([a, b]): [string, string] => (a <= b ? [a, b] : [b, a]));
};

const filters = (j: Journal): fc.Arbitrary<EntryFilter> =>
  fc.record({ since: fc.constantFrom(...j.entries.map((e) => e.date)), kind: fc.constantFrom(...KINDS), limit: fc.integer({ min: 1, max: 5 }) }, { requiredKeys: [] });

const daysAsSet = (s: Span) => ({ ...s, earlierLogDays: [...new Set(s.earlierLogDays)].sort() });

const grown = (j: Journal, batches: readonly (readonly Entry[])[]): Journal => ({ ...j, entries: [...j.entries, ...batches.flat()] });

describe('on the text', () => {
  it('an append is the text a full rewrite writes, and it scans as one would', () => {
    fc.assert(fc.property(withBatches, ([j, [added = []]]) => {
      const text = serialize(j);
      const s = scan(text, FILE);
      if (!s) throw new Error('serialize() wrote a journal scan() cannot read');
      const after = text.slice(0, s.bodyEnd) + appendix(added);
      const whole = grown(j, [added]);
      expect(after).toBe(serialize(whole));
      expect(parseJournal(after, FILE)).toEqual(whole);
      expect(extended(s, after)).toEqual(scan(after, FILE));
    }), { numRuns: 300 });
  });

  it('a span of lines is the span of the whole journal', () => {
    fc.assert(fc.property(writtenJournal.chain((j) => fc.tuple(fc.constant(j), windows(j))), ([j, [since, until]]) => {
      const text = serialize(j);
      const s = scan(text, FILE);
      if (!s) throw new Error('serialize() wrote a journal scan() cannot read');
      expect(spanOfScan(text, s, since, until, FILE)).toEqual(spanOfJournal(parseJournal(text, FILE), since, until));
    }), { numRuns: 300 });
  });
});

describe('through the store, on a file', () => {
  it('appends leave the bytes a full rewrite leaves, and reads after them agree with the whole file', async () => {
    await fc.assert(fc.asyncProperty(withBatches.chain((t) => fc.tuple(fc.constant(t), filters(t[0]), windows(t[0]))), async ([[j, batches], f, [since, until]]) => {
      const fast = tempJournal().file;
      const slow = tempJournal().file;
      writeFileSync(fast, serialize(j));
      writeFileSync(slow, serialize(j));
      const store = new Store(fast);
      const whole = new Store(slow);
      for (const batch of batches) {
        // The first append parses the file (another program wrote it); the rest take the fast path.
        await store.append(batch);
        await whole.update((journal) => void journal.entries.push(...batch));
      }
      expect(await store.adapter.fast.lines()).toBeDefined();
      const text = readFileSync(fast, 'utf8');
      expect(text).toBe(readFileSync(slow, 'utf8'));
      const all = parseJournal(text, FILE);
      expect(all).toEqual(grown(j, batches));
      // From what the last append kept, and from a store that reads the file afresh.
      // The note carried across the appends is the one the whole journal gives.
      expect(digestFor(store.real, versionOf(fast))).toEqual(digestOf(all.entries));
      const edits = all.entries.filter((e) => e.kind === 'edit');
      for (const reader of [store, new Store(fast)]) {
        expect(filterEntries((await reader.readSome(wantsFor(f))).entries, f)).toEqual(filterEntries(all.entries, f));
        // As `trust list` asks (the digest's window may answer it): every correction comes too.
        const withEdits = (await reader.readSome([...wantsFor(f), { kinds: ['edit'] }])).entries;
        expect(filterEntries(withEdits, f)).toEqual(filterEntries(all.entries, f));
        expect(withEdits.filter((e) => e.kind === 'edit')).toEqual(edits);
        // The days logged before the span are a set of days (the digest keeps each once).
        expect(daysAsSet(await reader.readSpan(since, until))).toEqual(daysAsSet(spanOfJournal(all, since, until)));
      }
    }), { numRuns: 40 });
  });
});
