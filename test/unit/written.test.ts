// The note of the version trust last wrote is read back through a schema: a
// note in any other shape means "not ours", so the journal is parsed whole.
import { writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { writtenPath } from '../../src/storage/paths.js';
import { noteWritten, wroteLast } from '../../src/storage/written.js';
import { tempJournal } from '../helpers/cli.js';

const id = { ino: 41, size: 2, mtimeMs: 1764000000000.5 };

describe('wroteLast', () => {
  it('knows the version it noted', async () => {
    const { file } = tempJournal();
    await noteWritten(file, id);
    expect(await wroteLast(file, id)).toBe(true);
    expect(await wroteLast(file, { ...id, size: 3 })).toBe(false);
  });

  it.each([
    ['no note', undefined],
    ['not JSON', '{"ino":41,'],
    ['null', 'null'],
    ['a list', '[41, 2, 1764000000000.5]'],
    ['the numbers as text', '{"ino":"41","size":"2","mtimeMs":"1764000000000.5"}'],
    ['a field missing', '{"ino":41,"size":2}'],
    // An older build's note: its version may hold raw DEL, C1 or bidi characters (json-text.ts).
    ['a note without the escaped mark', '{"ino":41,"size":2,"mtimeMs":1764000000000.5}'],
  ])('reads %s as a version it did not write', async (_why, note) => {
    const { file } = tempJournal();
    if (note !== undefined) writeFileSync(writtenPath(file), note);
    expect(await wroteLast(file, id)).toBe(false);
  });

  it('accepts a note with a key it does not know', async () => {
    const { file } = tempJournal();
    writeFileSync(writtenPath(file), JSON.stringify({ ...id, escaped: true, dev: 7 }));
    expect(await wroteLast(file, id)).toBe(true);
  });
});
