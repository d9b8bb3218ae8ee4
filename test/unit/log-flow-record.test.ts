// The interactive log and the complete thought record: half-records, "not
// today", words for the person's role, a fear tested before.
import { writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { log } from '../../src/commands/log.js';
import { NOT_TODAY } from '../../src/commands/log-flow.js';
import type { Entry, LogEntry, Profile } from '../../src/domain/types.js';
import { readJournal, tempJournal } from '../helpers/cli.js';
import { testContext } from '../helpers/context.js';
import { scripted, type Scripted } from '../helpers/prompter.js';

function journalWith(profile: Profile, entries: Entry[] = []): string {
  const { file } = tempJournal();
  writeFileSync(file, JSON.stringify({ schemaVersion: 1, profile, entries }), { mode: 0o600 });
  return file;
}

/** A thought written and challenged, up to the step. */
const thought = (traps: string[]): Scripted[] => [
  { confirm: true },
  { text: '' }, // situation
  { text: "I'm a terrible person" },
  { checkbox: [] }, // types
  { checkbox: [] }, // feelings
  { text: '' }, // another feeling
  { number: 90 }, // belief
  { text: '' },
  { text: '' },
  { checkbox: traps },
  { text: '' }, // balanced
  { number: 60 }, // belief after
];

const ending: Scripted[] = [{ text: '' }, { text: '' }]; // no good thing, no marble

describe('half-records at a terminal', () => {
  it('a thought record without a step: "Not today" saves the thought alone', async () => {
    const p = scripted([{ checkbox: [] }, ...thought(['labelling']), { select: NOT_TODAY }, ...ending]);
    const t = testContext({ prompter: p, file: journalWith({}) });
    await log({}, t.ctx);
    expect(p.remaining()).toBe(0);
    const [entry] = readJournal(t.file).entries as unknown as LogEntry[];
    expect(entry).toMatchObject({ thought: "I'm a terrible person", belief: 90, beliefAfter: 60, traps: ['labelling'] });
    expect(entry).not.toHaveProperty('action');
    expect(p.asked).not.toContain(expect.stringContaining('afraid will happen'));
  });

  it('a step without a thought: offered from the catalogue, it grows like the others', async () => {
    const p = scripted([{ checkbox: [] }, { confirm: false }, { checkbox: [] }, { text: '' }, { select: '0' }, { text: '' }, ...ending]);
    const t = testContext({ prompter: p, file: journalWith({ role: 'hurt' }) });
    await log({}, t.ctx);
    expect(p.remaining()).toBe(0);
    expect(p.notes).toContain('No thought to work on today. A small step can still grow trust:');
    const [entry] = readJournal(t.file).entries as unknown as LogEntry[];
    expect(entry).not.toHaveProperty('thought');
    expect(entry).toMatchObject({ behaviour: expect.any(String), step: 1, action: expect.any(String) });
  });
});

describe('words for the role', () => {
  const choices = (p: ReturnType<typeof scripted>, question: string) =>
    [...p.offered].find(([m]) => m.includes(question))?.[1] ?? [];

  it.each([
    ['broke-trust', /terrible person/, 'Own it, make amends'],
    ['hurt', /liar through and through/, 'Let a repair in'],
  ] as const)('%s: the trap example and the checklist are written from their side', async (role, example, repair) => {
    const p = scripted([{ checkbox: [] }, ...thought([]), { select: NOT_TODAY }, ...ending]);
    await log({}, testContext({ prompter: p, file: journalWith({ role }) }).ctx);
    const labelling = choices(p, 'thinking traps').find((c) => c.value === 'labelling');
    expect(labelling?.description).toMatch(example);
    const names = choices(p, 'Today, did you').map((c) => c.name);
    expect(names).toContain(repair);
    expect(names).not.toContain('Say sorry, make amends');
  });
});

describe('a fear tested before', () => {
  const tested: Entry[] = [1, 2, 3].flatMap((n): Entry[] => [
    { id: `log-${n}`, kind: 'log', date: `2026-11-0${n}`, createdAt: `2026-11-0${n}T10:00:00Z`, thought: 't', traps: ['fortune-telling'], action: 'a', prediction: 'They will leave' },
    { id: `rev-${n}`, kind: 'review', date: `2026-11-0${n}`, createdAt: `2026-11-0${n}T20:00:00Z`, ref: `log-${n}`, done: 'yes', cameTrue: n === 1 ? 'yes' : 'no' },
  ]);

  it('is named when the trap comes back, and again when the same fear is written', async () => {
    const p = scripted([{ checkbox: [] }, ...thought(['fortune-telling']), { select: '0' }, { text: 'they will leave.' }, { number: 80 }, ...ending]);
    await log({}, testContext({ prompter: p, file: journalWith({}, tested) }).ctx);
    expect(p.remaining()).toBe(0);
    expect(p.notes).toContain('Fears that come with fortune telling have been put to the test 3 times; it came true once.');
    expect(p.notes).toContain('You have feared this 3 times; it came true once.');
  });
});
