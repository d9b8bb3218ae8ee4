// After an affair, end to end: a week of triggers and requests logged by
// flags shows up in `report --json`, `trust request` and `trust path`, for
// each role; bad values exit 2 with the journal unchanged.
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readJournal, tempJournal, trust, UUID, type Run } from '../helpers/cli.js';
import { expectRefused } from '../helpers/refusal.js';

// TRUST_NOW is 2026-11-20, a Friday: the default report is 14 to 20 November.
async function ok(file: string, ...args: string[]): Promise<Run> {
  const r = await trust([...args, '--file', file]);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return r;
}
const json = async (file: string, ...args: string[]) => JSON.parse((await ok(file, ...args, '--json')).stdout);

/** Four weeks ago: three strong triggers. This week: three milder ones, and a request met five times. */
async function week(role: string): Promise<{ file: string; leave: string; phone: string }> {
  const { file } = tempJournal();
  await ok(file, 'init', '--role', role, '--partner', 'Sam');
  for (const date of ['2026-10-17', '2026-10-19', '2026-10-22']) await ok(file, 'trigger', '--date', date, '--what', 'the hotel', '--strength', '8');
  await ok(file, 'trigger', '--date', '2026-11-16', '--what', 'a song in the car', '--strength', '6', '--helped', 'a walk', '--reassured', 'yes');
  await ok(file, 'trigger', '--date', '2026-11-18', '--what', 'phone face-down', '--strength', '4', '--helped', 'A walk', '--reassured', 'partly');
  await ok(file, 'trigger', '--date', '2026-11-19', '--strength', '3', '--helped', 'breathing', '--reassured', 'yes');
  const phone = (await ok(file, 'request', 'add', 'Phone on the table at dinner', '--cost', 'high', '--date', '2026-10-01')).stdout.trim();
  const leave = (await ok(file, 'request', 'add', 'Text me when you leave work', '--cost', 'low', '--date', '2026-11-14')).stdout.trim();
  for (const day of ['14', '15', '16', '17', '18']) await ok(file, 'request', 'met', leave.slice(0, 8), '--date', `2026-11-${day}`);
  return { file, leave, phone };
}

const METS: [string, string][] = [
  ['hurt', 'Sam met “Text me when you leave work” 5 times this week.'],
  ['broke-trust', 'You met “Text me when you leave work” 5 times this week.'],
  ['both', '“Text me when you leave work” was met 5 times this week.'],
];

describe.each(METS)('a week after an affair, as %s', (role, metNote) => {
  it('shows in report --json, in the notes, and in every format', async () => {
    const { file, leave } = await week(role);
    const r = await json(file, 'report');
    expect(r.triggers).toMatchObject({ count: 3, strength: 4.3, reassured: 2, partly: 1, daily: [0, 0, 1, 0, 1, 1, 0] });
    expect(r.triggers.helped).toEqual([{ text: 'a walk', count: 2 }, { text: 'breathing', count: 1 }]);
    expect(r.requests).toEqual({ asked: 1, met: 5, items: [{ id: leave, text: 'Text me when you leave work', met: 5 }] });
    expect(r.stage).toBe('attune');
    expect(r.triggerTrend).toEqual({ then: { from: '2026-10-17', to: '2026-10-23', count: 3, strength: 8 }, way: 'milder' });
    expect(r.notes).toContain(metNote);
    expect(r.notes).toContain('Triggers this week: milder than four weeks ago.');
    expect(r.previous.triggers).toMatchObject({ count: 0 });

    const text = (await ok(file, 'report')).stdout;
    expect(text).toContain('Triggers and requests\n  3 triggers, 4.3/10 on average.\n  Milder than four weeks ago.\n  What helped most often: “a walk” (twice).');
    expect(text).toContain('Reassurance came 2 of 3 times, and partly once.');
    expect(text).toMatch(/Triggers each day\n {2}·· 1·11·\n {2}SS MTWTF/);
    expect((await ok(file, 'report', '--format', 'markdown')).stdout).toContain('## Triggers and requests\n\n- 3 triggers, 4.3/10 on average.');
    expect((await ok(file, 'report', '--format', 'html')).stdout).toMatch(/<h2>Triggers and requests<\/h2><ul class="notes"><li>3 triggers/);
  });

  it('shows in trust request: how often, how lately, and which went quiet', async () => {
    const { file, leave, phone } = await week(role);
    const list = await json(file, 'request');
    expect(list.requests).toEqual([
      { id: leave, date: '2026-11-14', text: 'Text me when you leave work', cost: 'low', met: 5, lastWeek: 5, last: '2026-11-18', quiet: false, dropped: false },
      { id: phone, date: '2026-10-01', text: 'Phone on the table at dinner', cost: 'high', met: 0, lastWeek: 0, last: null, quiet: true, dropped: false },
    ]);
    const text = (await ok(file, 'request')).stdout;
    const title = { hurt: 'What you have asked of Sam', 'broke-trust': 'What Sam has asked of you', both: 'Requests between you' }[role];
    expect(text.split('\n')[0]).toBe(title);
    expect(text).toContain(`${leave.slice(0, 8)}  Text me when you leave work (easy)\n            met 5 times, 5 this week, last 2 days ago`);
    expect(text).toMatch(/Gone quiet \(not met in two weeks\):\n {2}\w{8} {2}Phone on the table at dinner \(costly\)\n {12}not met yet/);
  });

  it('shows in trust path: atone reached, attune next', async () => {
    const { file } = await week(role);
    const p = await json(file, 'path');
    expect(p.role).toBe(role);
    expect(p.stage).toBe('attune');
    expect(p.stages.map((s: { id: string; reached: boolean }) => [s.id, s.reached])).toEqual([['atone', true], ['attune', false], ['attach', false]]);
    const signs = Object.fromEntries(p.stages.flatMap((s: { signs: { id: string }[] }) => s.signs).map((s: { id: string }) => [s.id, s]));
    expect(signs.reassurance).toEqual({ id: 'reassurance', seen: true, value: 83, slipped: false });
    expect(signs['requests-met']).toEqual({ id: 'requests-met', seen: true, value: 5, slipped: false });
    expect(signs['check-in']).toMatchObject({ seen: false, value: 0 });
    expect(signs['triggers-fading']).toMatchObject({ seen: true, value: 3 });
    expect(p.next).toEqual(['talked', 'turning-toward', 'temperature']);

    const text = (await ok(file, 'path')).stdout;
    expect(text).toMatch(/^Attune ← you are here$/m);
    expect(text).toMatch(/^Atone \(the signs are there\)$/m);
    const requestsSign = { hurt: 'Sam meets your requests, again and again', 'broke-trust': 'You meet what Sam asked, again and again', both: 'Requests met, again and again' }[role];
    expect(text.replace(/\s+/g, ' ')).toContain(`● ${requestsSign} (seen lately, 5 times in four weeks)`);
    expect(text).toContain('Forgiveness along this stretch: Naming the hurt, Feeling it through');
    expect(text).toContain('no score');
    expect(text).not.toMatch(/\d+ ?\/ ?3|%\s*complete|grade/i);
  });
});

describe('trust trigger', () => {
  it('saves one line of flags as a trigger entry and prints its id', async () => {
    const { file } = tempJournal();
    const r = await ok(file, 'trigger', '--what', 'our song', '--strength', '7', '--helped', 'a walk', '--reassured', 'Partly');
    expect(r.stdout.trim()).toMatch(UUID);
    expect(readJournal(file).entries).toEqual([{
      id: r.stdout.trim(), kind: 'trigger', date: '2026-11-20', createdAt: expect.any(String),
      strength: 7, what: 'our song', helped: 'a walk', reassured: 'partly',
    }]);
  });

  it('prints the saved entry with --json, and lists under --kind trigger', async () => {
    const { file } = tempJournal();
    const saved = await json(file, 'trigger', '--strength', '0', '--date', '2026-11-19');
    expect(saved).toMatchObject({ kind: 'trigger', strength: 0, date: '2026-11-19' });
    expect(Object.keys(saved)).not.toContain('care');
    expect(await json(file, 'list', '--kind', 'trigger')).toEqual([saved]);
  });
});

describe('trust request add / met / drop', () => {
  it('meets and drops by short id; a dropped request is listed as set aside', async () => {
    const { file } = tempJournal();
    const id = (await ok(file, 'request', 'add', 'Call', 'at', 'lunch')).stdout.trim();
    const m = await json(file, 'request', 'met', id.slice(0, 6), '--note', ' before one ');
    expect(m).toMatchObject({ kind: 'request-met', ref: id, text: 'Call at lunch', note: 'before one', date: '2026-11-20' });
    expect(m.marble).toBeUndefined();
    const d = await json(file, 'request', 'drop', id.slice(0, 6));
    expect(d).toMatchObject({ kind: 'request-drop', ref: id });
    expect((await ok(file, 'request')).stdout).toContain('Set aside:\n');
    expect(readJournal(file).entries.map((e) => e.kind)).toEqual(['request', 'request-met', 'request-drop']);
  });

  it('adds a marble with each request met once the profile says so', async () => {
    const { file } = tempJournal();
    const id = (await ok(file, 'request', 'add', 'Home by seven')).stdout.trim();
    const journal = readJournal(file);
    journal.profile.requestMarbles = true;
    writeFileSync(file, JSON.stringify(journal));
    const m = await json(file, 'request', 'met', id);
    expect(m.marble).toMatchObject({ kind: 'jar', change: 'add', text: 'Met a request: Home by seven', marbles: 1 });
    expect(readJournal(file).entries.map((e) => e.kind)).toEqual(['request', 'request-met', 'jar']);
  });
});

describe('trust delete of a request', () => {
  it('takes each time it was met or set aside with it, and an older copy cannot bring them back', async () => {
    const { file, dir } = tempJournal();
    const keep = (await ok(file, 'trigger', '--strength', '2')).stdout.trim();
    const id = (await ok(file, 'request', 'add', 'Tell me about the messages')).stdout.trim();
    await ok(file, 'request', 'met', id);
    await ok(file, 'request', 'met', id);
    await ok(file, 'request', 'drop', id);
    const older = join(dir, 'older.json');
    copyFileSync(file, older);
    const r = await ok(file, 'delete', id.slice(0, 8), '--yes');
    expect(r.stdout).toBe(`Deleted the request ${id.slice(0, 8)} and the 3 entries of it being met or set aside.\n`);
    expect(readJournal(file).entries.map((e) => e.id)).toEqual([keep]);
    expect(readFileSync(file, 'utf8')).not.toContain('messages');
    await ok(file, 'import', older);
    expect(readJournal(file).entries.map((e) => e.id)).toEqual([keep]);
  });
});

describe('refusals: exit 2, one line, journal unchanged', () => {
  async function seeded(): Promise<{ file: string; id: string; dropped: string }> {
    const { file } = tempJournal();
    await ok(file, 'trigger', '--strength', '5');
    const id = (await ok(file, 'request', 'add', 'Text me', '--date', '2026-11-10')).stdout.trim();
    const dropped = (await ok(file, 'request', 'add', 'Old ask')).stdout.trim();
    await ok(file, 'request', 'drop', dropped);
    return { file, id, dropped };
  }
  const cases: [string, (s: { id: string; dropped: string }) => string[], RegExp][] = [
    ['a strength above 10', () => ['trigger', '--strength', '11'], /--strength takes a whole number from 0 to 10, not "11"/],
    ['a negative strength', () => ['trigger', '--strength=-1'], /--strength takes a whole number from 0 to 10/],
    ['a strength in words', () => ['trigger', '--strength', 'high', '--what', 'x'], /--strength takes a whole number/],
    ['no strength', () => ['trigger', '--what', 'a song'], /--strength 0-10/],
    ['no flags and no terminal', () => ['trigger'], /--strength 0-10/],
    ['an odd reassurance', () => ['trigger', '--strength', '4', '--reassured', 'maybe'], /--reassured: "maybe" is not one of yes, partly, no/],
    ['a future trigger', () => ['trigger', '--strength', '4', '--date', '2026-11-21'], /--date 2026-11-21 is in the future/],
    ['an empty request', () => ['request', 'add', '  '], /Say what the request is/],
    ['an odd cost', () => ['request', 'add', 'x', '--cost', 'medium'], /--cost: "medium" is not one of low, high/],
    ['meeting without an id', () => ['request', 'met'], /Give the id of the request/],
    ['meeting an unknown id', () => ['request', 'met', 'ffffffff'], /No entry has an id starting with "ffffffff"/],
    ['meeting a set-aside request', (s) => ['request', 'met', s.dropped.slice(0, 8)], /was set aside already/],
    ['dropping it twice', (s) => ['request', 'drop', s.dropped], /was set aside already/],
    ['meeting before it was asked', (s) => ['request', 'met', s.id, '--date', '2026-11-09'], /before the request was made \(2026-11-10\)/],
    ['a future meeting', (s) => ['request', 'met', s.id, '--date', '2026-12-01'], /is in the future/],
    ['path with an unknown flag', () => ['path', '--stage', 'attach'], /unknown option/],
  ];
  it.each(cases)('%s', async (_, args, message) => {
    const s = await seeded();
    await expectRefused(s.file, args(s), message);
  });
});

describe('care on save and on the road', () => {
  it('a trigger that speaks of being grabbed answers calmly: care in --json, the note on stderr, saved all the same', async () => {
    const { file } = tempJournal();
    const r = await trust(['trigger', '--what', 'he grabbed my arm when I cried', '--strength', '9', '--json', '--file', file]);
    expect(r.code).toBe(0);
    const saved = JSON.parse(r.stdout);
    expect(saved.care).toEqual({ level: 'danger', signals: [{ level: 'danger', why: 'violence-words', id: saved.id, date: '2026-11-20', field: 'what' }] });
    expect(r.stderr).toMatch(/Your safety comes first/);
    expect(readJournal(file).entries).toHaveLength(1);
  });

  it('a request met with a note of crisis carries care too', async () => {
    const { file } = tempJournal();
    const id = (await ok(file, 'request', 'add', 'Text me')).stdout.trim();
    const r = await trust(['request', 'met', id, '--note', 'I want to end it all', '--json', '--file', file]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).care).toMatchObject({ level: 'crisis' });
  });

  it('while a concern is open, the path suggests nothing with the partner', async () => {
    const { file } = await week('hurt');
    await trust(['trigger', '--what', 'he threatened me', '--strength', '9', '--file', file]);
    const p = await json(file, 'path');
    expect(p.next).toEqual([]);
    expect(p.care).toEqual({ level: 'danger', since: '2026-11-20' });
    const report = await json(file, 'report');
    expect(report.requests.met).toBe(5);
    expect(report.notes.join('\n')).not.toContain('Sam met');
    const text = (await ok(file, 'path')).stdout;
    expect(text).toContain('Right now your safety comes first');
    expect(text).not.toContain('trust exercise');
    // What `trust safety --safe` writes: a safe check, after the concern.
    const j = readJournal(file);
    j.entries.push({ id: '00000000-0000-4000-8000-00000000safe', kind: 'check', date: '2026-11-20', createdAt: '2026-11-20T23:00:00.000Z', signs: [], safe: true });
    writeFileSync(file, JSON.stringify(j));
    expect((await json(file, 'path')).next).toEqual(['talked', 'turning-toward', 'temperature']);
  });
});

describe('trust show <request>', () => {
  it('lists each time it was met, oldest first with its note, and when it was set aside', async () => {
    const { file, leave, phone } = await week('hurt');
    // Written after the 18th, dated the 16th: shown in its place among the days.
    await ok(file, 'request', 'met', leave.slice(0, 8), '--date', '2026-11-16', '--note', 'and a photo of the bus stop');
    const page = (await ok(file, 'show', leave.slice(0, 8))).stdout;
    const days = ['Saturday 14', 'Sunday 15', 'Monday 16', 'Monday 16', 'Tuesday 17', 'Wednesday 18'].map((d) => `  ${d} November 2026\n`).join('');
    expect(page).toContain(`What: Text me when you leave work\nCost: low\n\nMet 6 times\n${days.replace('16 November 2026\n  Tuesday', '16 November 2026: and a photo of the bus stop\n  Tuesday')}`);
    expect(page).not.toContain('Set aside');
    // --json stays the request itself, as cli.md has it.
    expect(await json(file, 'show', leave.slice(0, 8))).toMatchObject({ id: leave, kind: 'request', text: 'Text me when you leave work' });

    await ok(file, 'request', 'drop', leave.slice(0, 8));
    expect((await ok(file, 'show', leave.slice(0, 8))).stdout).toMatch(/\n\nSet aside: Friday 20 November 2026\n$/);
    // A request never met says nothing of it.
    expect((await ok(file, 'show', phone.slice(0, 8))).stdout).not.toContain('Met ');
  });
});
