// `trust export` on the real binary.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { mode, readJournal, snapshot, tempJournal, trust } from '../helpers/cli.js';

const THOUGHT = 'If I open up, "again", I get hurt';

/** One journal for the read-only tests: a full thought record, its review, a checklist day. */
const fixture = tempJournal();
let action = '';
let reviewId = '';

beforeAll(async () => {
  const f = ['--file', fixture.file];
  action = (await trust(['log', ...f, '--date', '2026-11-16', '--situation', 'Quiet dinner', '--thought', THOUGHT,
    '--type', 'emotional', '--emotion', 'fear:70', '--belief', '80', '--trap', 'fortune-telling',
    '--balanced', 'Last time I shared, it went fine', '--belief-after', '40',
    '--action', 'Tell them one thing about my day', '--prediction', 'They will brush it off',
    '--gratitude', 'Made tea, unasked'], { env: { TRUST_NOW: '2026-11-16T20:00:00Z' } })).stdout.trim();
  reviewId = (await trust(['review', action, ...f, '--done', 'yes', '--outcome', 'They asked questions\nand listened',
    '--came-true', 'no'], { env: { TRUST_NOW: '2026-11-18T20:00:00Z' } })).stdout.trim();
  await trust(['log', ...f, '--date', '2026-11-10', '--checklist', 'check-in,privacy'], { env: { TRUST_NOW: '2026-11-10T20:00:00Z' } });
});

describe('trust export --format json', () => {
  it('round trip: imported into an empty journal it gives the same entries', async () => {
    const r = await trust(['export', '--file', fixture.file]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const { dir } = tempJournal();
    const copy = join(dir, 'export.json');
    const fresh = join(dir, 'fresh.json');
    await trust(['export', '--file', fixture.file, '--out', copy]);
    expect(readFileSync(copy, 'utf8')).toBe(r.stdout);

    const imported = await trust(['import', copy, '--file', fresh]);
    expect(imported.stdout).toBe('Added 3 entries; 0 were already here.\n');
    const original = readJournal(fixture.file);
    const byId = (entries: Record<string, unknown>[]) => [...entries].sort((x, y) => String(x.id).localeCompare(String(y.id)));
    expect(byId(readJournal(fresh).entries)).toEqual(byId(original.entries));
    expect(readJournal(fresh).entries.map((e) => e.date)).toEqual(['2026-11-10', '2026-11-16', '2026-11-18']);
    expect(readJournal(fresh).profile).toEqual(original.profile);
    expect(JSON.parse(r.stdout)).toMatchObject({ schemaVersion: 1, profile: original.profile });
  });

  it('applies the filters of trust list, oldest first', async () => {
    const r = await trust(['export', '--file', fixture.file, '--since', '2026-11-15']);
    expect(JSON.parse(r.stdout).entries.map((e: { id: string }) => e.id)).toEqual([action, reviewId]);
    const reviews = await trust(['export', '--file', fixture.file, '--kind', 'review']);
    expect(JSON.parse(reviews.stdout).entries.map((e: { id: string }) => e.id)).toEqual([reviewId]);
  });
});

describe('trust export --format markdown and csv', () => {
  it('markdown: every entry, by day', async () => {
    const r = await trust(['export', '--file', fixture.file, '--format', 'markdown']);
    expect(r.code).toBe(0);
    for (const text of ['## Tuesday 10 November 2026', '## Monday 16 November 2026', 'Check in on feelings',
      'If I open up, "again", I get hurt', 'Fortune telling', 'Last time I shared, it went fine',
      'Tell them one thing about my day', 'They asked questions', 'Made tea, unasked']) {
      expect(r.stdout).toContain(text);
    }
    expect(r.stdout.indexOf('10 November')).toBeLessThan(r.stdout.indexOf('16 November'));
  });

  it('csv: a header and one quoted row an entry', async () => {
    const r = await trust(['export', '--file', fixture.file, '--format', 'csv']);
    const lines = r.stdout.split('\r\n');
    expect(lines[0]?.startsWith('id,kind,date,createdAt,situation,thought,')).toBe(true);
    expect(r.stdout).toContain(',"If I open up, ""again"", I get hurt",');
    expect(r.stdout).toContain(',"They asked questions\nand listened",');
    expect(r.stdout.match(/^[0-9a-f-]{36},(log|review),/gm)).toHaveLength(3);
  });
});

describe('trust export --out', () => {
  it('writes the file with mode 0600 and says where', async () => {
    const { dir } = tempJournal();
    const out = join(dir, 'for-therapist', 'journal.md');
    const r = await trust(['export', '--file', fixture.file, '--format', 'markdown', '--out', out]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(`Wrote 3 entries to ${out}.\n`);
    expect(mode(out)).toBe(0o600);
    expect(mode(join(dir, 'for-therapist'))).toBe(0o700);
    expect(readFileSync(out, 'utf8')).toContain(THOUGHT);
    expect(existsSync(`${out}.bak1`)).toBe(false);
  });

  it('refuses to overwrite the journal itself: exit 2, journal unchanged', async () => {
    const before = snapshot(fixture.file);
    for (const out of [fixture.file, join(fixture.dir, '.', 'journal.json')]) {
      const r = await trust(['export', '--file', fixture.file, '--format', 'csv', '--out', out]);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/is the journal itself/);
      expect(r.stdout).toBe('');
    }
    expect(snapshot(fixture.file)).toBe(before);
  });

  it('bad filters are bad usage: exit 2, nothing written', async () => {
    const { dir } = tempJournal();
    const out = join(dir, 'out.json');
    const r = await trust(['export', '--file', fixture.file, '--since', 'last week', '--out', out]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--since takes a date/);
    expect(existsSync(out)).toBe(false);
  });

  it('an empty journal exports as an empty, importable journal', async () => {
    const { file } = tempJournal();
    const r = await trust(['export', '--file', file]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({ schemaVersion: 1, profile: {}, entries: [] });
    expect(existsSync(file)).toBe(false);
  });
});
