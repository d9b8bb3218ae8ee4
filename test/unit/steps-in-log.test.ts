// Growing steps as the person sees them: the suggestions offered in the
// interactive `trust log`, worded for their role and partner.
import { writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { log } from '../../src/commands/log.js';
import { catalog } from '../../src/domain/catalog.js';
import type { Entry, Profile } from '../../src/domain/types.js';
import type { Prompter } from '../../src/ui/prompts.js';
import { readJournal, tempJournal } from '../helpers/cli.js';
import { testContext } from '../helpers/context.js';
import { scripted, type Scripted } from '../helpers/prompter.js';

const stepText = (behaviour: string, step: number) => catalog.behaviours.find((b) => b.id === behaviour)?.steps[step - 1] ?? '';

function journal(profile: Profile, entries: Entry[]): string {
  const { file } = tempJournal();
  writeFileSync(file, JSON.stringify({ schemaVersion: 1, profile, entries }), { mode: 0o600 });
  return file;
}

/** An action of `behaviour` at `step` on the 17th, reviewed on the 18th. */
function history(behaviour: string, step: number, done: 'yes' | 'no'): Entry[] {
  return [
    { id: 'a1', kind: 'log', date: '2026-11-17', createdAt: '2026-11-17T20:00:00Z', thought: 't', action: stepText(behaviour, step), behaviour, step },
    { id: 'r1', kind: 'review', ref: 'a1', date: '2026-11-18', createdAt: '2026-11-18T20:00:00Z', done, safety: done === 'yes' ? 7 : 3 },
  ];
}

/** A thought worked through with every optional answer left empty, picking suggestion `pick`. */
const thoughtDay = (pick: string): Scripted[] => [
  { checkbox: [] }, { confirm: true }, { text: '' }, { text: 'They will never believe me' }, { checkbox: [] },
  { checkbox: [] }, { text: '' }, { number: undefined }, { text: '' }, { text: '' }, { checkbox: [] },
  { text: '' }, { number: undefined }, { select: pick }, { text: '' }, { text: '' }, { text: '' },
];

/** Records the choices of every select question. */
function watching(p: Prompter): { p: Prompter; offered: Map<string, string[]> } {
  const offered = new Map<string, string[]>();
  return {
    offered,
    p: { ...p, select: async (m, choices, d) => (offered.set(m, choices.map((c) => c.name)), p.select(m, choices, d)) },
  };
}

describe('growing steps in trust log', () => {
  it('after a step that went well, offers a step up of the same kind, worded for the partner who broke trust', async () => {
    const script = scripted(thoughtDay('0'));
    const { p, offered } = watching(script);
    const { ctx, file } = testContext({ prompter: p, file: journal({ role: 'broke-trust', partner: 'Sam' }, history('keep-word', 1, 'yes')) });
    await log({}, ctx);

    expect(script.remaining()).toBe(0);
    const question = 'One small step today that shows Sam you can be relied on:';
    const choices = offered.get(question);
    expect(choices?.[0]).toBe(`${stepText('keep-word', 2)} (a step up from last time)`);
    // Suggestions for someone who broke trust: owning up, not setting boundaries for the other.
    expect(choices).toContain(stepText('own-broken-promise', 1).replace('your partner', 'Sam'));
    expect(choices).not.toContain(stepText('clear-boundaries', 1));
    expect(readJournal(file).entries.at(-1)).toMatchObject({ kind: 'log', behaviour: 'keep-word', step: 2, action: stepText('keep-word', 2) });
  });

  it('after a step that went badly, offers a gentler one, and uses the partner\'s name in the step', async () => {
    const script = scripted(thoughtDay('0'));
    const { p, offered } = watching(script);
    const { ctx, file } = testContext({ prompter: p, file: journal({ role: 'hurt', partner: 'Robin' }, history('tell-truth', 2, 'no')) });
    await log({}, ctx);

    const choices = offered.get('One small step today to test trust with Robin (or to say what you need):');
    const gentler = stepText('tell-truth', 1).replace('your partner', 'Robin');
    expect(gentler).toContain('Robin');
    expect(choices?.[0]).toBe(`${gentler} (a gentler step)`);
    expect(readJournal(file).entries.at(-1)).toMatchObject({ behaviour: 'tell-truth', step: 1, action: gentler });
  });

  it('without a history, the smallest steps carry no tag', async () => {
    const script = scripted(thoughtDay('0'));
    const { p, offered } = watching(script);
    const { ctx } = testContext({ prompter: p });
    await log({}, ctx);
    const choices = offered.get('One small step to test trust today:') ?? [];
    expect(choices.length).toBeGreaterThan(1);
    expect(choices.some((c) => / \((a step up from last time|a gentler step)\)$/.test(c))).toBe(false);
  });
});
