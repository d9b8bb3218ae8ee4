// `trust report` parses only its window when the file is laid out as trust
// writes it; any other layout is parsed whole. Both must report the same.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, tempJournal, trust } from '../helpers/cli.js';

describe('report over part of the journal', () => {
  it.each(['2026-11-08', '2026-11-01', '2026-10-27'])('matches a whole parse for the week of %s', async (week) => {
    const text = readFileSync(join(ROOT, 'test', 'fixtures', 'report-weeks.json'), 'utf8');
    const ours = tempJournal().file;
    const pretty = tempJournal().file;
    writeFileSync(ours, text);
    writeFileSync(pretty, JSON.stringify(JSON.parse(text), null, 2));
    const a = await trust(['report', '--json', '--week', week, '--file', ours]);
    const b = await trust(['report', '--json', '--week', week, '--file', pretty]);
    expect(a.code).toBe(0);
    expect(a.stdout).toBe(b.stdout);
    expect(JSON.parse(a.stdout).days.logged).toBeGreaterThan(0);
  });
});
