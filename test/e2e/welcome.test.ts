// First contact: the first `trust log` at a terminal greets once, says it is
// not therapy and names `trust safety` and `trust init`; scripts never see it.
import { writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readJournal, tempJournal, trust, UUID } from '../helpers/cli.js';
import { keys, ptyTrust, type PtyStep } from '../helpers/pty.js';

const WELCOME = 'Welcome to trust.';
const CHECKLIST = 'Today, did you';

/** A short session that saves one good thing. */
const gratitudeOnly: PtyStep[] = [
  { wait: CHECKLIST, send: keys.enter },
  { wait: 'Is there a thought today', send: `n${keys.enter}` },
  { wait: 'How are you feeling today', send: keys.enter }, // no feelings to note
  { wait: 'Another feeling?', send: keys.enter },
  // A step is offered even without a thought; the last choice is "Not today".
  { wait: 'One small step to test trust today', send: `${keys.down.repeat(6)}${keys.enter}` },
  { wait: 'A good thing', send: `They made tea${keys.enter}` },
  { wait: 'another, or leave empty', send: keys.enter },
  { wait: 'earns a marble', send: keys.enter },
  { wait: 'Saved' },
];

const count = (text: string, part: string) => text.split(part).length - 1;

describe('the first trust log', () => {
  it('greets once at a terminal, before the first question, and not in the next session', async () => {
    const { file } = tempJournal();
    const first = await ptyTrust(['log', '--file', file], gratitudeOnly);
    expect(first.stuck).toBeNull();
    expect(first.code).toBe(0);
    expect(count(first.output, WELCOME)).toBe(1);
    expect(first.output.indexOf(WELCOME)).toBeLessThan(first.output.indexOf(CHECKLIST));
    for (const text of ['it is not therapy', '`trust safety`', '`trust init`']) expect(first.output).toContain(text);
    expect(readJournal(file).entries).toHaveLength(1);

    const second = await ptyTrust(['log', '--file', file], [{ wait: CHECKLIST, send: keys.ctrlC }]);
    expect(second.stuck).toBeNull();
    expect(second.output).not.toContain(WELCOME);
  });

  it('does not greet a journal that has a profile already (trust init came first)', async () => {
    const { file } = tempJournal();
    writeFileSync(file, JSON.stringify({ schemaVersion: 1, profile: { role: 'hurt' }, entries: [] }));
    const r = await ptyTrust(['log', '--file', file], [{ wait: CHECKLIST, send: keys.ctrlC }]);
    expect(r.stuck).toBeNull();
    expect(r.output).not.toContain(WELCOME);
  });

  it('keeps a script\'s output as it was: no greeting on stdout or stderr', async () => {
    const { file } = tempJournal();
    const r = await trust(['log', '--checklist', 'repair', '--file', file]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout.trim()).toMatch(UUID);
  });
});
