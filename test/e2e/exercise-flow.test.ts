// The guided exercise at a terminal, with scripted answers.
import { writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { exercise } from '../../src/commands/exercise.js';
import { readJournal, snapshot, tempJournal } from '../helpers/cli.js';
import { testContext } from '../helpers/context.js';
import { scripted } from '../helpers/prompter.js';

function journal(entries: unknown[] = []): string {
  const { file } = tempJournal();
  writeFileSync(file, JSON.stringify({ schemaVersion: 1, profile: { partner: 'Sam' }, entries }), { mode: 0o600 });
  return file;
}

describe('trust exercise at a terminal', () => {
  it('walks through intro and steps, saving each answer under its field', async () => {
    const p = scripted([
      { select: true }, // find a quiet spot: done
      { text: 'That you will leave' },
      { select: true }, // take turns sharing: done
      { text: 'Scary, then calmer' },
    ]);
    const earlier = { id: 'e1', kind: 'exercise', date: '2026-11-13', createdAt: '2026-11-13T20:00:00Z', exercise: 'vulnerability-exchange', answers: {} };
    const { ctx, out, file } = testContext({ prompter: p, file: journal([earlier]) });
    await exercise({ name: 'vulnerability-exchange' }, ctx);

    expect(p.remaining()).toBe(0);
    expect(p.notes[0]).toContain('Vulnerability exchange (about 15 minutes, with Sam)');
    expect(p.notes[0]).toContain('one true fear or regret');
    expect(p.asked[0]).toMatch(/^Step 1 of 4: Find a quiet spot/);
    expect(p.asked[1]).toMatch(/^Step 2 of 4: Write down one fear or regret/);
    const entries = readJournal(file).entries;
    expect(entries[1]).toMatchObject({
      kind: 'exercise', date: '2026-11-20', exercise: 'vulnerability-exchange',
      answers: { myShare: 'That you will leave', howItFelt: 'Scary, then calmer' },
    });
    const text = out.join('');
    expect(text).toContain('Saved 00000000.');
    expect(text).toContain('you and Sam');
    expect(text).toContain('You have done this once before, last on 2026-11-13.');
  });

  it('puts the partner\'s name into the steps', async () => {
    const p = scripted([{ text: 'coffee' }, { text: 'listening' }, { text: '' }, { select: true }]);
    const { ctx, file } = testContext({ prompter: p, file: journal() });
    await exercise({ name: 'daily-appreciation' }, ctx);
    expect(p.asked.at(-1)).toBe('Step 4 of 4: If it feels right, tell Sam one of them.');
    // An empty answer is left out.
    expect(readJournal(file).entries[0]?.answers).toEqual({ appreciationOne: 'coffee', appreciationTwo: 'listening' });
  });

  it('lets you pick the exercise when no name is given', async () => {
    const p = scripted([{ select: 'vision-sharing' }, { text: 'a garden' }, { text: '' }, { text: '' }, { text: 'save a little each month' }]);
    const { ctx, file } = testContext({ prompter: p, file: journal() });
    await exercise({}, ctx);
    expect(readJournal(file).entries[0]).toMatchObject({ exercise: 'vision-sharing', answers: { hopes: 'a garden', firstStep: 'save a little each month' } });
  });

  it('stopping before writing anything saves nothing', async () => {
    const file = journal();
    const before = snapshot(file);
    const { ctx, out } = testContext({ prompter: scripted([{ select: false }]), file });
    await exercise({ name: 'vulnerability-exchange' }, ctx);
    expect(out.join('')).toContain('nothing was saved');
    expect(snapshot(file)).toBe(before);
  });

  it('stopping halfway keeps what was written', async () => {
    const p = scripted([{ select: true }, { text: 'the dishes' }, { select: false }]);
    const { ctx, out, file } = testContext({ prompter: p, file: journal() });
    await exercise({ name: 'trust-fall-with-words' }, ctx);
    expect(p.asked[0]).toMatch(/^Step 1 of 5/);
    expect(readJournal(file).entries).toMatchObject([{ exercise: 'trust-fall-with-words', answers: { whatIShared: 'the dishes' } }]);
    expect(out.join('')).toContain('Saved what you wrote so far');
  });

  it('Ctrl-C in the middle saves nothing', async () => {
    const file = journal();
    const before = snapshot(file);
    const { ctx } = testContext({ prompter: scripted([{ text: 'x' }]), file });
    await expect(exercise({ name: 'conflict-protocol' }, ctx)).rejects.toThrow(/no answer left/);
    expect(snapshot(file)).toBe(before);
  });
});
