// Care in the interactive `trust log`, at a real (pseudo-)terminal: a review
// or a thought that tells of danger or crisis is answered on screen at once,
// and the rest of the session changes (no checklist, gratitude or marble
// questions; safety steps instead of trust tests). Everything is still saved.
import { writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readJournal, tempJournal } from '../helpers/cli.js';
import { keys, ptyTrust } from '../helpers/pty.js';

function withAction(): string {
  const { file } = tempJournal();
  const action = {
    id: 'aaaaaaaa-0000-4000-8000-000000000001', kind: 'log', date: '2026-11-19', createdAt: '2026-11-19T20:00:00.000Z',
    thought: 'Jo does not care', action: 'Ask Jo to listen for ten minutes', prediction: 'Jo will get angry',
  };
  writeFileSync(file, JSON.stringify({ schemaVersion: 1, profile: { role: 'hurt', partner: 'Jo' }, entries: [action] }), { mode: 0o600 });
  return file;
}

const CHEERFUL = ['Today, did you', 'A good thing', 'earns a marble'];

describe('care in the interactive trust log', () => {
  it('a review that tells of danger is answered at once, and the checklist, gratitude and marbles are left out', async () => {
    const file = withAction();
    const r = await ptyTrust(['log', '--file', file], [
      { wait: 'waiting for a look back', send: keys.enter },
      { wait: 'Did you do it?', send: keys.enter },
      { wait: 'What actually happened?', send: `Jo grabbed my arm and shouted${keys.enter}` },
      { wait: 'Did that happen?', send: keys.enter }, // "Yes, it did"
      { wait: 'talked it over', send: keys.enter },
      { wait: 'How safe did it feel?', send: `0${keys.enter}` },
      { wait: 'How much do you believe', send: keys.enter },
      { wait: 'What did this step teach you?', send: keys.enter },
      { wait: 'What you wrote sounds frightening' },
      { wait: 'What you feared did happen' },
      { wait: 'Is there a thought today', send: `n${keys.enter}` },
      { wait: 'How are you feeling today', send: keys.enter }, // no feelings to note
      { wait: 'Another feeling?', send: keys.enter },
      { wait: 'A small step for today:', send: 'Not today' }, // a step is still offered (for safety); not today
      { wait: '❯ Not today', send: keys.enter }, // typing finds it even when the list is longer than the screen
      { wait: 'Saved 1 review' },
    ]);
    expect(r.stuck).toBeNull();
    expect(r.code).toBe(0);
    for (const text of CHEERFUL) expect(r.output).not.toContain(text);
    // The journal's own answer-back line (for a hurt partner whose fear came true) stays out after danger.
    expect(r.output).not.toContain('You went and looked anyway');
    // Said once, on screen, not again at the save.
    expect(r.output.split('What you wrote sounds frightening').length).toBe(2);
    expect(r.output).not.toMatch(/catastroph|fortune/i);
    const review = readJournal(file).entries.at(-1);
    expect(review).toMatchObject({ kind: 'review', outcome: 'Jo grabbed my arm and shouted', cameTrue: 'yes', safety: 0 });
  });

  it('a thought of not wanting to live is answered at once, and the step offered is for safety', async () => {
    const { file } = tempJournal();
    const r = await ptyTrust(['log', '--file', file], [
      { wait: 'Today, did you', send: keys.enter },
      { wait: 'Is there a thought today', send: keys.enter },
      { wait: 'What set it off?', send: keys.enter },
      { wait: 'What is the thought', send: `I don't want to be alive anymore if Jo leaves${keys.enter}` },
      { wait: 'crisis line' },
      { wait: 'Which kinds of trust', send: keys.enter },
      { wait: 'What do you feel?', send: keys.enter },
      { wait: 'Another feeling?', send: keys.enter },
      { wait: 'How much do you believe the thought right now?', send: `100${keys.enter}` },
      { wait: 'write down what you know', send: '' },
      { wait: 'What proof do you have for it?', send: keys.enter },
      { wait: 'And what does not fit it?', send: keys.enter },
      { wait: 'Try a fairer way to say it', send: keys.enter },
      { wait: 'How much do you believe the first thought now?', send: keys.enter },
      { wait: 'A small step for today', send: keys.enter },
      { wait: 'Saved' },
    ]);
    expect(r.stuck).toBeNull();
    expect(r.code).toBe(0);
    expect(r.output).not.toContain('thinking traps');
    expect(r.output).not.toContain('What are you afraid will happen');
    for (const text of CHEERFUL.slice(1)) expect(r.output).not.toContain(text);
    const [entry] = readJournal(file).entries;
    expect(entry).toMatchObject({ kind: 'log', thought: "I don't want to be alive anymore if Jo leaves", belief: 100, action: expect.stringMatching(/crisis line/) });
    expect(entry).not.toHaveProperty('behaviour');
  });
});
