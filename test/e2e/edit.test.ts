// `trust edit` through the real binary: a correction is a new entry, the
// first version stays, and the corrected text is what every reader shows
// (show, list, report, fears, markdown export); the JSON export stays as written.
import { chmodSync, copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readJournal, snapshot, tempJournal, trust, UUID } from '../helpers/cli.js';
import { keys, ptyTrust } from '../helpers/pty.js';

const at = (day: string) => ({ env: { TRUST_NOW: day } });

/** A thought with a step and a fear, and a look back at it. */
async function stepAndReview(file: string): Promise<{ logId: string; reviewId: string }> {
  const logged = await trust([
    'log', '--file', file, '--thought', 'They will leave me', '--belief', '90', '--trap', 'fortune-telling',
    '--action', 'Ask them to stay for coffee', '--prediction', 'They will make an excuse',
  ], at('2026-11-16'));
  expect(logged.code).toBe(0);
  const logId = logged.stdout.trim();
  const reviewed = await trust(['review', logId, '--file', file, '--done', 'yes', '--came-true', 'no', '--outcome', 'We had coffee'], at('2026-11-17'));
  expect(reviewed.code).toBe(0);
  return { logId, reviewId: reviewed.stdout.trim() };
}

async function ok(args: string[], day = '2026-11-18'): Promise<string> {
  const r = await trust(args, at(day));
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return r.stdout;
}

describe('trust edit', () => {
  it('saves a correction of a log as a new entry with only the changed fields; the first version stays', async () => {
    const { file } = tempJournal();
    const { logId } = await stepAndReview(file);
    const before = readJournal(file).entries[0];
    const out = await ok(['edit', logId.slice(0, 8), '--file', file, '--thought', 'They might leave me', '--belief', '90', '--json']);
    const edit = JSON.parse(out);
    expect(edit).toEqual({
      id: expect.stringMatching(UUID), kind: 'edit', date: '2026-11-16', createdAt: '2026-11-18T12:00:00.000Z',
      ref: logId, fields: { thought: 'They might leave me' }, // the belief was already 90: not a change
    });
    const entries = readJournal(file).entries;
    expect(entries).toHaveLength(3);
    expect(entries[0]).toEqual(before);
    expect(entries).toContainEqual(edit);
  });

  it('the corrected text is the current text in show, list, report, fears and the markdown export; the json export is as written', async () => {
    const { file } = tempJournal();
    const { logId, reviewId } = await stepAndReview(file);
    await ok(['edit', logId, '--file', file, '--thought', 'They might leave me', '--belief', '70']);
    await ok(['edit', reviewId, '--file', file, '--outcome', 'We had coffee and talked', '--came-true', 'partly']);

    const shown = await ok(['show', logId, '--file', file]);
    expect(shown).toMatch(/Thought: They might leave me/);
    expect(shown).not.toMatch(/They will leave me/);
    expect(shown).toMatch(/What happened: We had coffee and talked/);
    expect(shown).toMatch(/^Monday 16 November 2026 {2}Daily entry \([0-9a-f]{8}, edited\)$/m);

    const listed = await ok(['list', '--file', file]);
    expect(listed).toMatch(/log +They might leave me → Ask .* \(edited\)$/m);
    expect(listed).toMatch(/review +yes, fear came true: partly — We.* \(edited\)$/m);
    expect(listed).not.toMatch(/ edit /); // the corrections live in the entries they correct

    const report = JSON.parse(await ok(['report', '--json', '--file', file, '--week', '2026-11-16'], '2026-11-20'));
    expect(report.beliefs).toEqual([expect.objectContaining({ id: logId, thought: 'They might leave me', before: 70 })]);
    expect(report.predictions).toMatchObject({ tested: 1, partly: 1, didNot: 0 });

    const fears = JSON.parse(await ok(['fears', '--json', '--file', file]));
    expect(fears).toMatchObject({ tested: 1, partly: 1, items: [{ id: logId, cameTrue: 'partly', outcome: 'We had coffee and talked' }] });

    const md = await ok(['export', '--format', 'markdown', '--file', file]);
    expect(md).toMatch(/They might leave me/);
    expect(md).not.toMatch(/They will leave me/);

    const json = JSON.parse(await ok(['export', '--file', file]));
    expect(json.entries.map((e: { kind: string }) => e.kind)).toEqual(['log', 'edit', 'review', 'edit']); // by day: a correction is dated the day it corrects
    expect(json.entries[0].thought).toBe('They will leave me');
  });

  it('list --contains finds an entry by its corrected words, and the csv export holds them', async () => {
    const { file } = tempJournal();
    const { logId } = await stepAndReview(file);
    await ok(['edit', logId, '--file', file, '--thought', 'Perhaps they stay']);
    expect(await ok(['list', '--contains', 'perhaps', '--file', file])).toMatch(/Perhaps they stay/);
    expect(await ok(['list', '--contains', 'will leave', '--file', file])).toBe('No entries match.\n');
    const csv = await ok(['export', '--format', 'csv', '--file', file]);
    expect(csv).toMatch(/Perhaps they stay/);
    expect(csv).not.toMatch(/They will leave me/);
  });

  it('the later of two corrections of one field wins, the other fields of both stay', async () => {
    const { file } = tempJournal();
    const { logId } = await stepAndReview(file);
    await ok(['edit', logId, '--file', file, '--thought', 'first fix', '--belief', '60'], '2026-11-18');
    await ok(['edit', logId, '--file', file, '--thought', 'second fix'], '2026-11-19');
    expect(JSON.parse(await ok(['show', logId, '--json', '--file', file]))).toMatchObject({ thought: 'second fix', belief: 60, edited: '2026-11-19T12:00:00.000Z' });
  });

  it.each([
    ['an unknown id', ['edit', 'ffffffff', '--thought', 'x'], /No entry has an id starting with "ffffffff"/],
    ['a review flag on a log', ['edit', 'LOG', '--done', 'no'], /--done does not belong to a log/],
    ['a log flag on a review', ['edit', 'REVIEW', '--thought', 'x'], /--thought does not belong to a review/],
    ['an out-of-range rating', ['edit', 'LOG', '--belief', '101'], /--belief takes a whole number from 0 to 100/],
    ['a safety out of range', ['edit', 'REVIEW', '--safety', '11'], /--safety takes a whole number from 0 to 10/],
    ['nothing changed', ['edit', 'LOG', '--thought', 'They will leave me'], /Nothing to change in/],
    ['no flags and no terminal', ['edit', 'LOG'], /Say what to change in/],
    ['an entry of another kind', ['edit', 'JAR', '--thought', 'x'], /only a daily entry \(log\) or a review can be corrected/],
    ['a rated balanced thought that is not there', ['edit', 'LOG', '--belief-balanced', '50'], /--belief-balanced rates something that is not there/],
  ])('refuses %s: exit 2, one line, the journal unchanged', async (_name, args, message) => {
    const { file } = tempJournal();
    const { logId, reviewId } = await stepAndReview(file);
    const jar = (await trust(['jar', 'add', 'Made tea', '--file', file])).stdout.trim();
    const ids: Record<string, string> = { LOG: logId, REVIEW: reviewId, JAR: jar.match(/[0-9a-f]{8}-[0-9a-f-]{27}/)?.[0] ?? jar };
    const before = snapshot(file);
    const r = await trust([...args.map((a) => ids[a] ?? a), '--file', file]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stdout).toBe('');
    expect(snapshot(file)).toBe(before);
  });

  it('deleting an entry deletes its corrections and those of its review', async () => {
    const { file } = tempJournal();
    const { logId, reviewId } = await stepAndReview(file);
    await ok(['edit', logId, '--file', file, '--thought', 'fixed']);
    await ok(['edit', reviewId, '--file', file, '--outcome', 'fixed too']);
    const deleted = await trust(['delete', logId, '--yes', '--file', file]);
    expect(deleted.code).toBe(0);
    expect(deleted.stdout).toBe(`Deleted ${logId.slice(0, 8)} and its review.\n`);
    const j = JSON.parse(readFileSync(file, 'utf8'));
    expect(j.entries).toEqual([]);
    expect(j.deleted).toHaveLength(4);
  });

  it('a correction made in another copy travels through import', async () => {
    const { dir, file } = tempJournal();
    const { logId } = await stepAndReview(file);
    const copy = join(dir, 'copy.json');
    copyFileSync(file, copy);
    await ok(['edit', logId, '--file', copy, '--thought', 'Fixed on the laptop']);
    const imported = await trust(['import', copy, '--file', file], at('2026-11-19'));
    expect(imported.code).toBe(0);
    expect(await ok(['show', logId, '--file', file], '2026-11-19')).toMatch(/Thought: Fixed on the laptop/);
    // Importing it again changes nothing.
    const once = snapshot(file);
    expect((await trust(['import', copy, '--file', file], at('2026-11-19'))).code).toBe(0);
    expect(snapshot(file)).toBe(once);
  });

  it('a correction with words of crisis gets the care note, like any entry', async () => {
    const { file } = tempJournal();
    const { logId } = await stepAndReview(file);
    const r = await trust(['edit', logId, '--file', file, '--thought', 'I want to kill myself', '--json'], at('2026-11-18'));
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).care).toMatchObject({ level: 'crisis' });
    expect(r.stderr).not.toBe('');
  });

  it('a review corrected to a step that felt very unsafe is a danger signal', async () => {
    const { file } = tempJournal();
    const { reviewId } = await stepAndReview(file);
    const r = await trust(['edit', reviewId, '--file', file, '--safety', '1', '--json'], at('2026-11-18'));
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).care).toMatchObject({ level: 'danger', signals: [expect.objectContaining({ why: 'unsafe-step' })] });
  });

  it('deleting a log with corrections only says no review when it had none', async () => {
    const { file } = tempJournal();
    const id = (await trust(['log', '--thought', 'alone', '--file', file])).stdout.trim();
    await ok(['edit', id, '--file', file, '--thought', 'not alone']);
    const r = await trust(['delete', id, '--yes', '--file', file]);
    expect(r.stdout).toBe(`Deleted ${id.slice(0, 8)}.\n`);
    expect(readJournal(file).entries).toEqual([]);
  });

  it('a step added by a correction can be looked back on, its fear answered', async () => {
    const { file } = tempJournal();
    const id = (await trust(['log', '--thought', 'They will leave', '--file', file], at('2026-11-16'))).stdout.trim();
    await ok(['edit', id, '--file', file, '--action', 'Ask to talk', '--prediction', 'They refuse']);
    const r = await trust(['review', id, '--done', 'yes', '--came-true', 'no', '--file', file], at('2026-11-18'));
    expect(r.code).toBe(0);
    expect(JSON.parse(await ok(['fears', '--json', '--file', file]))).toMatchObject({ tested: 1, items: [{ prediction: 'They refuse', cameTrue: 'no' }] });
  });

  it('show of a small step reads as prose: its look back under it, days as people say them, no field names', async () => {
    const { file } = tempJournal();
    const { logId } = await stepAndReview(file);
    const shown = await ok(['show', logId, '--file', file]);
    expect(shown).toMatch(/Looked back on Tuesday 17 November 2026/);
    expect(shown).toMatch(/What happened: We had coffee/);
    expect(shown).not.toMatch(/createdAt|cameTrue|T12:00|2026-11-1/);
  });
});

describe('trust edit at a terminal', () => {
  it('asks which field, offers the current words as the default, and saves only that change', async () => {
    const { file } = tempJournal();
    const { logId } = await stepAndReview(file);
    const r = await ptyTrust(['edit', logId, '--file', file], [
      { wait: 'What would you like to change?', send: `${keys.down}${keys.down}${keys.enter}` },
      { wait: 'How would you like to write it?', send: keys.enter },
      { wait: 'They will leave me', send: `They might leave${keys.enter}` },
      { wait: 'What would you like to change?', send: keys.enter },
      { wait: 'The first version is kept.' },
    ], at('2026-11-18').env);
    expect(r.stuck).toBeNull();
    expect(r.code).toBe(0);
    expect(readJournal(file).entries.at(-1)).toMatchObject({ kind: 'edit', ref: logId, fields: { thought: 'They might leave' } });
  });

  it('writes a long answer in $EDITOR when chosen', async () => {
    const { dir, file } = tempJournal();
    const { reviewId } = await stepAndReview(file);
    const editor = join(dir, 'editor.sh');
    writeFileSync(editor, '#!/bin/sh\nprintf "We had coffee.\\nThen a long talk." > "$1"\n');
    chmodSync(editor, 0o755);
    const r = await ptyTrust(['edit', reviewId, '--file', file], [
      { wait: 'What would you like to change?', send: `${keys.down}${keys.down}${keys.enter}` },
      { wait: 'How would you like to write it?', send: `${keys.down}${keys.enter}` },
      { wait: 'What would you like to change?', send: keys.enter },
      { wait: 'The first version is kept.' },
    ], { TRUST_NOW: '2026-11-18', EDITOR: editor, VISUAL: editor });
    expect(r.stuck).toBeNull();
    expect(r.code).toBe(0);
    expect(readJournal(file).entries.at(-1)).toMatchObject({ kind: 'edit', ref: reviewId, fields: { outcome: 'We had coffee.\nThen a long talk.' } });
  });
});
