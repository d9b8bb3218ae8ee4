// The journal is stored escaped (storage/json-text.ts): whatever the entries
// hold, the file's text has no control or bidi character but its line
// breaks, and parses back to the same journal. Its own lines may then be
// printed as they are (export, writeEscaped).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { appendix, scan } from '../../src/storage/scan.js';
import { serialize } from '../../src/storage/schema.js';
import { escapeJson } from '../../src/storage/json-text.js';
import { neutralise } from '../../src/ui/terminal-text.js';
import { writtenJournal } from '../fuzz/arbitraries.js';

/** What could drive a terminal: C0 but the newline, DEL, C1, bidi. */
const DRIVES = /[\x00-\x09\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]/;

describe('the journal as stored', () => {
  it('holds no control or bidi character but line breaks, and reads back the same', () => {
    fc.assert(fc.property(writtenJournal, (j) => {
      const text = serialize(j);
      expect(text).not.toMatch(DRIVES);
      expect(neutralise(text)).toBe(text);
      expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(j)));
    }), { numRuns: 300 });
  });

  it('an append is escaped as serialize() writes it, and scans as its lines', () => {
    fc.assert(fc.property(writtenJournal, fc.nat(), (j, n) => {
      const cut = 1 + (n % j.entries.length);
      const before = serialize({ ...j, entries: j.entries.slice(0, cut) });
      const added = j.entries.slice(cut);
      if (added.length === 0) return;
      const after = before.slice(0, before.length - '\n]}\n'.length) + appendix(added);
      expect(after).toBe(serialize(j));
      expect(scan(after, 'journal.json')?.lines.length).toBe(j.entries.length);
    }), { numRuns: 300 });
  });

  it('escapes exactly what JSON leaves raw, in the \\u form a parser reads', () => {
    expect(escapeJson(JSON.stringify('a\u202eb\x7fc\u009bd\u2069é😀'))).toBe('"a\\u202eb\\u007fc\\u009bd\\u2069é😀"');
  });
});
