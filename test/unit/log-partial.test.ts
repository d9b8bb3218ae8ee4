// An answer half typed when `trust log` is stopped: kept in the draft with
// its question, put back on that question's line when the draft is picked
// up, and gone once the question is answered.
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { log } from '../../src/commands/log.js';
import { NOT_TODAY } from '../../src/commands/log-flow.js';
import { loadDraft } from '../../src/storage/draft.js';
import { plainCodec } from '../../src/storage/codec.js';
import { draftPath } from '../../src/storage/paths.js';
import { sayQuestions } from '../../src/ui/messages.js';
import { sayNewcomer } from '../../src/ui/messages-newcomer.js';
import { readJournal } from '../helpers/cli.js';
import { testContext } from '../helpers/context.js';
import { scripted, type Scripted } from '../helpers/prompter.js';

const draftOn = (file: string) => JSON.parse(readFileSync(draftPath(file), 'utf8')) as Record<string, unknown>;

/** Checklist, a thought today, the situation: then the thought, stopped with these words on its line. */
const stoppedAtThought = (words: string): Scripted[] => [{ checkbox: ['repair'] }, { confirm: true }, { text: 'A late message' }, { stop: words }];
/** The rest of a short day after the thought: no kinds, no feelings, nothing rated, no step, no good thing. */
const afterThought: Scripted[] = [
  { checkbox: [] }, { checkbox: [] }, { text: '' }, { number: undefined }, { text: '' }, { text: '' }, { checkbox: [] }, { text: '' }, { number: undefined },
  { select: NOT_TODAY }, { text: '' }, { text: '' },
];

async function stop(file: string, script: Scripted[]) {
  await expect(log({}, testContext({ prompter: scripted(script), file }).ctx)).rejects.toThrow(sayNewcomer.stoppedTypingKept);
}

describe('a half-typed answer and Ctrl-C', () => {
  it('is kept in the private draft with its question, beside the answers finished', async () => {
    const t = testContext();
    await stop(t.file, stoppedAtThought('If I open up I '));
    expect(existsSync(t.file)).toBe(false);
    expect(statSync(draftPath(t.file)).mode & 0o777).toBe(0o600);
    expect(draftOn(t.file)).toMatchObject({
      answers: { checklist: ['repair'], hasThought: true, situation: 'A late message' },
      partial: { step: 'thought', nth: 0, text: 'If I open up I ' },
    });
  });

  it('comes back on the same question when the draft is picked up, and is saved once answered', async () => {
    const t = testContext();
    await stop(t.file, stoppedAtThought('If I open up I '));
    const resumed = scripted([{ select: true }, { text: 'If I open up I get hurt' }, ...afterThought]);
    await log({}, testContext({ prompter: resumed, file: t.file }).ctx);
    expect(resumed.remaining()).toBe(0);
    expect([...resumed.carried]).toEqual([[sayQuestions.thought, 'If I open up I ']]);
    expect(readJournal(t.file).entries[0]).toMatchObject({ situation: 'A late message', thought: 'If I open up I get hurt' });
    expect(existsSync(draftPath(t.file))).toBe(false);
  });

  it('is dropped from the draft once its question is answered', async () => {
    const t = testContext();
    await stop(t.file, stoppedAtThought('If I open up I '));
    // Answered this time, then stopped at a later question with nothing typed.
    const again = scripted([{ select: true }, { text: 'If I open up I get hurt' }]);
    await expect(log({}, testContext({ prompter: again, file: t.file }).ctx)).rejects.toThrow(sayNewcomer.stoppedDraftKept);
    expect(draftOn(t.file)).not.toHaveProperty('partial');
    expect(draftOn(t.file)).toMatchObject({ answers: { thought: 'If I open up I get hurt' } });
  });

  it('knows which question of a step it belongs to', async () => {
    const t = testContext();
    const dayOff: Scripted[] = [{ checkbox: [] }, { confirm: false }, { checkbox: [] }, { text: '' }, { select: NOT_TODAY }];
    await stop(t.file, [...dayOff, { text: 'Made tea' }, { stop: 'Held my hand at' }]);
    expect(draftOn(t.file)).toMatchObject({ partial: { step: 'gratitude', nth: 1, text: 'Held my hand at' } });
    // The step is asked again from its start: the words wait for its second question.
    const resumed = scripted([{ select: true }, { text: 'Made tea' }, { text: 'Held my hand at the station' }, { text: '' }, { text: '' }]);
    await log({}, testContext({ prompter: resumed, file: t.file }).ctx);
    expect([...resumed.carried]).toEqual([[sayQuestions.gratitude(1, sayQuestions.yourPartner), 'Held my hand at']]);
    expect(readJournal(t.file).entries[0]).toMatchObject({ gratitude: ['Made tea', 'Held my hand at the station'] });
  });

  it('is kept, and said to be, when it is all the draft holds', async () => {
    const t = testContext();
    const only = { date: '2026-11-20', startedAt: '2026-11-20T11:00:00.000Z', answers: {}, partial: { step: 'situation', nth: 0, text: 'At the station' } };
    writeFileSync(draftPath(t.file), JSON.stringify(only), { mode: 0o600 });
    // Offered although no answer is finished; stopped again at the first question.
    await stop(t.file, [{ select: true }]);
    expect(draftOn(t.file)).toEqual(only);
  });

  it('goes with the rest of the draft when starting fresh', async () => {
    const t = testContext();
    await stop(t.file, stoppedAtThought('If I open up I '));
    const fresh = scripted([{ select: false }, { checkbox: [] }, { confirm: false }, { checkbox: [] }, { text: '' }, { select: NOT_TODAY }, { text: '' }, { text: '' }]);
    await log({}, testContext({ prompter: fresh, file: t.file }).ctx);
    expect(fresh.carried.size).toBe(0);
    expect(existsSync(draftPath(t.file))).toBe(false);
  });

  it.each([
    ['blank words', { step: 'thought', nth: 0, text: '  ' }],
    ['no step', { nth: 0, text: 'If I' }],
    ['a place that is not a number', { step: 'thought', nth: 'first', text: 'If I' }],
    ['a list', ['If I']],
  ])('a draft whose half-typed words have %s keeps its finished answers', async (_, partial) => {
    const t = testContext();
    const answers = { checklist: ['repair'], hasThought: true, situation: 'A late message' };
    writeFileSync(draftPath(t.file), JSON.stringify({ date: '2026-11-20', startedAt: '2026-11-20T11:00:00.000Z', answers, partial }), { mode: 0o600 });
    expect(await loadDraft(t.file, plainCodec)).toEqual({ date: '2026-11-20', startedAt: '2026-11-20T11:00:00.000Z', answers });
  });
});
