// The questions `trust trigger` and `trust request` ask at a terminal, with
// scripted answers.
import { describe, expect, it } from 'vitest';
import { addRequest, dropRequest, metRequest } from '../../src/commands/request.js';
import { trigger } from '../../src/commands/trigger.js';
import { readJournal } from '../helpers/cli.js';
import { testContext } from '../helpers/context.js';
import { scripted, type Scripted } from '../helpers/prompter.js';

describe('trust trigger at a terminal', () => {
  const cases: [string, Scripted[], Record<string, unknown>][] = [
    ['every answer', [{ text: 'Our song at the shop' }, { number: 8 }, { text: 'Called a friend' }, { select: 'partly' }],
      { what: 'Our song at the shop', strength: 8, helped: 'Called a friend', reassured: 'partly' }],
    ['only the strength', [{ text: '' }, { number: 3 }, { text: ' ' }, { select: undefined }], { strength: 3 }],
  ];
  it.each(cases)('asks what, how strong, what helped and about reassurance: %s', async (_, answers, saved) => {
    const p = scripted(answers);
    const t = testContext({ prompter: p });
    await trigger({}, t.ctx);
    expect(p.remaining()).toBe(0);
    expect(p.asked).toEqual([
      'What set it off? (a place, a song, a date, anything; optional)', 'How strong was it?', 'What helped, if anything? (optional)',
      'Did your partner answer with reassurance?',
    ]);
    const [entry] = readJournal(t.file).entries;
    expect(entry).toEqual({ id: expect.any(String), kind: 'trigger', date: '2026-11-20', createdAt: expect.any(String), ...saved });
    expect(t.out.join('')).toMatch(/Noted a trigger of \d+\/10/);
  });

  it('asks the partner who broke trust about the reassurance they gave', async () => {
    const t0 = testContext();
    await (await import('../../src/commands/init.js')).init({ role: 'broke-trust', partner: 'Alex' }, t0.ctx);
    const p = scripted([{ text: 'a date' }, { number: 6 }, { text: '' }, { select: 'yes' }]);
    await trigger({}, testContext({ prompter: p, file: t0.file }).ctx);
    expect(p.asked[0]).toBe('What set Alex off? (a place, a song, a date, anything; optional)');
    expect(p.asked[3]).toBe('Did you answer with reassurance?');
  });

  it('with flags, asks nothing even at a terminal', async () => {
    const p = scripted([]);
    const t = testContext({ prompter: p });
    await trigger({ strength: '2' }, t.ctx);
    expect(p.asked).toEqual([]);
    expect(readJournal(t.file).entries[0]).toMatchObject({ kind: 'trigger', strength: 2 });
  });
});

describe('trust request at a terminal', () => {
  it('asks what is needed and what it costs', async () => {
    const p = scripted([{ text: 'Tell me when plans change' }, { select: 'high' }]);
    const t = testContext({ prompter: p });
    await addRequest({}, t.ctx);
    expect(p.asked).toEqual(['What do you need from your partner? Make it specific:', 'Is it easy to give, or does it cost a lot?']);
    expect(readJournal(t.file).entries[0]).toMatchObject({ kind: 'request', text: 'Tell me when plans change', cost: 'high' });
  });

  it.each([
    [true, ['request', 'request-met', 'jar', 'request-met', 'jar']],
    [false, ['request', 'request-met', 'request-met']],
  ])('asks once whether a met request adds a marble (%s), remembers, and acts on it', async (yes, kinds) => {
    const t = testContext();
    await addRequest({ text: 'Home by seven' }, t.ctx);
    const id = String(readJournal(t.file).entries[0]?.id);
    const first = scripted([{ confirm: yes }]);
    await metRequest({ id }, testContext({ prompter: first, file: t.file }).ctx);
    const second = scripted([]);
    const again = testContext({ prompter: second, file: t.file });
    await metRequest({ id }, again.ctx);
    expect(first.asked).toHaveLength(1);
    expect(second.asked).toEqual([]);
    const j = readJournal(t.file);
    expect(j.profile.requestMarbles).toBe(yes);
    expect(j.entries.map((e) => e.kind)).toEqual(kinds);
    expect(again.out.join('')).toContain('Met: “Home by seven”. That is twice now.');
  });

  it('without an id, offers the requests still kept to pick from', async () => {
    const t = testContext();
    await addRequest({ text: 'Home by seven' }, t.ctx);
    await addRequest({ text: 'Phone on the table' }, t.ctx);
    const [first, second] = readJournal(t.file).entries.map((e) => String(e.id));
    await dropRequest({ id: String(second) }, t.ctx);
    const p = scripted([{ select: first }, { confirm: false }]);
    await metRequest({}, testContext({ prompter: p, file: t.file }).ctx);
    expect(p.asked[0]).toBe('Which request was met?');
    expect(readJournal(t.file).entries.at(-1)).toMatchObject({ kind: 'request-met', ref: first, text: 'Home by seven' });
  });

  it('without a terminal asks nothing and adds no marble', async () => {
    const t = testContext();
    await addRequest({ text: 'Home by seven' }, t.ctx);
    await metRequest({ id: String(readJournal(t.file).entries[0]?.id) }, t.ctx);
    const j = readJournal(t.file);
    expect(j.profile.requestMarbles).toBeUndefined();
    expect(j.entries.map((e) => e.kind)).toEqual(['request', 'request-met']);
  });
});
