// At a real terminal the journal answers back: after the challenge (how far
// belief moved), when a fear comes back that was tested before, and after the
// review (feared against what happened). Also: a feeling left without a number
// is asked again, and the delete question defaults to no.
import { describe, expect, it } from 'vitest';
import { readJournal, snapshot, tempJournal, trust } from '../helpers/cli.js';
import { keys, ptyTrust } from '../helpers/pty.js';

const at = (day: string) => ({ TRUST_NOW: day });
const down = (n: number) => keys.down.repeat(n);

describe('a session that answers back', () => {
  it('at the challenge, at a repeated fear, and at the review', async () => {
    const { file } = tempJournal();
    // A fear tested once before: it did not come true.
    const first = (await trust(['log', '--file', file, '--thought', 't', '--trap', 'fortune-telling', '--action', 'a', '--prediction', 'They will leave'], { env: at('2026-11-18') })).stdout.trim();
    expect((await trust(['review', first, '--file', file, '--done', 'yes', '--came-true', 'no'], { env: at('2026-11-19') })).code).toBe(0);

    const logged = await ptyTrust(['log', '--file', file], [
      { wait: 'Today, did you', send: keys.enter },
      { wait: 'Is there a thought today', send: keys.enter },
      { wait: 'What set it off?', send: keys.enter },
      { wait: 'What is the thought', send: `They will leave me${keys.enter}` },
      { wait: 'Which kinds of trust', send: keys.enter },
      { wait: 'What do you feel?', send: `${keys.space}${keys.enter}` }, // fear, the first
      { wait: 'Another feeling?', send: keys.enter },
      { wait: 'How strong is the fear?', send: keys.enter }, // left empty...
      { wait: 'This one needs a number', send: `80${keys.enter}` }, // ...asked again, not dropped
      { wait: 'believe the thought right now?', send: `90${keys.enter}` },
      { wait: 'What proof do you have for it?', send: keys.enter },
      { wait: 'And what does not fit it?', send: `They stayed${keys.enter}` },
      { wait: 'thinking traps', send: `${down(5)}${keys.space}${keys.enter}` }, // fortune telling, the sixth
      { wait: 'Fears that come with fortune telling have been put to the test once; it did not come true.' },
      { wait: 'Try a fairer way', send: `They are still here${keys.enter}` },
      { wait: 'believe the fairer thought?', send: `60${keys.enter}` },
      { wait: 'believe the first thought now?', send: `55${keys.enter}` },
      { wait: 'How strong is the fear now?', send: `50${keys.enter}` },
      { wait: 'Belief in the old thought went from 90 to 55.' },
      { wait: 'One small step', send: keys.enter },
      { wait: 'afraid will happen', send: `They will leave${keys.enter}` },
      { wait: 'You have feared this once; it did not come true.' },
      { wait: 'How sure are you that it will happen?', send: `70${keys.enter}` },
      { wait: 'A good thing', send: keys.enter },
      { wait: 'earns a marble', send: keys.enter },
      { wait: 'Saved' },
    ], at('2026-11-20'));
    expect(logged.stuck).toBeNull();
    expect(logged.code).toBe(0);
    // The thought stays in view above the challenge questions.
    expect(logged.output).toMatch(/“They will leave me”\n\s*What proof do you have for it\?/);
    expect(logged.output).not.toMatch(/Value must|multiple of/);
    const entry = readJournal(file).entries.at(-1);
    expect(entry).toMatchObject({
      thought: 'They will leave me', emotions: [{ name: 'fear', intensity: 80 }], belief: 90, traps: ['fortune-telling'],
      beliefBalanced: 60, beliefAfter: 55, emotionsAfter: [{ name: 'fear', intensity: 50 }], prediction: 'They will leave', predictionBelief: 70,
    });

    const reviewed = await ptyTrust(['review', '--file', file], [
      { wait: 'Did you do it?', send: keys.enter },
      { wait: 'What actually happened?', send: `They stayed for coffee${keys.enter}` },
      { wait: 'Did that happen?', send: down(2) },
      { wait: 'No, it did not', send: keys.enter },
      { wait: 'talked it over', send: keys.enter },
      { wait: 'How safe', send: `7${keys.enter}` },
      { wait: 'believe "They will leave me" now?', send: `30${keys.enter}` },
      { wait: 'What did this step teach you?', send: `Fears are not facts${keys.enter}` },
      { wait: 'What you feared did not happen. You were 70 out of 100 sure it would.' },
      { wait: 'Belief in the old thought: 90 when you wrote it, 30 now.' },
      { wait: 'Saved review' },
    ], at('2026-11-21'));
    expect(reviewed.stuck).toBeNull();
    expect(reviewed.code).toBe(0);
    expect(readJournal(file).entries.at(-1)).toMatchObject({ kind: 'review', cameTrue: 'no', beliefNow: 30, learned: 'Fears are not facts' });
  });
});

describe('trust delete at a terminal', () => {
  it('asks first, and Enter keeps the entry: the answer defaults to no', async () => {
    const { file } = tempJournal();
    const id = (await trust(['log', '--file', file, '--action', 'Call at lunch'])).stdout.trim();
    const before = snapshot(file);
    const r = await ptyTrust(['delete', id, '--file', file], [{ wait: 'for good?', send: keys.enter }, { wait: 'Kept it' }]);
    expect(r.stuck).toBeNull();
    expect(r.code).toBe(0);
    expect(r.output).toMatch(/for good\? \(y\/N\)/);
    expect(snapshot(file)).toBe(before);
  });
});
