// The real inquirer-backed Prompter, driven through @inquirer/testing's screen.
import { screen } from '@inquirer/testing/vitest';
import { describe, expect, it } from 'vitest';
import { inquirerPrompter } from '../../src/ui/prompts.js';
import { log } from '../../src/commands/log.js';
import { readJournal } from '../helpers/cli.js';
import { testContext } from '../helpers/context.js';

const p = inquirerPrompter();

/** Waits until the prompt screen shows `text` (a prompt's package loads at its first question, so it renders later). */
async function shows(text: string | RegExp): Promise<void> {
  for (let i = 0; i < 400; i++) {
    const now = screen.getScreen();
    if (typeof text === 'string' ? now.includes(text) : text.test(now)) return;
    await new Promise((r) => setTimeout(r, 5));
  }
  throw new Error(`screen never showed ${String(text)}:\n${screen.getScreen()}`);
}

describe('inquirer prompter', () => {
  it('trims text answers', async () => {
    const answer = p.text('What is the thought?');
    await shows('What is the thought?');
    screen.type('  They will leave  ');
    screen.keypress('enter');
    await expect(answer).resolves.toBe('They will leave');
  });

  it('keeps asking until a number is in range, and shows the range', async () => {
    const answer = p.number('How much do you believe it?', { min: 0, max: 100 });
    await shows('(0-100)');
    screen.type('120');
    screen.keypress('enter');
    await shows('A whole number from 0 to 100, please, or leave it empty to skip.');
    expect(screen.getScreen()).not.toMatch(/Value must|multiple of/);
    for (let i = 0; i < 3; i++) screen.keypress('backspace');
    screen.type('80');
    screen.keypress('enter');
    await expect(answer).resolves.toBe(80);
  });

  it('asks again, in its own words, when a needed number is left empty or is not a whole number', async () => {
    const answer = p.number('How strong is the fear?', { min: 0, max: 100, required: true });
    await shows('How strong is the fear?');
    screen.keypress('enter');
    await shows('This one needs a number, from 0 to 100');
    screen.type('4.5');
    screen.keypress('enter');
    await shows('A whole number from 0 to 100, please.');
    expect(screen.getScreen()).not.toMatch(/Value must|valid numeric/);
    for (let i = 0; i < 3; i++) screen.keypress('backspace');
    screen.type('45');
    screen.keypress('enter');
    await expect(answer).resolves.toBe(45);
  });

  it('lets an optional number be skipped', async () => {
    const answer = p.number('How safe did it feel?', { min: 0, max: 10 });
    await shows('How safe did it feel?');
    screen.keypress('enter');
    await expect(answer).resolves.toBeUndefined();
  });

  it('shows a trap explanation for the highlighted choice', async () => {
    const answer = p.checkbox('Traps?', [
      { value: 'mind-reading', name: 'Mind reading', description: 'Guessing what they think' },
      { value: 'labelling', name: 'Labelling', description: 'One act becomes who they are' },
    ]);
    await shows('Guessing what they think');
    screen.keypress('down');
    await shows('One act becomes who they are');
    expect(screen.getScreen()).not.toContain('Guessing what they think');
    screen.keypress('space');
    screen.keypress('enter');
    await expect(answer).resolves.toEqual(['labelling']);
  });
});

describe('words typed into a text question that is stopped', () => {
  /** Ctrl-C at the question: it ends as inquirer ends a stopped prompt. */
  async function stop(answer: Promise<unknown>): Promise<void> {
    const stopped = expect(answer).rejects.toMatchObject({ name: 'ExitPromptError' });
    screen.keypress({ name: 'c', ctrl: true });
    await stopped;
  }

  it('are handed out after Ctrl-C, as the line stood', async () => {
    const answer = p.text('What is the thought?');
    await shows('What is the thought?');
    screen.type('If I open up I ');
    await stop(answer);
    expect(p.unfinished?.()).toBe('If I open up I ');
  });

  it.each([
    ['a blank line', () => p.text('Another feeling?'), '   '],
    ['a passphrase', () => p.secret('Passphrase?'), 'correct horse'],
  ])('are not kept from %s', async (_, ask, typed) => {
    const answer = ask();
    await shows('?');
    screen.type(typed);
    await stop(answer);
    expect(p.unfinished?.()).toBeUndefined();
  });

  it('are gone once the question is answered, or another question starts', async () => {
    const first = p.text('Situation?');
    await shows('Situation?');
    screen.type('a late reply');
    screen.keypress('enter');
    await expect(first).resolves.toBe('a late reply');
    expect(p.unfinished?.()).toBeUndefined();

    const second = p.text('Thought?');
    await shows('Thought?');
    screen.type('They are');
    await stop(second);
    const third = p.confirm('Carry on?');
    await shows('Carry on?');
    expect(p.unfinished?.()).toBeUndefined();
    screen.keypress('enter');
    await expect(third).resolves.toBe(true);
  });

  it('come back on the line to be finished, and Enter keeps them', async () => {
    const kept = p.text('Thought?', { carryOn: 'If I open up I ' });
    await shows('? Thought? If I open up I');
    screen.keypress('enter');
    await expect(kept).resolves.toBe('If I open up I');

    const finished = p.text('Thought?', { carryOn: 'If I open up I ' });
    await shows('? Thought? If I open up I');
    screen.type('get hurt');
    screen.keypress('enter');
    await expect(finished).resolves.toBe('If I open up I get hurt');
  });
});

describe('trust log through the real prompts', () => {
  it('saves a short day: checklist and one good thing', async () => {
    const t = testContext({ prompter: p });
    const done = log({}, t.ctx);
    await shows('Today, did you');
    screen.keypress('space'); // the first item: check-in
    screen.keypress('enter');
    await shows('pull away');
    screen.type('n');
    screen.keypress('enter');
    await shows('How are you feeling today');
    screen.keypress('enter'); // no feelings to note
    await shows('Another feeling?');
    screen.keypress('enter');
    await shows('One small step');
    await shows('Not today');
    screen.type('Not today'); // typing jumps to the choice
    await shows(/❯ Not today/);
    screen.keypress('enter');
    await shows('A good thing your partner did today');
    screen.type('Brought me coffee');
    screen.keypress('enter');
    await shows('another, or leave empty');
    screen.keypress('enter'); // no more good things
    await shows('earns a marble');
    screen.keypress('enter'); // no marble today
    await done;
    const [entry] = readJournal(t.file).entries;
    expect(entry).toMatchObject({ kind: 'log', checklist: ['check-in'], gratitude: ['Brought me coffee'] });
    expect(entry).not.toHaveProperty('thought');
    expect(entry).not.toHaveProperty('action'); // not today
  });
});
