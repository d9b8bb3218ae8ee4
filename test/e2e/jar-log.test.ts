// The marble step at the end of the interactive `trust log`.
import { writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { addMarble, showJar } from '../../src/commands/jar.js';
import { log } from '../../src/commands/log.js';
import { NOT_TODAY } from '../../src/commands/log-flow.js';
import type { Profile } from '../../src/domain/types.js';
import { readJournal, snapshot, tempJournal } from '../helpers/cli.js';
import { testContext } from '../helpers/context.js';
import { scripted, type Scripted } from '../helpers/prompter.js';

function journalWith(profile: Profile): string {
  const { file } = tempJournal();
  writeFileSync(file, JSON.stringify({ schemaVersion: 1, profile, entries: [] }), { mode: 0o600 });
  return file;
}

/** A day with a ticked checklist item and no thought, then the given marble answers. */
const day = (marbles: string[]): Scripted[] => [
  { checkbox: ['check-in'] },
  { confirm: false }, // no thought today
  { checkbox: [] }, { text: '' }, // no feelings to note either
  { select: NOT_TODAY }, // and no step
  { text: '' }, // no gratitude
  ...marbles.map((text) => ({ text })),
];

describe('trust log: the marble step', () => {
  it('adds up to three marbles, dated like the entry, and names the partner', async () => {
    const p = scripted(day(['Came home when they said', 'Called at lunch', 'Left the phone out']));
    const { ctx, out, file } = testContext({ prompter: p, file: journalWith({ role: 'hurt', partner: 'Sam' }) });
    await log({ date: '2026-11-18' }, ctx);

    expect(p.remaining()).toBe(0);
    const marbleQuestions = p.asked.filter((m) => m.includes('marble'));
    expect(marbleQuestions).toHaveLength(3); // stops asking after three
    expect(marbleQuestions[0]).toContain('Anything trustworthy Sam did today');
    const entries = readJournal(file).entries;
    const jar = entries.filter((e) => e.kind === 'jar');
    expect(jar.map((e) => [e.change, e.text, e.marbles, e.date])).toEqual([
      ['add', 'Came home when they said', 1, '2026-11-18'],
      ['add', 'Called at lunch', 1, '2026-11-18'],
      ['add', 'Left the phone out', 1, '2026-11-18'],
    ]);
    expect(entries.filter((e) => e.kind === 'log')).toHaveLength(1);
    expect(out.join('')).toContain('3 marbles added to the jar.');
  });

  it('is skipped with an empty answer, saving no marble', async () => {
    const p = scripted(day(['']));
    const { ctx, file } = testContext({ prompter: p });
    await log({}, ctx);
    const entries = readJournal(file).entries;
    expect(entries.map((e) => e.kind)).toEqual(['log']);
  });

  it('saves the marbles even on a day with nothing else to log', async () => {
    const p = scripted([{ checkbox: [] }, { confirm: false }, { checkbox: [] }, { text: '' }, { select: NOT_TODAY }, { text: '' }, { text: 'Fixed the tap' }, { text: '' }]);
    const { ctx, out, file } = testContext({ prompter: p });
    await log({}, ctx);
    expect(readJournal(file).entries).toMatchObject([{ kind: 'jar', change: 'add', text: 'Fixed the tap', date: '2026-11-20' }]);
    expect(out.join('')).toContain('1 marble added to the jar.');
  });

  it('asks the partner who broke trust about their own reliable moments', async () => {
    const p = scripted(day(['']));
    const { ctx } = testContext({ prompter: p, file: journalWith({ role: 'broke-trust', partner: 'Robin' }) });
    await log({}, ctx);
    expect(p.asked.at(-1)).toContain('when you kept your word or Robin saw you could be counted on');
  });

  it('saves nothing when stopped during the marble step', async () => {
    const { ctx, file } = testContext({ prompter: scripted([{ checkbox: ['check-in'] }, { confirm: false }, { checkbox: [] }, { text: '' }, { select: NOT_TODAY }, { text: '' }]) });
    await expect(log({}, ctx)).rejects.toThrow(/kept as a draft/);
    expect(snapshot(file)).toBeNull();
  });
});

describe('trust jar at a terminal', () => {
  it('asks for the text when none is given, then shows the count', async () => {
    const p = scripted([{ text: 'Waited up to talk' }]);
    const { ctx, out, file } = testContext({ prompter: p });
    await addMarble({}, ctx);
    expect(p.asked).toEqual(['What small trustworthy act earns this marble?']);
    expect(readJournal(file).entries).toMatchObject([{ kind: 'jar', change: 'add', text: 'Waited up to talk', marbles: 1 }]);
    expect(out.join('')).toContain('A marble in for: Waited up to talk');
    expect(out.join('')).toContain('The jar holds 1 of 28');
  });

  it('colours the marbles when colour is on, without breaking the drawing', async () => {
    const { ctx, out } = testContext({ env: { FORCE_COLOR: '1', NO_COLOR: undefined }, prompter: scripted([]) });
    await addMarble({ text: ['a'] }, ctx);
    out.length = 0;
    await showJar({}, ctx);
    const text = out.join('');
    expect(text).toContain('\u001b[');
    // Every line of glass is as wide on screen as the others.
    const glass = text.split('\n').map((l) => l.replace(/\u001b\[[0-9;]*m/g, '')).filter((l) => l.startsWith(' │'));
    expect(glass.length).toBe(7);
    expect(new Set(glass.map((l) => l.indexOf('│', 2))).size).toBe(1);
  });
});
