import { describe, expect, it } from 'vitest';
import { SCHEMA_VERSION, type Journal } from '../../src/domain/types.js';
import { JournalError } from '../../src/errors.js';
import { MIGRATIONS, jsonProblem, migrate, parseJournal, serialize, toJournal } from '../../src/storage/schema.js';

const FILE = '/home/sam/.local/share/trust/journal.json';
const entry = { id: '3f2a9c1e-0000-4000-8000-000000000001', kind: 'log', date: '2026-11-19', createdAt: '2026-11-19T20:00:00.000Z' };

describe('MIGRATIONS', () => {
  it.each([
    ['an empty object', {}, { schemaVersion: 1, profile: {}, entries: [] }],
    ['entries without a version', { entries: [entry] }, { schemaVersion: 1, profile: {}, entries: [entry] }],
    ['a profile and unknown keys, kept', { profile: { partner: 'Sam' }, entries: [], note: 'x' }, { schemaVersion: 1, profile: { partner: 'Sam' }, entries: [], note: 'x' }],
  ])('0 → 1: %s', (_why, input, want) => {
    expect(MIGRATIONS[0]?.(input)).toEqual(want);
  });

  it('has one step from every older version, each moving up exactly one, without touching its input', () => {
    for (let v = 0; v < SCHEMA_VERSION; v++) {
      const step = MIGRATIONS[v];
      expect(step, `migration from ${v}`).toBeTypeOf('function');
      const input = Object.freeze({ schemaVersion: v === 0 ? undefined : v, profile: Object.freeze({}), entries: Object.freeze([]) });
      expect(step?.(input).schemaVersion).toBe(v + 1);
    }
  });
});

describe('migrate', () => {
  it('leaves a current journal as it is', () => {
    const j = { schemaVersion: SCHEMA_VERSION, profile: {}, entries: [] };
    expect(migrate(j, FILE)).toBe(j);
  });

  it.each([
    [{ schemaVersion: SCHEMA_VERSION + 1 }, /written by a newer trust \(schema 2; this one knows 1\)/],
    [{ schemaVersion: 1.5 }, /schemaVersion is not a whole number/],
    [{ schemaVersion: '1' }, /schemaVersion is not a whole number/],
    [{ schemaVersion: -1 }, /schemaVersion is not a whole number/],
  ])('refuses %j, naming the file', (j, why) => {
    expect(() => migrate(j, FILE)).toThrow(why);
    expect(() => migrate(j, FILE)).toThrow(FILE);
  });
});

describe('toJournal', () => {
  it.each([
    ['a list at the top', [], /the top level is not an object/],
    ['null', null, /the top level is not an object/],
    ['entries as an object', { schemaVersion: 1, profile: {}, entries: {} }, /"entries" is not a list/],
    ['no profile', { schemaVersion: 1, entries: [] }, /"profile" is missing/],
    ['an entry without an id', { schemaVersion: 1, profile: {}, entries: [entry, { ...entry, id: undefined }] }, /entry 2 has no "id"/],
    ['an entry that is a string', { schemaVersion: 1, profile: {}, entries: ['hello'] }, /entry 1 is not an object/],
    ['a date that is a number', { schemaVersion: 1, profile: {}, entries: [{ ...entry, date: 20261119 }] }, /entry 1 \(3f2a9c1e\): "date" is not a real date/],
    ['traps as text', { schemaVersion: 1, profile: {}, entries: [entry, { ...entry, traps: 'mind-reading' }] }, /entry 2 \(3f2a9c1e\): "traps" is not a list/],
    ['gratitude as text', { schemaVersion: 1, profile: {}, entries: [{ ...entry, gratitude: 'tea' }] }, /"gratitude" is not a list/],
    ['signs as null', { schemaVersion: 1, profile: {}, entries: [{ ...entry, kind: 'check', signs: null }] }, /"signs" is not a list/],
    ['an exercise without answers', { schemaVersion: 1, profile: {}, entries: [{ ...entry, kind: 'exercise', exercise: 'x' }] }, /entry 1 \(3f2a9c1e\) has no "answers"/],
  ])('refuses %s with a JournalError naming the file', (_why, value, message) => {
    let error: unknown;
    try {
      toJournal(value, FILE);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(JournalError);
    expect((error as JournalError).message).toMatch(message);
    expect((error as JournalError).message).toContain(FILE);
    expect((error as JournalError).hint).toMatch(/trust doctor/);
  });

  it('accepts and migrates a journal from before the version field', () => {
    expect(toJournal({ entries: [entry] }, FILE)).toEqual({ schemaVersion: SCHEMA_VERSION, profile: {}, entries: [entry] });
  });

  it('keeps every key a newer trust may write, at any depth, and the very objects it was given', () => {
    const newer = {
      schemaVersion: 1, mood: 'x', profile: { partner: 'Sam', theme: 'dark' },
      entries: [{ ...entry, tags: ['a'], emotions: [{ name: 'fear', intensity: 70, colour: 'red' }] }],
    };
    const copy = structuredClone(newer);
    const j = toJournal(newer, FILE);
    expect(j).toEqual(copy);
    expect(j.entries[0]).toBe(newer.entries[0]);
  });
});

describe('serialize and parseJournal', () => {
  const journals: [string, Journal][] = [
    ['empty', { schemaVersion: 1, profile: {}, entries: [] }],
    ['with entries and a profile', { schemaVersion: 1, profile: { partner: 'Sam', role: 'hurt' }, entries: [entry as Journal['entries'][number], { ...entry, id: 'b2b2b2b2', kind: 'jar', change: 'add', text: 'x', marbles: 1 } as Journal['entries'][number]] }],
    ['with awkward text', { schemaVersion: 1, profile: { name: 'Zoë "Z"' }, entries: [{ ...entry, thought: 'line 1\nline 2 ]} \u2028 😢' } as Journal['entries'][number]] }],
  ];

  it.each(journals)('round-trips a journal %s', (_why, j) => {
    expect(parseJournal(serialize(j), FILE)).toEqual(j);
  });

  it('puts one entry on each line', () => {
    const text = serialize(journals[1]![1]);
    expect(text.split('\n')).toHaveLength(5);
    expect(text.endsWith('\n')).toBe(true);
  });

  it('reads a file saved with a byte-order mark', () => {
    expect(parseJournal(`\ufeff${serialize(journals[0]![1])}`, FILE)).toEqual(journals[0]![1]);
  });

  it.each([
    ['truncated', serialize(journals[1]![1]).slice(0, 60)],
    ['not JSON', 'hello'],
  ])('says a %s file is damaged, naming it', (_why, text) => {
    expect(() => parseJournal(text, FILE)).toThrow(new RegExp(`The journal ${FILE} is damaged: it is not valid JSON`));
  });
});

describe('jsonProblem', () => {
  const problem = (text: string) => {
    try {
      JSON.parse(text);
    } catch (e) {
      return jsonProblem((e as Error).message, text);
    }
    throw new Error('parsed');
  };

  it.each([
    ['', 'it stops short, as if cut off'],
    ['{"entries":[{"thought":"I am scared tha', 'it stops short, as if cut off'],
    ['{"a":1,\n"b":2\n', 'it stops short, as if cut off'],
    ['{"a":1,\n  "b":2,,\n}', 'it goes wrong at line 2, column 9'],
    ['{"a":1,}', 'it goes wrong at line 1, column 8'],
    ['my secret diary', 'it holds something other than JSON'],
    ['{"a": my secret}', 'it holds something other than JSON'],
  ])('%j → %s, quoting nothing from the file', (text, want) => {
    const said = problem(text);
    expect(said).toBe(want);
    expect(said).not.toMatch(/secret|scared/);
  });
});
