// Properties of the load and import checks, in-process (thousands of cases
// a second): valid journals pass and round-trip; a journal with one damaged
// entry is refused at that entry, in words that quote nothing of it; any
// JSON at all is either a journal or a clear refusal, never a crash; merging
// a valid copy twice changes nothing.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonical, mergeJournals } from '../../src/domain/merge.js';
import { JournalError } from '../../src/errors.js';
import { parseJournal, serialize, ShapeError, toJournal } from '../../src/storage/schema.js';
import { checkJournal } from '../../src/storage/schemas.js';
import { describeProblem } from '../../src/ui/messages-schema.js';
import { damaged, journal, PRIVATE } from './arbitraries.js';

const FILE = '/home/sam/journal.json';
// FUZZ_SCALE=10 runs ten times as many cases (locally, to hunt; CI runs 1).
const SCALE = Number(process.env.FUZZ_SCALE ?? 1);
const runs = (n: number) => ({ numRuns: Math.max(1, Math.round(n * SCALE)) });
const RUNS = runs(300);

describe('valid journals', () => {
  it('pass the check and round-trip through save and load unchanged in meaning', () => {
    fc.assert(fc.property(journal, (j) => {
      expect(checkJournal({ ...j })).toBeUndefined();
      const back = parseJournal(serialize(j), FILE);
      expect(canonical(back)).toBe(canonical(j));
      // Saving what was loaded writes the same bytes again.
      expect(serialize(back)).toBe(serialize(j));
    }), RUNS);
  });
});

describe('a journal with one damaged entry', () => {
  it('is refused at that entry, and the words quote nothing from the file', () => {
    fc.assert(fc.property(damaged, ({ journal: j, at }) => {
      const problem = checkJournal(j);
      expect(problem).toBeDefined();
      expect(problem?.entry).toBe(at);
      const said = describeProblem(problem!);
      expect(said).not.toContain(PRIVATE);
      expect(said).not.toMatch(/[\u0000-\u001f\u007f-\u009f]/);
    }), RUNS);
  });

  it('is refused whole by the loader with a ShapeError, from its text as from its value', () => {
    fc.assert(fc.property(damaged, ({ journal: j }) => {
      const text = JSON.stringify(j);
      expect(() => parseJournal(text, FILE)).toThrow(ShapeError);
    }), runs(100));
  });
});

describe('any JSON at all', () => {
  it('is a journal or a JournalError, never another error', () => {
    const anything = fc.oneof(
      fc.jsonValue(),
      fc.record({ schemaVersion: fc.constantFrom(0, 1, 2, -1, 1.5, '1'), profile: fc.jsonValue(), entries: fc.jsonValue() }, { requiredKeys: [] }),
      fc.record({ schemaVersion: fc.constant(1), profile: fc.dictionary(fc.string(), fc.jsonValue()), entries: fc.array(fc.dictionary(fc.constantFrom('id', 'kind', 'date', 'createdAt', 'thought', 'emotions', 'ref', 'done'), fc.jsonValue())) }),
    );
    fc.assert(fc.property(anything, (value) => {
      try {
        toJournal(value, FILE);
      } catch (e) {
        expect(e).toBeInstanceOf(JournalError);
        expect((e as Error).message).not.toMatch(/[\u0000-\u0008\u000b-\u001f]/);
      }
    }), runs(500));
  });
});

describe('merging', () => {
  it('a valid copy merged twice changes nothing the second time, and the result is still a valid journal', () => {
    fc.assert(fc.property(journal, journal, fc.nat(), (ours, other, n) => {
      // The other copy shares some of our entries, as two devices' copies do.
      const theirs = { ...other, entries: [...other.entries, ...ours.entries.slice(0, n % (ours.entries.length + 1))] };
      const once = mergeJournals(ours, theirs);
      const twice = mergeJournals(once.journal, theirs);
      expect(twice.changed).toBe(false);
      expect(canonical(twice.journal)).toBe(canonical(once.journal));
      expect(checkJournal({ ...once.journal })).toBeUndefined();
      // Nothing of ours goes missing unless it was deleted.
      const deleted = new Set([...(ours.deleted ?? []), ...(theirs.deleted ?? [])]);
      const kept = new Set(once.journal.entries.map((e) => e.id));
      for (const e of ours.entries) if (!deleted.has(e.id) && !(e.kind === 'review' && deleted.has(e.ref))) expect(kept.has(e.id)).toBe(true);
    }), RUNS);
  });
});
