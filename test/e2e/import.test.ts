// `trust import` on the real binary: two copies of one journal that each
// gained entries merge into one with nothing lost or doubled.
import { copyFileSync, linkSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readJournal, snapshot, tempJournal, trust, UUID } from '../helpers/cli.js';

/** Logs an entry at a given moment and returns its id. */
async function logAt(file: string, at: string, args: string[]): Promise<string> {
  const r = await trust(['log', '--file', file, ...args], { env: { TRUST_NOW: at } });
  expect(r.stderr).toBe('');
  return r.stdout.trim();
}

const ids = (file: string) => readJournal(file).entries.map((e) => e.id as string);

describe('trust import: two diverged copies', () => {
  it('merges to the union, each entry once, in date order then time written', async () => {
    const { dir, file: laptop } = tempJournal();
    const desktop = join(dir, 'journal.sync-conflict-20261120-desktop.json');
    const first = await logAt(laptop, '2026-11-16T20:00:00Z', ['--date', '2026-11-16', '--thought', 'They will leave', '--action', 'Say one true thing']);
    const second = await logAt(laptop, '2026-11-17T20:00:00Z', ['--date', '2026-11-17', '--checklist', 'check-in']);
    copyFileSync(laptop, desktop);

    // Each copy gains different entries, some backfilled to earlier days.
    const review = (await trust(['review', first.slice(0, 8), '--file', laptop, '--done', 'yes', '--outcome', 'They listened'], { env: { TRUST_NOW: '2026-11-18T21:00:00Z' } })).stdout.trim();
    const laptopLate = await logAt(laptop, '2026-11-19T08:00:00Z', ['--date', '2026-11-17', '--gratitude', 'Made tea']);
    const desktopEarly = await logAt(desktop, '2026-11-18T07:00:00Z', ['--date', '2026-11-15', '--action', 'Ask, do not guess']);
    const desktopSameDay = await logAt(desktop, '2026-11-17T22:00:00Z', ['--date', '2026-11-17', '--gratitude', 'Fixed the bike']);
    for (const id of [review, laptopLate, desktopEarly, desktopSameDay]) expect(id).toMatch(UUID);

    const r = await trust(['import', desktop, '--file', laptop]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('Added 2 entries; 2 were already here.\n');
    expect(ids(laptop)).toEqual([desktopEarly, first, second, desktopSameDay, laptopLate, review]);

    // The other way round gives the same journal.
    const back = await trust(['import', laptop, '--file', desktop]);
    expect(back.stdout).toBe('Added 2 entries; 4 were already here.\n');
    expect(readJournal(desktop).entries).toEqual(readJournal(laptop).entries);
  });

  it('changes nothing the second time, byte for byte', async () => {
    const { dir, file } = tempJournal();
    const other = join(dir, 'backup.json');
    await logAt(file, '2026-11-18T20:00:00Z', ['--checklist', 'repair']);
    copyFileSync(file, other);
    await logAt(other, '2026-11-19T20:00:00Z', ['--action', 'Be on time']);
    expect((await trust(['import', other, '--file', file])).code).toBe(0);
    const once = snapshot(file);
    const backup = snapshot(`${file}.bak1`);

    const again = await trust(['import', other, '--file', file, '--json']);
    expect(again.code).toBe(0);
    expect(JSON.parse(again.stdout)).toMatchObject({ added: 0, alreadyHere: 2, conflicts: [], total: 2, changed: false });
    expect(snapshot(file)).toBe(once);
    expect(snapshot(`${file}.bak1`)).toBe(backup);
  });

  it('does not bring back an entry deleted in either copy', async () => {
    const { dir, file: here } = tempJournal();
    const there = join(dir, 'there.json');
    const gone = await logAt(here, '2026-11-16T20:00:00Z', ['--action', 'Call at lunch']);
    const kept = await logAt(here, '2026-11-17T20:00:00Z', ['--checklist', 'privacy']);
    copyFileSync(here, there);
    expect((await trust(['delete', gone.slice(0, 8), '--yes', '--file', here])).code).toBe(0);

    const r = await trust(['import', there, '--file', here]);
    expect(r.stdout).toBe('Nothing new: 1 entry was already here.\nLeft out 1 entry you had deleted here.\n');
    expect(ids(here)).toEqual([kept]);

    // One of two entries is half the journal: that needs a yes (see import-checks.test.ts).
    const other = await trust(['import', here, '--file', there, '--yes']);
    expect(other.stdout).toContain('Removed 1 entry deleted in the other copy.');
    expect(ids(there)).toEqual([kept]);
    expect((readJournal(there) as { deleted?: string[] }).deleted).toEqual([gone]);
  });

  it('keeps our entry when the same id holds something else, and says so', async () => {
    const { dir, file } = tempJournal();
    const other = join(dir, 'edited.json');
    const id = await logAt(file, '2026-11-18T20:00:00Z', ['--action', 'Mine']);
    const edited = readJournal(file);
    (edited.entries[0] as Record<string, unknown>).action = 'Changed by hand';
    writeFileSync(other, JSON.stringify(edited));
    const before = snapshot(file);

    const r = await trust(['import', other, '--file', file]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(`Nothing new: 1 entry was already here.\n1 entry had the same id here but different content; kept the one here: ${id.slice(0, 8)}.\n`);
    expect(snapshot(file)).toBe(before);
    const json = JSON.parse((await trust(['import', other, '--file', file, '--json'])).stdout);
    expect(json.conflicts).toEqual([id]);
  });

  it('fills in empty profile fields from the other copy, keeping ours', async () => {
    const { dir, file } = tempJournal();
    const other = join(dir, 'other.json');
    writeFileSync(file, JSON.stringify({ schemaVersion: 1, profile: { partner: 'Alex' }, entries: [] }));
    writeFileSync(other, JSON.stringify({ schemaVersion: 1, profile: { partner: 'Sam', remindAt: '20:30' }, entries: [] }));
    const r = await trust(['import', other, '--file', file]);
    expect(r.stdout).toContain('Filled in from the other copy: the reminder time.');
    expect(readJournal(file).profile).toEqual({ partner: 'Alex', remindAt: '20:30' });
  });

  it('imports into a journal that does not exist yet, created 0600', async () => {
    const { dir } = tempJournal();
    const source = join(dir, 'old.json');
    await logAt(source, '2026-11-18T20:00:00Z', ['--checklist', 'repair']);
    const fresh = join(dir, 'new', 'journal.json');
    const r = await trust(['import', source, '--file', fresh]);
    expect(r.stdout).toBe('Added 1 entry; 0 were already here.\n');
    expect(readJournal(fresh).entries).toEqual(readJournal(source).entries);
  });
});

describe('trust import: refusals leave the journal as it was', () => {
  // Files that are not a journal at all are invalid input: exit 2 (import-checks.test.ts).
  const bad: [string, string | null, RegExp][] = [
    ['missing', null, /There is no file at .*missing\.json/],
    ['empty', '', /is empty/],
    ['a newer schema', '{"schemaVersion":99,"profile":{},"entries":[]}', /newer trust \(schema 99/],
  ];

  it.each(bad)('%s: exit 1', async (_name, content, message) => {
    const { dir, file } = tempJournal();
    await logAt(file, '2026-11-18T20:00:00Z', ['--checklist', 'repair']);
    const source = join(dir, 'missing.json');
    if (content !== null) writeFileSync(source, content);
    const before = snapshot(file);
    const r = await trust(['import', source, '--file', file]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(message);
    expect(r.stderr.trim().split('\n').length).toBeLessThanOrEqual(2);
    expect(r.stderr).not.toMatch(/\bat .*\.js:\d+/);
    expect(snapshot(file)).toBe(before);
  });

  it('a folder: exit 1', async () => {
    const { dir, file } = tempJournal();
    mkdirSync(join(dir, 'sync'));
    const r = await trust(['import', join(dir, 'sync'), '--file', file]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/is a folder/);
    expect(snapshot(file)).toBeNull();
  });

  it.each([
    ['the same path', (file: string) => file],
    ['another spelling of it', (file: string) => join(file, '..', '.', 'journal.json')],
    ['a link to it', (file: string) => {
      const link = join(file, '..', 'link.json');
      symlinkSync(file, link);
      return link;
    }],
    ['a hard link to it', (file: string) => {
      const link = join(file, '..', 'hard.json');
      linkSync(file, link);
      return link;
    }],
  ])('the journal itself (%s): exit 2', async (_name, spell) => {
    const { file } = tempJournal();
    await logAt(file, '2026-11-18T20:00:00Z', ['--checklist', 'repair']);
    const before = snapshot(file);
    const r = await trust(['import', spell(file), '--file', file]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/is this journal already/);
    expect(snapshot(file)).toBe(before);
  });
});
