// Appends and reports read only part of the journal, but only when trust
// wrote the file itself: anything else is parsed whole, with the usual
// refusal of a damaged file.
import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readJournal, snapshot, tempJournal, trust } from '../helpers/cli.js';

async function journalOfThree(): Promise<string> {
  const { file } = tempJournal();
  for (const day of ['2026-11-18', '2026-11-19', '2026-11-20']) {
    expect((await trust(['log', '--date', day, '--gratitude', `good ${day}`, '--file', file])).code).toBe(0);
  }
  return file;
}

describe('a journal changed by something other than trust', () => {
  it('damaged inside a line: a log is refused (exit 1), the file and its backups unchanged', async () => {
    const file = await journalOfThree();
    const damaged = readFileSync(file, 'utf8').replace('"gratitude":["good 2026-11-19"]', '"gratitude" ["good 2026-11-19"]');
    writeFileSync(file, damaged);
    const before = [snapshot(file), snapshot(`${file}.bak1`)];
    for (let i = 0; i < 3; i++) {
      const r = await trust(['log', '--checklist', 'repair', '--file', file]);
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(/damaged|not valid JSON/);
    }
    expect([snapshot(file), snapshot(`${file}.bak1`)]).toEqual(before);
    const report = await trust(['report', '--json', '--file', file]);
    expect(report.code).toBe(1);
  });

  it('an empty entries list on lines of its own: a log adds to it and the file stays valid', async () => {
    const { file } = tempJournal();
    writeFileSync(file, '{"schemaVersion":1,"profile":{},"entries":[\n]}\n');
    expect((await trust(['log', '--checklist', 'check-in', '--file', file])).code).toBe(0);
    expect(readJournal(file).entries).toHaveLength(1);
    expect((await trust(['log', '--checklist', 'repair', '--file', file])).code).toBe(0);
    expect(readJournal(file).entries).toHaveLength(2);
  });

  it('two entries on one line (valid JSON): the report reads it whole', async () => {
    const file = await journalOfThree();
    writeFileSync(file, readFileSync(file, 'utf8').replace('},\n{"id"', '},{"id"'));
    const r = await trust(['report', '--json', '--file', file]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).days.logged).toBe(3);
  });
});
