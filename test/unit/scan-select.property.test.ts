// The fast path (storage/scan.ts) against the slow one: for any journal as
// trust writes it and any filter, the entries picked from the lines give
// exactly what the same domain function gives over the whole journal.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FlowCare } from '../../src/commands/log-care.js';
import { CONCERN_DAYS, openConcern } from '../../src/domain/care.js';
import { addDays } from '../../src/domain/dates.js';
import { filterEntries, findEntry, openActions, type EntryFilter } from '../../src/domain/entries.js';
import { jarView } from '../../src/domain/jar.js';
import { journalOrder } from '../../src/domain/merge.js';
import { checkInDue, whatIsDue } from '../../src/domain/remind.js';
import { KINDS, TRAPS, TRUST_TYPES, type Entry, type Journal } from '../../src/domain/types.js';
import { exactWantsFor, journalOf, OPEN_ACTIONS, pick, scan, textOf, wantsFor, type Want } from '../../src/storage/scan.js';
import { serialize } from '../../src/storage/schema.js';
import { writtenJournal as journals } from '../fuzz/arbitraries.js';

/** Text to look for: a piece of some entry's words, in any case, or words with a sigma. */
const needles = (j: Journal) =>
  fc.oneof(
    fc.tuple(fc.nat(), fc.nat(), fc.nat(), fc.boolean()).map(([a, b, c, upper]) => {
      const words = JSON.stringify(j.entries[a % j.entries.length]).replace(/[{}":,[\]]/g, ' ');
      const from = b % Math.max(1, words.length);
      const piece = words.slice(from, from + 1 + (c % 6));
      return upper ? piece.toUpperCase() : piece;
    }),
    fc.constantFrom('Σ', 'σ', 'ς', 'ΑΣ', 'private', 'PRIVATE\n', '"', '\\', '\u202e', '\x7f', 'PRIVATE\u009b'),
  );

const filters = (j: Journal): fc.Arbitrary<EntryFilter> => {
  const dates = j.entries.map((e) => e.date);
  return fc.record(
    {
      since: fc.constantFrom(...dates),
      until: fc.constantFrom(...dates),
      kind: fc.constantFrom(...KINDS),
      type: fc.constantFrom(...TRUST_TYPES),
      trap: fc.constantFrom(...TRAPS),
      contains: needles(j),
      open: fc.constant(true),
      limit: fc.integer({ min: 1, max: 5 }),
    },
    { requiredKeys: [] },
  );
};

const cases = journals.chain((j) => fc.tuple(fc.constant(j), filters(j)));
/** Filters on dates, kind and count alone: the lines can be copied as they are. */
const exactCases = journals.chain((j) =>
  fc.tuple(fc.constant(j), filters(j).map(({ since, until, kind, limit }) => ({ ...(since && { since }), ...(until && { until }), ...(kind && { kind }), ...(limit && { limit }) }))),
);
const FILE = 'journal.json';

/** The journal with only the entries the wants pick, through the fast path. */
function fast(j: Journal, wants: readonly Want[]): Journal {
  const text = serialize(j);
  const s = scan(text, FILE);
  if (!s) throw new Error('serialize() wrote a journal scan() cannot read');
  return journalOf(text, s, pick(text, s, wants, FILE), FILE);
}

const outcome = (f: () => unknown) => {
  try {
    return { value: f() };
  } catch (e) {
    return { error: (e as Error).message };
  }
};

describe('the lines picked, against the whole journal', () => {
  it('list: the same entries for any filter', () => {
    fc.assert(fc.property(cases, ([j, f]) => {
      expect(filterEntries(fast(j, wantsFor(f)).entries, f)).toEqual(filterEntries(j.entries, f));
    }), { numRuns: 400 });
  });

  it('list --contains alone: the same entries for any needle', () => {
    fc.assert(fc.property(journals.chain((j) => fc.tuple(fc.constant(j), needles(j))), ([j, contains]) => {
      expect(filterEntries(fast(j, wantsFor({ contains })).entries, { contains })).toEqual(filterEntries(j.entries, { contains }));
    }), { numRuns: 400 });
  });

  it('export as a journal file: the same bytes, from the lines as written', () => {
    fc.assert(fc.property(exactCases, ([j, f]) => {
      const wants = exactWantsFor(f);
      const text = serialize(j);
      const s = scan(text, FILE);
      if (!s || !wants) throw new Error('unreachable');
      const slow = serialize({ ...j, entries: filterEntries(j.entries, f).sort(journalOrder) });
      expect([...textOf(text, s, pick(text, s, wants, FILE))].join('')).toBe(slow);
    }), { numRuns: 400 });
  });

  it('show: the same entry (or the same refusal) for any prefix', () => {
    fc.assert(fc.property(journals, fc.nat(), fc.integer({ min: 1, max: 12 }), (j, n, length) => {
      const ref = (j.entries[n % j.entries.length]?.id ?? '').slice(0, length);
      const wanted = ref.trim().toLowerCase();
      expect(outcome(() => findEntry(fast(j, [{ idPrefix: wanted }]).entries, ref))).toEqual(outcome(() => findEntry(j.entries, ref)));
    }));
  });

  it('jar and remind: the same view and the same reminder', () => {
    fc.assert(fc.property(journals, fc.nat(), (j, n) => {
      const today = j.entries[n % j.entries.length]?.date ?? '2026-01-01';
      expect(jarView(fast(j, [{ kinds: ['jar'] }]).entries, today)).toEqual(jarView(j.entries, today));
      // As src/commands/remind.ts asks.
      const wants: Want[] = [{ since: addDays(today, -(CONCERN_DAYS - 1)) }, { kinds: ['log'], since: today, until: today }, ...OPEN_ACTIONS];
      const some = fast(j, wants).entries;
      expect([whatIsDue(some, today), checkInDue(some, today)]).toEqual([whatIsDue(j.entries, today), checkInDue(j.entries, today)]);
    }));
  });

  it("log's first screen: the same open actions and the same care", () => {
    fc.assert(fc.property(journals, fc.nat(), (j, n) => {
      const today = j.entries[n % j.entries.length]?.date ?? '2026-01-01';
      const first = fast(j, [{ since: addDays(today, -(CONCERN_DAYS - 1)) }, ...OPEN_ACTIONS]);
      expect(openActions(first.entries, today)).toEqual(openActions(j.entries, today));
      expect(openConcern(first.entries, today)).toEqual(openConcern(j.entries, today));
      const care = new FlowCare(first, today);
      const all = new FlowCare(j, today);
      expect([care.level, care.fearsCameTrue]).toEqual([all.level, all.fearsCameTrue]);
    }), { numRuns: 500 });
  });
});

describe('searching the lines as written', () => {
  const log = (thought: string): Entry => ({ id: 'L1', kind: 'log', date: '2026-01-01', createdAt: '2026-01-01T10:00:00Z', thought, action: 'Call', checklist: ['check-in'] });
  const journal = (thought: string): Journal => ({ schemaVersion: 1, profile: {}, entries: [log(thought), { ...log('other'), id: 'L2' }] });
  it.each([
    ['a sigma after an escaped newline', 'x\nΣ', 'σ'],
    ['a final sigma', 'ΟΔΟΣ', 'οδος'],
    ['a quote', 'she said "no"', '"no"'],
    ['a backslash', 'a\\b', 'a\\b'],
    ['text across a newline', 'one\ntwo', 'one\ntwo'],
    ['capitals', 'The RECEIPT', 'receipt'],
    // Stored as \u escapes (storage/json-text.ts): the raw line does not hold them as typed.
    ['a bidi override', 'left\u202eright', '\u202e'],
    ['a DEL and a C1 control', 'a\x7fb\u009bc', 'a\x7fb\u009bc'],
  ])('finds %s', (_, thought, contains) => {
    const j = journal(thought);
    expect(filterEntries(fast(j, wantsFor({ contains })).entries, { contains }).map((e) => e.id)).toEqual(['L1']);
  });
});
