// The daily loop through the real binary: log → list --open → review → list/show/delete.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { mode, readJournal, snapshot, tempDir, tempJournal, trust, UUID } from '../helpers/cli.js';

const fullLog = [
  'log', '--date', '2026-11-18',
  '--situation', 'They were late home', '--thought', "They don't care",
  '--type', 'emotional,instrumental', '--emotion', 'hurt:70', '--emotion', 'fear:40', '--belief', '80',
  '--evidence-for', 'No text', '--evidence-against', 'They called at lunch',
  '--trap', 'mind-reading,overgeneralisation', '--balanced', 'They were busy; they usually text', '--belief-after', '40',
  '--action', 'Ask how their day was', '--prediction', "They'll get defensive",
  '--checklist', 'check-in,privacy', '--gratitude', 'Cooked dinner', '--gratitude', 'Listened',
];

describe('the daily loop', () => {
  it('writes, challenges, acts, reviews', async () => {
    const { file } = tempJournal();
    const logged = await trust(['--file', file, ...fullLog]);
    // stdout keeps only the id; the journal answers back on stderr.
    expect(logged).toMatchObject({ code: 0, stderr: 'Belief in the old thought went from 80 to 40. Looking at the proof did that.\n' });
    const id = logged.stdout.trim();
    expect(id).toMatch(UUID);

    const [entry] = readJournal(file).entries;
    expect(entry).toEqual({
      id, kind: 'log', date: '2026-11-18', createdAt: '2026-11-20T12:00:00.000Z',
      situation: 'They were late home', thought: "They don't care", types: ['emotional', 'instrumental'],
      emotions: [{ name: 'hurt', intensity: 70 }, { name: 'fear', intensity: 40 }], belief: 80,
      evidenceFor: 'No text', evidenceAgainst: 'They called at lunch', traps: ['mind-reading', 'overgeneralisation'],
      balanced: 'They were busy; they usually text', beliefAfter: 40, action: 'Ask how their day was',
      prediction: "They'll get defensive", checklist: ['check-in', 'privacy'], gratitude: ['Cooked dinner', 'Listened'],
    });

    const open = await trust(['list', '--open', '--json', '--file', file]);
    expect(open.code).toBe(0);
    expect(JSON.parse(open.stdout).map((e: { id: string }) => e.id)).toEqual([id]);

    const reviewed = await trust(['review', id.slice(0, 6), '--done', 'yes', '--outcome', 'They told me about the meeting',
      '--talked', '--safety', '7', '--belief-now', '30', '--came-true', 'no', '--json', '--file', file]);
    expect(reviewed).toMatchObject({
      code: 0,
      stderr: 'What you feared did not happen. Worth remembering the next time that fear comes back.\nBelief in the old thought: 80 when you wrote it, 30 now. The step moved it.\n',
    });
    const review = JSON.parse(reviewed.stdout);
    expect(review).toMatchObject({ kind: 'review', ref: id, date: '2026-11-20', done: 'yes', talked: true, safety: 7, beliefNow: 30, cameTrue: 'no' });
    expect(readJournal(file).entries).toEqual([entry, review]);

    expect(JSON.parse((await trust(['list', '--open', '--json', '--file', file])).stdout)).toEqual([]);
    const shown = await trust(['show', id.slice(0, 8), '--file', file]);
    expect(shown.stdout).toContain("They don't care");
    expect(shown.stdout).toContain('Mind reading');
    // A row is cut to the width (80 without a terminal); COLUMNS gives it room for the whole outcome.
    const listed = await trust(['list', '--file', file], { env: { COLUMNS: '120' } });
    expect(listed.stdout.split('\n')[0]).toContain(review.id.slice(0, 8));
    expect(listed.stdout).toContain('They told me about the meeting');
  });

  it('refuses a second review of the same action, leaving the file alone', async () => {
    const { file } = tempJournal();
    const id = (await trust(['log', '--action', 'Share one thing', '--file', file])).stdout.trim();
    expect((await trust(['review', id, '--done', 'partly', '--no-talked', '--file', file])).code).toBe(0);
    expect(readJournal(file).entries[1]).toMatchObject({ done: 'partly', talked: false });
    const before = snapshot(file);
    const again = await trust(['review', id, '--done', 'yes', '--file', file]);
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(/already been reviewed/);
    expect(snapshot(file)).toBe(before);
  });

  it('deletes with --yes, and asks for it without a terminal', async () => {
    const { file } = tempJournal();
    const id = (await trust(['log', '--action', 'Share one thing', '--file', file])).stdout.trim();
    await trust(['review', id, '--done', 'yes', '--file', file]);
    const before = snapshot(file);
    const refused = await trust(['delete', id.slice(0, 4), '--file', file]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('--yes');
    expect(snapshot(file)).toBe(before);
    const deleted = await trust(['delete', id.slice(0, 4), '--yes', '--file', file]);
    expect(deleted.code).toBe(0);
    expect(readJournal(file).entries).toEqual([]);
    expect(readJournal(file).schemaVersion).toBe(1);
  });

  it('filters the list', async () => {
    const { file } = tempJournal();
    const env = { TRUST_JOURNAL: file };
    await trust(['log', '--date', '2026-11-01', '--thought', 'They lie', '--trap', 'labelling', '--action', 'Ask', '--type', 'informational'], { env });
    await trust(['log', '--date', '2026-11-10', '--checklist', 'repair', '--gratitude', 'Fixed the bike'], { env });
    await trust(['log', '--date', '2026-11-15', '--thought', 'Always late', '--trap', 'overgeneralisation', '--action', 'Say what I need'], { env });
    const dates = async (...args: string[]) =>
      JSON.parse((await trust(['list', '--json', ...args], { env })).stdout).map((e: { date: string }) => e.date);
    expect(await dates()).toEqual(['2026-11-15', '2026-11-10', '2026-11-01']);
    expect(await dates('--since', '2026-11-05', '--until', '2026-11-12')).toEqual(['2026-11-10']);
    expect(await dates('--trap', 'labelling')).toEqual(['2026-11-01']);
    expect(await dates('--type', 'informational')).toEqual(['2026-11-01']);
    expect(await dates('--contains', 'BIKE')).toEqual(['2026-11-10']);
    expect(await dates('--kind', 'review')).toEqual([]);
    expect(await dates('-n', '1')).toEqual(['2026-11-15']);
    expect(await dates('--open')).toEqual(['2026-11-15', '2026-11-01']);
    const none = await trust(['list', '--trap', 'labelling', '--since', '2026-11-02'], { env });
    expect(none.stdout.trim()).toBe('No entries match.');
  });
});

describe('where the journal lives', () => {
  it('defaults to $XDG_DATA_HOME/trust/journal.json, 0600 in a 0700 folder', async () => {
    const home = tempDir();
    const r = await trust(['log', '--gratitude', 'Held my hand'], { env: { HOME: home } });
    expect(r.code).toBe(0);
    const file = join(home, '.local', 'share', 'trust', 'journal.json');
    expect(mode(file)).toBe(0o600);
    expect(mode(join(home, '.local', 'share', 'trust'))).toBe(0o700);
  });

  it('falls back to ~/.local/share without XDG_DATA_HOME', async () => {
    const home = tempDir();
    await trust(['log', '--gratitude', 'x'], { env: { HOME: home, XDG_DATA_HOME: undefined } });
    expect(existsSync(join(home, '.local', 'share', 'trust', 'journal.json'))).toBe(true);
  });

  it('prefers --file (before or after the command) over TRUST_JOURNAL', async () => {
    const a = tempJournal().file;
    const b = tempJournal().file;
    await trust(['--file', a, 'log', '--gratitude', 'one'], { env: { TRUST_JOURNAL: b } });
    await trust(['log', '--gratitude', 'two', '--file', a], { env: { TRUST_JOURNAL: b } });
    await trust(['log', '--gratitude', 'three'], { env: { TRUST_JOURNAL: b } });
    expect(readJournal(a).entries).toHaveLength(2);
    expect(readJournal(b).entries).toHaveLength(1);
  });

  it('writes the file one entry a line', async () => {
    const { file } = tempJournal();
    await trust(['log', '--gratitude', 'one', '--file', file]);
    await trust(['log', '--gratitude', 'two', '--file', file]);
    const lines = (snapshot(file) ?? '').trim().split('\n');
    expect(lines).toHaveLength(4);
    expect(lines[0]).toBe('{"schemaVersion":1,"profile":{},"entries":[');
    expect(lines[3]).toBe(']}');
  });
});

describe('two processes at once', () => {
  it('keeps every entry when two writers race', async () => {
    const { file } = tempJournal();
    const writes = Array.from({ length: 8 }, (_, i) => trust(['log', '--gratitude', `note ${i}`, '--file', file]));
    const results = await Promise.all(writes);
    expect(results.map((r) => r.code)).toEqual(Array(8).fill(0));
    const notes = readJournal(file).entries.map((e) => (e.gratitude as string[])[0]).sort();
    expect(notes).toEqual(Array.from({ length: 8 }, (_, i) => `note ${i}`).sort());
  });
});
