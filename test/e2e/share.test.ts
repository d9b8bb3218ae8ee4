// `trust share`: a short card of one entry or a week, only the chosen fields.
import { beforeAll, describe, expect, it } from 'vitest';
import { share } from '../../src/commands/share.js';
import type { Choice } from '../../src/ui/prompts.js';
import { testContext } from '../helpers/context.js';
import { scripted } from '../helpers/prompter.js';
import { snapshot, tempJournal, trust } from '../helpers/cli.js';

const THOUGHT = 'They are hiding something';
const BALANCED = 'They were tired, and they told me why';
const ACTION = 'Ask how the meeting went';
const OUTCOME = 'They talked about it for ages';

const { file } = tempJournal();
let action = '';
let review = '';

beforeAll(async () => {
  const f = ['--file', file];
  action = (await trust(['log', ...f, '--date', '2026-11-17', '--situation', 'Came home late', '--thought', THOUGHT,
    '--emotion', 'fear:60', '--balanced', BALANCED, '--action', ACTION, '--prediction', 'They snap at me',
    '--gratitude', 'Cooked dinner'], { env: { TRUST_NOW: '2026-11-17T20:00:00Z' } })).stdout.trim();
  review = (await trust(['review', action, ...f, '--done', 'yes', '--outcome', OUTCOME, '--talked', '--came-true', 'no'],
    { env: { TRUST_NOW: '2026-11-19T20:00:00Z' } })).stdout.trim();
  // The week before: not on the card for the week of the 17th.
  await trust(['log', ...f, '--date', '2026-11-13', '--action', 'Last week step'], { env: { TRUST_NOW: '2026-11-13T20:00:00Z' } });
});

describe('trust share <id>', () => {
  it('by default shows the gentle fields, never the raw thought, in plain text', async () => {
    const r = await trust(['share', action.slice(0, 6), '--file', file], { env: { NO_COLOR: undefined } });
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe([
      'Tuesday 17 November 2026',
      '',
      `A fairer thought: ${BALANCED}`,
      `My small step: ${ACTION}`,
      `How it went: I did it. ${OUTCOME}. What I feared didn't happen. We talked it over.`,
      'Good things my partner did: Cooked dinner',
      '',
    ].join('\n'));
    expect(r.stdout).not.toContain(THOUGHT);
    expect(r.stdout).not.toMatch(/\u001b\[/);
  });

  it('shows exactly the fields asked for', async () => {
    const r = await trust(['share', action, '--fields', 'thought,feelings,prediction', '--file', file]);
    expect(r.stdout).toContain(`The thought I had: ${THOUGHT}`);
    expect(r.stdout).toContain('What I felt: fear 60');
    expect(r.stdout).toContain('What I feared would happen: They snap at me');
    expect(r.stdout).not.toContain(BALANCED);
    expect(r.stdout).not.toContain(ACTION);
  });

  it('a review id shares the action it looks back on', async () => {
    const r = await trust(['share', review, '--fields', 'action,outcome', '--file', file]);
    expect(r.stdout).toContain(`My small step: ${ACTION}`);
    expect(r.stdout).toContain(OUTCOME);
  });
});

describe('trust share --week', () => {
  it('shows that Monday-to-Sunday week only', async () => {
    const r = await trust(['share', '--week', '2026-11-20', '--file', file]);
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n')[0]).toBe('My week, 16 November to 22 November 2026');
    expect(r.stdout).toContain('Tuesday 17 November');
    expect(r.stdout).toContain(`  My small step: ${ACTION}`);
    // The review (dated the 19th) goes with its action, not again on its own day.
    expect(r.stdout.match(new RegExp(OUTCOME, 'g'))).toHaveLength(1);
    expect(r.stdout).not.toContain('Thursday');
    expect(r.stdout).not.toContain('Last week step');
    expect(r.stdout).not.toContain(THOUGHT);
  });

  it('a week with nothing in it says so gently', async () => {
    const r = await trust(['share', '--week', '2026-10-01', '--file', file]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Nothing from this week');
  });
});

describe('trust share: bad usage is exit 2, journal unchanged', () => {
  it.each([
    ['no id and no week', [], /Give the id of an entry/],
    ['both an id and a week', ['abcd1234', '--week', '2026-11-17'], /either an entry id or --week/],
    ['an unknown field', ['ID', '--fields', 'balanced,secrets'], /--fields: "secrets" is not one of/],
    ['no fields at all', ['ID', '--fields', ''], /--fields needs at least one of/],
    ['a bad week', ['--week', 'monday'], /--week takes a date/],
    ['an unknown id', ['ffffffff'], /No entry has an id starting with "ffffffff"/],
  ])('%s', async (_name, args, message) => {
    const before = snapshot(file);
    const r = await trust(['share', ...args.map((a) => (a === 'ID' ? action : a)), '--file', file]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(message);
    expect(snapshot(file)).toBe(before);
  });
});

describe('trust share at a terminal (the command called with scripted answers)', () => {
  it('offers the fields the entry has, the gentle ones ticked, and shows what was picked', async () => {
    const p = scripted([{ checkbox: ['situation', 'balanced'] }]);
    const offered: Choice<unknown>[][] = [];
    const pick = p.checkbox.bind(p);
    p.checkbox = async <T>(message: string, choices: Choice<T>[]) => {
      offered.push(choices as Choice<unknown>[]);
      return pick(message, choices);
    };
    const t = testContext({ prompter: p, file });
    await share({ id: action }, t.ctx);
    const choices = offered[0] ?? [];
    expect(choices.map((c) => c.value)).toEqual(['situation', 'thought', 'feelings', 'balanced', 'action', 'prediction', 'outcome', 'gratitude']);
    expect(choices.filter((c) => c.checked).map((c) => c.value)).toEqual(['balanced', 'action', 'outcome', 'gratitude']);
    const out = t.out.join('');
    expect(out).toContain('What set it off: Came home late');
    expect(out).toContain(`A fairer thought: ${BALANCED}`);
    expect(out).not.toContain(ACTION);
    expect(p.remaining()).toBe(0);
  });

  it('nothing ticked: nothing shown', async () => {
    const t = testContext({ prompter: scripted([{ checkbox: [] }]), file });
    await share({ id: action }, t.ctx);
    expect(t.out.join('')).toBe('Nothing chosen, so nothing to show.\n');
  });
});
