// `trust report` through the real binary on a copy of the multi-week fixture:
// the contract's keys, every format, time zones around DST changes, and bad
// flags leaving the journal untouched.
import { copyFileSync, existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { snapshot, tempJournal, trust } from '../helpers/cli.js';

const FIXTURE = join(import.meta.dirname, '../fixtures/report-weeks.json');
const CONTRACT = ['period', 'days', 'streak', 'thoughts', 'actions', 'predictions', 'traps', 'trustTypes', 'checklist', 'gratitude', 'jar', 'emotions', 'previous', 'notes'];

function journal(): string {
  const { file } = tempJournal();
  copyFileSync(FIXTURE, file);
  return file;
}

async function json(file: string, args: string[], env: Record<string, string> = {}) {
  const r = await trust(['--file', file, 'report', '--json', ...args], { env });
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout);
}

describe('trust report --json', () => {
  it('has every key of the contract with the hand-worked numbers of the week', async () => {
    const file = journal();
    const before = snapshot(file);
    const doc = await json(file, ['--week', '2026-10-28']);
    expect(Object.keys(doc).slice(0, CONTRACT.length)).toEqual(CONTRACT);
    expect(doc).toMatchObject({
      period: { from: '2026-10-26', to: '2026-11-01' },
      days: { logged: 5, total: 7 },
      streak: { current: 3, longest: 5 },
      thoughts: { count: 4, beliefBefore: 75, beliefAfter: 53 },
      actions: { planned: 5, reviewed: 4, done: 2, partly: 1, notDone: 1, open: 1, talked: 3 },
      predictions: { tested: 3, cameTrue: 0, partly: 1, didNot: 2 },
      traps: { 'mind-reading': 3, 'fortune-telling': 1, catastrophising: 1 },
      trustTypes: { emotional: 3, informational: 1, situational: 1 },
      checklist: { 'check-in': 3, 'follow-through': 2, 'clear-up': 0, repair: 1, privacy: 1, boundaries: 0 },
      gratitude: 5,
      jar: { added: 2, removed: 1 },
      checks: { count: 1, most: 3 },
    });
    expect(Object.keys(doc.previous).slice(0, CONTRACT.length)).toEqual(CONTRACT);
    expect(doc.previous).toMatchObject({ period: { from: '2026-10-19', to: '2026-10-25' }, days: { logged: 4 }, previous: null });
    expect(doc.notes[0]).toBe('You feared the worst 3 times; it never happened in full, and partly once.');
    // A step rated 2 of 10 for safety that week: the care note leads, with the self-check's warning signs in it.
    expect(doc.care).toEqual({ level: 'danger', signals: [{ date: '2026-10-26', id: 'R1024', why: 'unsafe-step' }], since: '2026-10-26' });
    expect(doc.notes[1]).toMatch(/^Your safety comes first\..*several warning signs/);
    expect(snapshot(file)).toBe(before); // a report never writes
  });

  // "Today" is the local date of TRUST_NOW, so the default period follows the clock on the wall.
  it.each([
    { tz: 'America/New_York', now: '2026-11-02T03:30:00Z', why: '22:30 on 1 Nov in New York, the evening clocks went back' },
    { tz: 'America/New_York', now: '2026-11-01T01:30:00', why: 'the hour that happens twice in New York' },
    { tz: 'Europe/London', now: '2026-11-01T23:59:00', why: 'a week after London went back' },
    { tz: 'Pacific/Auckland', now: '2026-10-31T12:00:00Z', why: 'already 1 Nov in Auckland' },
  ])('the default period ends on the local today: $why', async ({ tz, now }) => {
    const doc = await json(journal(), [], { TZ: tz, TRUST_NOW: now });
    expect(doc.period).toEqual({ from: '2026-10-26', to: '2026-11-01' });
    expect(doc.days).toEqual({ logged: 5, total: 7 });
    expect(doc.streak).toEqual({ current: 3, longest: 5 });
  });

  it('the week London changed clocks is seven days long too', async () => {
    const doc = await json(journal(), [], { TZ: 'Europe/London', TRUST_NOW: '2026-10-25T23:30:00' });
    expect(doc.period).toEqual({ from: '2026-10-19', to: '2026-10-25' });
    expect(doc.days).toEqual({ logged: 4, total: 7 });
    expect(doc.streak).toEqual({ current: 2, longest: 5 });
  });

  it('--since and --until across the month end, with the period before of equal length', async () => {
    const doc = await json(journal(), ['--since', '2026-10-30', '--until', '2026-11-02'], { TZ: 'America/New_York' });
    expect(doc.period).toEqual({ from: '2026-10-30', to: '2026-11-02' });
    expect(doc.days).toEqual({ logged: 4, total: 4 });
    expect(doc.streak).toEqual({ current: 4, longest: 5 });
    expect(doc.previous.period).toEqual({ from: '2026-10-26', to: '2026-10-29' });
  });

  it('an ISO week across a year end', async () => {
    const doc = await json(journal(), ['--week', '2027-01-01']);
    expect(doc.period).toEqual({ from: '2026-12-28', to: '2027-01-03' });
    expect(doc.days.logged).toBe(0);
  });

  it('no journal yet: zeros and nulls, and no file is created', async () => {
    const { file } = tempJournal();
    const doc = await json(file, []);
    expect(doc).toMatchObject({ days: { logged: 0, total: 7 }, thoughts: { beliefBefore: null, beliefAfter: null }, previous: null });
    expect(existsSync(file)).toBe(false);
  });
});

describe('trust report formats', () => {
  it.each([
    ['text', []],
    ['markdown', ['--format', 'markdown']],
    ['html', ['--format', 'html']],
  ])('%s shows the headline and the same numbers', async (_name, args) => {
    const r = await trust(['--file', journal(), 'report', '--week', '2026-10-28', ...args]);
    // That week holds a step rated 2 for safety (an open concern): a page or document
    // is preceded by a word about who could see it, and nothing else goes to stderr.
    expect(r.stderr).toBe(args.length === 0 ? '' : `${'This report says the journal noticed you may not be safe. Before you share or print it, think about who could see it; keep it somewhere only you can open.'}\n`);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('You feared the worst 3 times; it never happened in full, and partly once.');
    for (const n of ['5/7', '75', '53', '6.3']) expect(r.stdout).toContain(n);
    expect(r.stdout).toContain('Mon 26 Oct 2026 – Sun 1 Nov 2026');
  });

  it('text on an empty journal is calm and has no NaN', async () => {
    const r = await trust(['--file', tempJournal().file, 'report']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Nothing written this week.');
    expect(r.stdout).not.toMatch(/NaN|undefined|null/);
  });
});

describe('the sample journal', () => {
  it('gives a newcomer a meaningful week ending 20 November 2026', async () => {
    const { file } = tempJournal();
    copyFileSync(join(import.meta.dirname, '../../data/sample-journal.json'), file);
    const r = await trust(['--file', file, 'report'], { env: { TRUST_NOW: '2026-11-20' } });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Sat 14 Nov 2026 – Fri 20 Nov 2026');
    expect(r.stdout).toContain('You feared the worst 4 times; it happened once, and partly once.');
    expect(r.stdout).toMatch(/Days written\s+6\/7/);
    expect(r.stdout).toMatch(/with Sam\./);
    const doc = await json(file, ['--until', '2026-11-20']);
    expect(doc.previous).not.toBeNull();
    expect(doc.jar.added).toBeGreaterThan(0);
    expect(doc.actions.open).toBeGreaterThan(0);
  });
});

describe('trust report with bad flags', () => {
  it.each([
    { args: ['--week', '2026-02-30'], message: /--week takes a date as YYYY-MM-DD/ },
    { args: ['--since', 'yesterday'], message: /--since takes a date/ },
    { args: ['--since', '2026-11-05', '--until', '2026-11-01'], message: /--since 2026-11-05 is after --until 2026-11-01/ },
    { args: ['--week', '2026-11-01', '--until', '2026-11-20'], message: /--week/ },
    { args: ['--format', 'pdf'], message: /pdf/ },
    { args: ['--json', '--format', 'html'], message: /--json means --format json/ },
    { args: ['--frobnicate'], message: /unknown option/ },
  ])('$args: exit 2, one line, journal unchanged', async ({ args, message }) => {
    const file = journal();
    const before = snapshot(file);
    const r = await trust(['--file', file, 'report', ...args]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(message);
    expect(r.stderr.trim().split('\n').length).toBeLessThanOrEqual(2);
    expect(snapshot(file)).toBe(before);
  });

  it('a damaged journal: exit 1, says how to fix it, file unchanged', async () => {
    const { file } = tempJournal();
    writeFileSync(file, '{"schemaVersion":1,"entries":[', { mode: 0o600 });
    const before = snapshot(file);
    const r = await trust(['--file', file, 'report']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/damaged/);
    expect(r.stderr).toMatch(/trust doctor/);
    expect(snapshot(file)).toBe(before);
  });
});
