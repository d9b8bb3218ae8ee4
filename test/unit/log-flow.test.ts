import { existsSync, statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { log } from '../../src/commands/log.js';
import { NOT_TODAY } from '../../src/commands/log-flow.js';
import { review } from '../../src/commands/review.js';
import { draftPath } from '../../src/storage/paths.js';
import type { LogEntry, ReviewEntry } from '../../src/domain/types.js';
import { readJournal, snapshot } from '../helpers/cli.js';
import { testContext } from '../helpers/context.js';
import { scripted, type Scripted } from '../helpers/prompter.js';

const thoughtWork: Scripted[] = [
  { confirm: true }, // a thought today?
  { text: 'They went quiet at dinner' },
  { text: 'If I open up I will get hurt again' },
  { checkbox: ['emotional'] },
  { checkbox: ['fear', 'hurt'] },
  { text: '' }, // another feeling? no
  { number: 70 },
  { number: 40 },
  { number: 80 }, // belief before
  { text: 'Last time I shared, it was used against me' },
  { text: 'This week they listened twice' },
  { checkbox: ['fortune-telling', 'overgeneralisation'] },
  { text: 'Sharing has felt safer lately' },
  { number: 60 }, // belief in the fairer thought
  { number: 45 }, // belief after
  { number: 50 }, // fear, re-rated
  { number: 40 }, // hurt, re-rated (unchanged)
  { select: '0' }, // the first suggested step
  { text: 'They will brush it off' },
  { number: 75 }, // how sure it will happen
];

async function firstDay() {
  const p = scripted([{ checkbox: ['check-in', 'privacy'] }, ...thoughtWork, { text: 'Made me tea' }, { text: 'Asked about my mum' }, { text: '' }, { text: '' } /* no marble */]);
  const t = testContext({ prompter: p, now: '2026-11-18T20:00:00Z' });
  await log({}, t.ctx);
  return { t, p };
}

describe('interactive trust log', () => {
  it('walks through checklist, thought work, action and gratitude, and saves one entry', async () => {
    const { t, p } = await firstDay();
    expect(p.remaining()).toBe(0);
    expect(p.notes).toEqual([
      expect.stringContaining('Write it down'),
      expect.stringContaining('What proof do you really have?'),
      expect.stringContaining('Now rate the feelings again'),
      // The journal answers back once the thought has been challenged.
      'Belief in the old thought went from 80 to 45. Looking at the proof did that.\nThe fear eased from 70 to 50.',
      expect.stringContaining('one small step'),
    ]);
    // Each challenge question shows the thought above it.
    for (const question of ['What proof do you have for it?', 'And what does not fit it?', 'thinking traps', 'Try a fairer way', 'believe the first thought now']) {
      expect(p.asked.find((m) => m.includes(question))).toMatch(/^“If I open up I will get hurt again”\n/);
    }
    const [entry, ...rest] = readJournal(t.file).entries as unknown as LogEntry[];
    expect(rest).toEqual([]);
    expect(entry).toMatchObject({
      kind: 'log',
      date: '2026-11-18',
      checklist: ['check-in', 'privacy'],
      situation: 'They went quiet at dinner',
      thought: 'If I open up I will get hurt again',
      types: ['emotional'],
      emotions: [{ name: 'fear', intensity: 70 }, { name: 'hurt', intensity: 40 }],
      belief: 80,
      traps: ['fortune-telling', 'overgeneralisation'],
      balanced: 'Sharing has felt safer lately',
      beliefBalanced: 60,
      beliefAfter: 45,
      emotionsAfter: [{ name: 'fear', intensity: 50 }, { name: 'hurt', intensity: 40 }],
      prediction: 'They will brush it off',
      predictionBelief: 75,
      gratitude: ['Made me tea', 'Asked about my mum'],
      step: 1,
    });
    // The suggested step comes from the catalogue, for a behaviour touching emotional trust.
    expect(entry?.behaviour).toBeTruthy();
    expect(entry?.action).toMatch(/\w+/);
    expect(existsSync(draftPath(t.file))).toBe(false);
    expect(t.out.join('')).toContain('trust review 00000000');
  });

  it('offers earlier open actions first and saves the review with the new entry', async () => {
    const { t } = await firstDay();
    const p = scripted([
      { confirm: true }, // look back first?
      { select: 'yes' },
      { text: 'They listened and asked questions' },
      { select: 'no' }, // did the fear come true?
      { confirm: true }, // talked it over
      { number: 8 },
      { number: 30 }, // belief in the old thought now
      { text: 'Small shares are safe with them' }, // what it taught
      { checkbox: [] },
      { confirm: false }, // no thought today
      { checkbox: [] }, { text: '' }, // no feelings to note either
      { select: NOT_TODAY }, // and no step either
      { text: 'Called at lunch' },
      { text: '' },
      { text: '' }, // no marble today
    ]);
    const t2 = testContext({ prompter: p, file: t.file, now: '2026-11-20T20:00:00Z' });
    await log({}, t2.ctx);
    expect(p.remaining()).toBe(0);
    expect(p.notes.join('\n')).toContain('On 2026-11-18 you planned:');
    const entries = readJournal(t.file).entries as unknown as (LogEntry | ReviewEntry)[];
    expect(entries.map((e) => e.kind)).toEqual(['log', 'review', 'log']);
    expect(entries[1]).toMatchObject({
      ref: entries[0]?.id,
      date: '2026-11-20',
      done: 'yes',
      outcome: 'They listened and asked questions',
      cameTrue: 'no',
      talked: true,
      safety: 8,
      beliefNow: 30,
      learned: 'Small shares are safe with them',
    });
    expect(p.notes.join('\n')).toContain('What you feared did not happen. You were 75 out of 100 sure it would.');
    expect(p.notes.join('\n')).toContain('Belief in the old thought: 80 when you wrote it, 30 now.');
    expect(entries[2]).toMatchObject({ kind: 'log', date: '2026-11-20', gratitude: ['Called at lunch'] });
    expect(entries[2]).not.toHaveProperty('thought');
    expect(entries[2]).not.toHaveProperty('action');
  });

  it('skips an action reviewed elsewhere after the first question, and saves the rest', async () => {
    const { t } = await firstDay();
    const p = scripted([
      { confirm: true }, // look back first? (meanwhile, another trust reviews the action)
      { checkbox: [] },
      { confirm: false }, // no thought today
      { checkbox: [] }, { text: '' }, // no feelings to note either
      { select: NOT_TODAY },
      { text: 'Called at lunch' },
      { text: '' },
      { text: '' }, // no marble today
    ]);
    const confirm = p.confirm;
    p.confirm = async (message, answer) => {
      if (message.includes('look back')) {
        const elsewhere = scripted([{ select: 'partly' }, { text: 'I said a little' }, { select: 'partly' }, { confirm: false }, { number: 5 }, { number: 60 }, { text: '' }]);
        await review({}, testContext({ prompter: elsewhere, file: t.file, now: '2026-11-20T19:00:00Z' }).ctx);
      }
      return confirm(message, answer);
    };
    await log({}, testContext({ prompter: p, file: t.file, now: '2026-11-20T20:00:00Z' }).ctx);
    expect(p.remaining()).toBe(0);
    expect(p.notes.join('\n')).not.toContain('you planned');
    const entries = readJournal(t.file).entries as unknown as (LogEntry | ReviewEntry)[];
    expect(entries.map((e) => e.kind)).toEqual(['log', 'review', 'log']);
    expect(entries[1]).toMatchObject({ done: 'partly', outcome: 'I said a little' });
    expect(entries[2]).toMatchObject({ gratitude: ['Called at lunch'] });
  });

  it('saves nothing when stopped midway, keeps a private draft, and resumes from it', async () => {
    const { t } = await firstDay();
    const before = snapshot(t.file);
    const stopped = scripted([{ confirm: false }, { checkbox: ['repair'] }, { confirm: true }, { text: 'A late message' }]);
    const t2 = testContext({ prompter: stopped, file: t.file, now: '2026-11-20T20:00:00Z' });
    await expect(log({}, t2.ctx)).rejects.toThrow(/kept as a draft/);
    expect(snapshot(t.file)).toBe(before);
    expect(statSync(draftPath(t.file)).mode & 0o777).toBe(0o600);

    const resumed = scripted([
      { select: true }, // pick up where I left off
      // resumes at the thought itself: the situation was already answered
      ...thoughtWork.slice(2),
      { text: '' },
      { text: '' }, // no marble today
    ]);
    const t3 = testContext({ prompter: resumed, file: t.file, now: '2026-11-20T21:00:00Z' });
    await log({}, t3.ctx);
    expect(resumed.remaining()).toBe(0);
    const last = readJournal(t.file).entries.at(-1);
    expect(last).toMatchObject({ checklist: ['repair'], situation: 'A late message', thought: 'If I open up I will get hurt again' });
    expect(existsSync(draftPath(t.file))).toBe(false);
  });

  it('throws the draft away when asked to start fresh', async () => {
    const { t } = await firstDay();
    await expect(log({}, testContext({ prompter: scripted([{ confirm: false }, { checkbox: ['repair'] }]), file: t.file }).ctx)).rejects.toThrow();
    const fresh = scripted([{ select: false }, { confirm: false }, { checkbox: [] }, { confirm: false }, { checkbox: [] }, { text: '' }, { select: NOT_TODAY }, { text: '' }, { text: '' }]);
    await log({}, testContext({ prompter: fresh, file: t.file }).ctx);
    expect(fresh.remaining()).toBe(0);
    expect(readJournal(t.file).entries).toHaveLength(1); // nothing new: every step was skipped
    expect(existsSync(draftPath(t.file))).toBe(false);
  });
});

describe('interactive trust log --json', () => {
  it('keeps stdout to one JSON document: status lines go to stderr', async () => {
    const { t } = await firstDay();
    const p = scripted([
      { confirm: true }, { select: 'yes' }, { text: 'fine' }, { select: 'no' }, { confirm: true }, { number: 8 }, { number: 30 }, { text: '' },
      { checkbox: [] }, { confirm: false }, { checkbox: [] }, { text: '' }, { select: NOT_TODAY }, { text: '' }, { text: '' },
    ]);
    const t2 = testContext({ prompter: p, file: t.file, now: '2026-11-20T20:00:00Z' });
    await log({ json: true }, t2.ctx);
    expect(JSON.parse(t2.out.join(''))).toBeNull(); // only a review was saved: no log entry
    expect(t2.err.join('')).toContain('Saved 1 review');
  });
});

describe('interactive trust review', () => {
  it('walks every open action, oldest first, saving each', async () => {
    const { t } = await firstDay();
    const p = scripted([{ select: 'partly' }, { text: 'I said a little' }, { select: 'partly' }, { confirm: false }, { number: 5 }, { number: 60 }, { text: '' }]);
    await review({}, testContext({ prompter: p, file: t.file }).ctx);
    expect(p.remaining()).toBe(0);
    const r = readJournal(t.file).entries[1];
    expect(r).toMatchObject({ kind: 'review', done: 'partly', cameTrue: 'partly', talked: false, safety: 5, beliefNow: 60 });
  });

  it('"ask me later" saves nothing for that action', async () => {
    const { t } = await firstDay();
    const before = snapshot(t.file);
    const p = scripted([{ select: 'later' }]);
    await review({}, testContext({ prompter: p, file: t.file }).ctx);
    expect(snapshot(t.file)).toBe(before);
  });
});
