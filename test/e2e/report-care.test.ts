// Care in the weekly report and the reminder, through the real binary: a
// journal that speaks of danger or crisis leads every format with the care
// note (before the headline), a calm one has none, a safe check closes the
// concern, and `trust remind` checks in while a concern is open.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readJournal, snapshot, tempDir, tempJournal, trust } from '../helpers/cli.js';

const TODAY = '2026-11-20';
let n = 0;
function entry(kind: string, date: string, extra: Record<string, unknown> = {}, hour = 19): Record<string, unknown> {
  n++;
  return { id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`, kind, date, createdAt: `${date}T${String(hour).padStart(2, "0")}:00:00.000Z`, ...extra };
}

function journal(entries: Record<string, unknown>[], profile: Record<string, unknown> = { partner: 'Jo', role: 'hurt' }): string {
  const { file } = tempJournal();
  mkdirSync(join(file, '..'), { recursive: true });
  writeFileSync(file, JSON.stringify({ schemaVersion: 1, profile, entries }), { mode: 0o600 });
  return file;
}

/** An ordinary week: two thoughts, a small step reviewed (it felt fairly safe), one still open. */
function ordinaryWeek(): Record<string, unknown>[] {
  const step = entry('log', '2026-11-16', { thought: 'Jo will not listen', belief: 70, beliefAfter: 40, action: 'Tell Jo about my day', prediction: 'Jo will brush it off' });
  return [
    step,
    entry('review', '2026-11-17', { ref: step.id, done: 'yes', outcome: 'Jo listened', safety: 7, cameTrue: 'no' }),
    entry('log', '2026-11-18', { thought: 'Jo is hiding something', belief: 60, action: 'Ask about Friday' }),
  ];
}

const report = (file: string, args: string[]) => trust(['--file', file, 'report', ...args]);

async function reportJson(file: string) {
  const r = await report(file, ['--json']);
  expect(r).toMatchObject({ code: 0, stderr: '' });
  return JSON.parse(r.stdout);
}

/** Where the care note and the headline fall in a format's output (words flattened across line breaks). */
async function positions(file: string, format: string, headline: string, lead: RegExp) {
  const r = await report(file, ['--format', format]);
  expect(r.code).toBe(0);
  // A page or document may carry the word about who could see it; nothing else.
  expect(r.stderr.replace(/^This report says the journal noticed.*\n$/, '')).toBe('');
  const flat = r.stdout.replace(/\s+/g, ' ').replace(/<\/?code>/g, '`');
  return { care: flat.search(lead), headline: flat.indexOf(headline), flat };
}

describe('trust report leads with care', () => {
  it.each([
    { name: 'a review with safety 1', add: (e: Record<string, unknown>[]) => [...e, entry('review', '2026-11-19', { ref: e[2]?.id, done: 'yes', safety: 1 })], why: 'unsafe-step' },
    { name: 'a thought "Jo grabbed my arm and shouted"', add: (e: Record<string, unknown>[]) => [...e, entry('log', '2026-11-19', { thought: 'Jo grabbed my arm and shouted', belief: 90 })], why: 'violence-words' },
  ])('danger from $name: care.level danger, and the care note first in text, markdown and html', async ({ add, why }) => {
    const file = journal(add(ordinaryWeek()));
    const before = snapshot(file);
    const doc = await reportJson(file);
    expect(doc.care).toEqual({ level: 'danger', signals: [expect.objectContaining({ date: '2026-11-19', why })], since: '2026-11-19' });
    expect(doc.notes[1]).toMatch(/^Your safety comes first\./);
    expect(doc.notes.join(' ')).not.toMatch(/couples|what you need from Jo|telling Jo/);
    for (const format of ['text', 'markdown', 'html']) {
      const at = await positions(file, format, doc.headline, /Your safety comes first\. Since Thu 19 Nov 2026/);
      expect(at.care, format).toBeGreaterThan(-1);
      expect(at.care, format).toBeLessThan(at.headline);
      expect(at.flat, format).toContain('`trust safety`');
      expect(at.flat, format).not.toMatch(/couples therapist|reread what you need from Jo/);
    }
    expect(snapshot(file)).toBe(before);
  });

  it('a page or document that holds the care note is preceded, on stderr, by a word about who could see it', async () => {
    const danger = journal([...ordinaryWeek(), entry('log', '2026-11-19', { thought: 'Jo grabbed my arm and shouted' })]);
    const calm = journal(ordinaryWeek());
    for (const format of ['markdown', 'html']) {
      const r = await trust(['report', '--format', format, '--file', danger], { env: { TRUST_NOW: TODAY } });
      expect(r.code).toBe(0);
      expect(r.stderr, format).toMatch(/think about who could see it/);
      expect((await trust(['report', '--format', format, '--file', calm], { env: { TRUST_NOW: TODAY } })).stderr, format).toBe('');
    }
    expect((await trust(['report', '--json', '--file', danger], { env: { TRUST_NOW: TODAY } })).stderr).toBe('');
  });

  it('a calm journal: care.level null, and no care note in any format', async () => {
    const file = journal(ordinaryWeek());
    const doc = await reportJson(file);
    expect(doc.care).toEqual({ level: null, signals: [], since: null });
    expect(doc.lead).toEqual([]);
    expect(doc.notes[0]).toBe(doc.headline);
    expect(doc.notes.at(-1)).toMatch(/^For the week ahead: reread what you need from Jo/);
    for (const format of ['text', 'markdown', 'html']) {
      const at = await positions(file, format, doc.headline, /safety comes first|crisis line/);
      expect(at.care, format).toBe(-1);
      expect(at.headline, format).toBeGreaterThan(-1);
    }
  });

  it('words of crisis lead with the crisis line and the emergency number', async () => {
    const file = journal([...ordinaryWeek(), entry('log', '2026-11-19', { thought: "I don't want to be alive anymore if Jo leaves", belief: 100 })]);
    const doc = await reportJson(file);
    expect(doc.care).toMatchObject({ level: 'crisis', since: '2026-11-19' });
    expect(doc.notes[1]).toMatch(/^Please reach a crisis line today, or your local emergency number/);
    for (const format of ['text', 'markdown', 'html']) {
      const at = await positions(file, format, doc.headline, /Please reach a crisis line today/);
      expect(at.care, format).toBeGreaterThan(-1);
      expect(at.care, format).toBeLessThan(at.headline);
    }
  });

  it('lasting distress puts the help note first, with abuse support named before couples work', async () => {
    const steps = ['2026-11-14', '2026-11-16', '2026-11-18'].flatMap((date) => {
      const step = entry('log', date, { thought: 'Jo will pull away', belief: 85, action: 'Sit with Jo after dinner' });
      return [step, entry('review', date, { ref: step.id, done: 'yes', safety: 3 }, 21)];
    });
    const file = journal(steps);
    const doc = await reportJson(file);
    expect(doc.care).toMatchObject({ level: 'distress', signals: [expect.objectContaining({ why: 'lasting-low-safety' })] });
    expect(doc.notes[1]).toMatch(/^It has been heavy for a while \(the steps have mostly not felt safe\)/);
    expect(doc.notes.slice(2).join(' ')).not.toMatch(/heavy for a while/);
    for (const format of ['text', 'markdown', 'html']) {
      const at = await positions(file, format, doc.headline, /It has been heavy for a while/);
      expect(at.care, format).toBeGreaterThan(-1);
      expect(at.care, format).toBeLessThan(at.headline);
      expect(at.flat, format).toMatch(/couples therapist.*violence, threats or control, support of your own and an abuse service come first/);
    }
  });

  it('a check with safe: true closes the concern; danger written after it opens one again', async () => {
    const danger = entry('log', '2026-11-17', { thought: 'Jo grabbed my arm and shouted' }, 9);
    const safe = entry('check', '2026-11-18', { signs: [], safe: true });
    expect((await reportJson(journal([...ordinaryWeek(), danger, safe]))).care.level).toBeNull();
    const again = entry('log', '2026-11-19', { thought: 'Jo threatened to take the kids' });
    expect((await reportJson(journal([...ordinaryWeek(), danger, safe, again]))).care).toMatchObject({ level: 'danger', since: '2026-11-19' });
  });

  it('a danger entry written with trust log itself shows in the next report', async () => {
    const file = journal(ordinaryWeek());
    const saved = await trust(['--file', file, 'log', '--thought', 'Jo grabbed my arm and shouted', '--belief', '90', '--action', 'Call my sister']);
    expect(saved.code).toBe(0);
    expect(readJournal(file).entries).toHaveLength(4);
    expect((await reportJson(file)).care).toMatchObject({ level: 'danger', since: TODAY });
  });
});

describe('trust remind while a concern is open', () => {
  const remind = (file: string) => trust(['--file', file, 'remind'], { env: { HOME: tempDir() } });
  it.each([
    { name: 'danger, today not logged', extra: [entry('log', '2026-11-18', { thought: 'Jo hit me' })], want: /^How are you today\? .*`trust safety` is there/ },
    { name: 'danger, today logged and nothing to review', extra: [entry('log', '2026-11-18', { thought: 'Jo hit me' }), entry('log', TODAY, { checklist: ['check-in'] })], want: /^How are you today\?/ },
    { name: 'crisis', extra: [entry('log', '2026-11-19', { thought: 'I want to end it all' })], want: /^Thinking of you today\. .*`trust safety` lists people you can call or text/ },
    { name: 'the concern closed by a safe check', extra: [entry('log', '2026-11-18', { thought: 'Jo hit me' }, 9), entry('check', '2026-11-19', { signs: [], safe: true })], want: /^Today's page is still blank/ },
    { name: 'a danger entry older than 14 days', extra: [entry('log', '2026-11-01', { thought: 'Jo hit me' })], want: /^Today's page is still blank/ },
  ])('$name', async ({ extra, want }) => {
    const file = journal(extra);
    const before = snapshot(file);
    const r = await remind(file);
    expect(r).toMatchObject({ code: 0, stderr: '' });
    expect(r.stdout).toMatch(want);
    expect(r.stdout.split('\n')).toHaveLength(2); // one line
    // The check-in never nudges towards the next entry or review; the ordinary nudge does.
    expect(/trust log|trust review/.test(r.stdout)).toBe(!/trust safety/.test(r.stdout));
    expect(snapshot(file)).toBe(before);
  });

  it('is silent again after the concern closes, when nothing is due', async () => {
    const file = journal([entry('log', '2026-11-18', { thought: 'Jo hit me' }, 9), entry('check', '2026-11-19', { signs: [], safe: true }), entry('log', TODAY, { checklist: ['check-in'] })]);
    expect(await remind(file)).toMatchObject({ code: 0, stdout: '', stderr: '' });
  });
});

describe('the root help', () => {
  it('puts individual and abuse support before couples therapy where there is violence', async () => {
    const r = await trust(['--help']);
    expect(r.code).toBe(0);
    expect(r.stdout.replace(/\s+/g, ' ')).toMatch(/where there is violence, threats or control, support of your own and an abuse service come before any couples therapy/);
  });
});
