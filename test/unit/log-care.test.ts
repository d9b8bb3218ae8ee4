// The interactive `trust log` while a concern is open (from earlier entries):
// a quiet line first, no checklist or gratitude or marble questions, no trap
// hunting, and safety steps in place of trust tests. Once the concern closes
// (`trust safety --safe`), the usual session is back.
import { writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { log } from '../../src/commands/log.js';
import type { Entry } from '../../src/domain/types.js';
import { sayCare } from '../../src/ui/messages-care.js';
import { readJournal, tempJournal } from '../helpers/cli.js';
import { testContext } from '../helpers/context.js';
import { scripted, type Scripted } from '../helpers/prompter.js';

const NOW = '2026-11-20T20:00:00Z';
const hit: Entry = { id: 'r-hit', kind: 'review', ref: 'action-gone', date: '2026-11-18', createdAt: '2026-11-18T20:00:00Z', done: 'partly', outcome: 'he pushed me against the wall' };
const safe: Entry = { id: 'c-safe', kind: 'check', date: '2026-11-19', createdAt: '2026-11-19T09:00:00Z', signs: [], safe: true };

function journal(entries: Entry[]): string {
  const { file } = tempJournal();
  writeFileSync(file, JSON.stringify({ schemaVersion: 1, profile: { role: 'hurt', partner: 'Jo' }, entries }), { mode: 0o600 });
  return file;
}

/** A thought worked through with the optional answers left empty, choosing the first step offered. */
const thought = (calm: boolean): Scripted[] => [
  { confirm: true }, { text: '' }, { text: 'Jo will do it again' }, { checkbox: [] }, { checkbox: [] }, { text: '' },
  { number: 90 }, { text: 'he did it on Tuesday' }, { text: '' }, ...(calm ? [{ checkbox: [] }] : []), { text: '' },
  { number: undefined }, { select: '0' }, ...(calm ? [{ text: '' }] : []),
];

describe('interactive trust log during an open concern', () => {
  it('says one quiet line, skips the cheerful questions and the traps, and offers a safety step', async () => {
    const p = scripted(thought(false));
    const { ctx, file } = testContext({ prompter: p, now: NOW, file: journal([hit]) });
    await log({}, ctx);
    expect(p.remaining()).toBe(0);
    expect(p.notes[0]).toBe(sayCare.stillOpen);
    expect(p.notes).toContain(sayCare.phaseChallenge);
    expect(p.asked.join('\n')).not.toMatch(/Today, did you|thinking traps|afraid will happen|A good thing|marble/);
    expect(p.asked).toContain(sayCare.actionAsk);
    const entry = readJournal(file).entries.at(-1);
    expect(entry).toMatchObject({ kind: 'log', thought: 'Jo will do it again', evidenceFor: 'he did it on Tuesday', action: expect.stringMatching(/Tell one person you trust/) });
    expect(entry).not.toHaveProperty('behaviour');
  });

  it('a resumed draft that holds crisis words is answered before its first question', async () => {
    const file = journal([]);
    const first = scripted([{ checkbox: [] }, { confirm: true }, { text: '' }, { text: 'I want to end it all' }]);
    await expect(log({}, testContext({ prompter: first, now: NOW, file }).ctx)).rejects.toThrow(/kept as a draft/);
    const note = first.notes.at(-1);
    expect(note).toMatch(/./);
    // Picks the draft up and stops at the next question: only the resumed answers can have raised the note.
    const resumed = scripted([{ select: true }]);
    await expect(log({}, testContext({ prompter: resumed, now: NOW, file }).ctx)).rejects.toThrow(/kept as a draft/);
    expect(resumed.asked).toHaveLength(2);
    expect(resumed.notes).toContain(note);
  });

  it('a feeling named in a mood check-in that speaks of crisis is answered at once, and the step offered is a safe one', async () => {
    const p = scripted([{ checkbox: [] }, { confirm: false }, { checkbox: [] }, { text: 'like I want to end it all' }, { number: 90 }]);
    // Stops at the next question: what comes before it is what the feelings alone raised.
    await expect(log({}, testContext({ prompter: p, now: NOW, file: journal([]) }).ctx)).rejects.toThrow(/kept as a draft/);
    expect(p.notes.join('\n')).toContain(sayCare.crisis[1]);
    expect(p.asked.at(-1)).toBe(sayCare.actionAsk);
  });

  it('after a safe check, the usual session is back', async () => {
    const p = scripted([{ checkbox: [] }, ...thought(true), { text: '' }, { text: '' }]);
    const { ctx, file } = testContext({ prompter: p, now: NOW, file: journal([hit, safe]) });
    await log({}, ctx);
    expect(p.remaining()).toBe(0);
    expect(p.notes).not.toContain(sayCare.stillOpen);
    expect(p.asked.join('\n')).toMatch(/thinking traps/);
    expect(readJournal(file).entries.at(-1)).toMatchObject({ kind: 'log', behaviour: expect.any(String), step: 1 });
  });
});
