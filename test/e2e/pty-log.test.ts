// `trust log` at a real (pseudo-)terminal: stopping halfway, by Ctrl-C or by
// closing the terminal, writes nothing into the journal and keeps the
// answers as a private draft, which the next `trust log` offers back; an
// answer half typed when Ctrl-C comes is kept too, back on its question.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { mode, readJournal, snapshot, tempJournal, trust } from '../helpers/cli.js';
import { keys, ptyTrust, type PtyStep } from '../helpers/pty.js';

const CHECKLIST = 'Today, did you';
const HAS_THOUGHT = 'Is there a thought today';
const SITUATION = 'What set it off?';
const THOUGHT = 'What is the thought, in your own words?';
const RESUME = 'Pick up where you left off?';

/** Up to the thought question, with the situation typed: then Ctrl-C or a hang-up. */
const halfway = (situation: string): PtyStep[] => [
  { wait: CHECKLIST, send: keys.enter },
  { wait: HAS_THOUGHT, send: keys.enter },
  { wait: SITUATION, send: `${situation}${keys.enter}` },
  { wait: THOUGHT },
];

/** Every question after the thought left empty (Enter), up to the save. */
const afterTheThought: PtyStep[] = [
  ...[
    'Which kinds of trust',
    'What do you feel?',
    'Another feeling?',
    'How much do you believe the thought right now?',
    'What proof do you have for it?',
    'And what does not fit it?',
    'thinking traps',
    'Try a fairer way to say it',
    'How much do you believe the first thought now?',
    'One small step to test trust today',
    'What are you afraid will happen',
    'A good thing',
    'earns a marble',
  ].map((wait) => ({ wait, send: keys.enter })),
  { wait: 'Saved' },
];

const draftOf = (file: string) => JSON.parse(readFileSync(`${file}.draft`, 'utf8')) as { answers: Record<string, unknown>; partial?: unknown };

describe('trust log interrupted at a terminal', () => {
  it('Ctrl-C mid-prompt keeps a private draft and leaves the journal as it was', async () => {
    const { file } = tempJournal();
    expect((await trust(['log', '--file', file, '--checklist', 'repair'])).code).toBe(0);
    const before = snapshot(file);

    const r = await ptyTrust(['log', '--file', file], [...halfway('the phone buzzed at midnight'), { wait: '', send: keys.ctrlC }]);
    expect(r.stuck).toBeNull();
    expect(r.code).toBe(1);
    const last = r.output.trim().split('\n').pop() ?? '';
    expect(last).toMatch(/^trust: Stopped\..*draft/);
    expect(snapshot(file)).toBe(before);
    expect(mode(`${file}.draft`)).toBe(0o600);
    expect(draftOf(file).answers.situation).toBe('the phone buzzed at midnight');
  });

  it('the next session offers the draft, and finishing it saves what was typed before the stop', async () => {
    const { file } = tempJournal();
    await ptyTrust(['log', '--file', file], [...halfway('a late reply'), { wait: '', send: keys.ctrlC }]);
    expect(existsSync(`${file}.draft`)).toBe(true);

    const r = await ptyTrust(['log', '--file', file], [
      { wait: RESUME, send: keys.enter }, // "Yes, carry on" is the first choice
      { wait: THOUGHT, send: `They are hiding something${keys.enter}` },
      ...afterTheThought,
    ]);
    expect(r.stuck).toBeNull();
    expect(r.code).toBe(0);
    // A resumed session does not ask the answered questions again.
    expect(r.output).not.toContain(SITUATION);
    const { entries } = readJournal(file);
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ situation: 'a late reply', thought: 'They are hiding something' });
    expect(entries[0]?.action).toEqual(expect.any(String));
    expect(existsSync(`${file}.draft`)).toBe(false);
  });

  it('Ctrl-C halfway through an answer keeps the words, and the next session puts them back on their question', async () => {
    const { file } = tempJournal();
    expect((await trust(['log', '--file', file, '--checklist', 'repair'])).code).toBe(0);
    const before = snapshot(file);

    const stopped = await ptyTrust(['log', '--file', file], [...halfway('a late reply'), { wait: '', send: 'If I open up I will' }, { wait: 'I will', send: keys.ctrlC }]);
    expect(stopped.stuck).toBeNull();
    expect(stopped.code).toBe(1);
    expect(stopped.output.trim().split('\n').pop()).toMatch(/^trust: Stopped\..*halfway through.*draft/);
    expect(snapshot(file)).toBe(before);
    expect(mode(`${file}.draft`)).toBe(0o600);
    expect(draftOf(file)).toMatchObject({ answers: { situation: 'a late reply' }, partial: { step: 'thought', nth: 0, text: 'If I open up I will' } });

    const resumed = await ptyTrust(['log', '--file', file], [
      { wait: RESUME, send: keys.enter },
      // The words are back on the line: typing carries on after them, Enter keeps them.
      { wait: `${THOUGHT} If I open up I will`, send: ` get hurt${keys.enter}` },
      ...afterTheThought,
    ]);
    expect(resumed.stuck).toBeNull();
    expect(resumed.code).toBe(0);
    expect(readJournal(file).entries.at(-1)).toMatchObject({ situation: 'a late reply', thought: 'If I open up I will get hurt' });
    expect(existsSync(`${file}.draft`)).toBe(false);
  });

  it('no thought today: the feelings alone are a check-in, with how strong each is', async () => {
    const { file } = tempJournal();
    const r = await ptyTrust(['log', '--file', file], [
      { wait: CHECKLIST, send: keys.enter },
      { wait: HAS_THOUGHT, send: `n${keys.enter}` },
      { wait: 'How are you feeling today', send: `${keys.down}${keys.space}` }, // anxiety, second in the list
      { wait: '◉ anxiety', send: keys.enter },
      { wait: 'Another feeling?', send: `Worn out${keys.enter}` },
      { wait: 'How strong is the anxiety?', send: `70${keys.enter}` },
      { wait: 'How strong is "worn out"?', send: `40${keys.enter}` },
      { wait: 'One small step', send: 'Not today' },
      { wait: '❯ Not today', send: keys.enter },
      { wait: 'A good thing', send: keys.enter },
      { wait: 'earns a marble', send: keys.enter },
      { wait: 'Saved' },
    ]);
    expect(r.stuck).toBeNull();
    expect(r.code).toBe(0);
    const [entry] = readJournal(file).entries;
    expect(entry).toMatchObject({ kind: 'log', emotions: [{ name: 'anxiety', intensity: 70 }, { name: 'worn out', intensity: 40 }] });
    expect(entry).not.toHaveProperty('thought');
  });

  it('a long session re-reads the journal before saving: what another process saved meanwhile stays', async () => {
    const { file } = tempJournal();
    const r = await ptyTrust(['log', '--file', file], [
      { wait: CHECKLIST, send: keys.enter },
      { wait: HAS_THOUGHT, send: `n${keys.enter}` },
      { wait: 'How are you feeling today', send: keys.enter }, // no feelings to note
      { wait: 'Another feeling?', send: keys.enter },
      { wait: 'One small step to test trust today', send: 'Not today' }, // a step is offered anyway: typing picks "Not today"
      { wait: '❯ Not today', send: keys.enter }, // typing finds it even when the list is longer than the screen
      { wait: 'A good thing', send: `They made tea${keys.enter}` },
      // While this session waits, a reminder or another terminal saves an entry.
      { wait: 'another, or leave empty', also: ['log', '--file', file, '--checklist', 'repair'], send: keys.enter },
      { wait: 'earns a marble', send: keys.enter },
      { wait: 'Saved' },
    ]);
    expect(r.stuck).toBeNull();
    expect(r.code).toBe(0);
    const { entries } = readJournal(file);
    expect(entries.map((e) => e.checklist ?? e.gratitude)).toEqual([['repair'], ['They made tea']]);
  });

  it('closing the terminal mid-prompt keeps the draft and writes nothing', async () => {
    const { file } = tempJournal();
    const r = await ptyTrust(['log', '--file', file], [...halfway('they went quiet'), { hangup: true }]);
    expect(r.stuck).toBeNull();
    // Ended by the hang-up itself (-1: SIGHUP), never a crash on the way out (SIGABRT, SIGSEGV: see main.ts, endBy).
    expect(r.code).toBe(-1);
    expect(existsSync(file)).toBe(false);
    expect(mode(`${file}.draft`)).toBe(0o600);
    expect(draftOf(file).answers.situation).toBe('they went quiet');
  });

  it('closing the terminal halfway through an answer keeps the words too', async () => {
    const { file } = tempJournal();
    const r = await ptyTrust(['log', '--file', file], [...halfway('they went quiet'), { wait: '', send: 'They are' }, { wait: 'They are' }, { hangup: true }]);
    expect(r.stuck).toBeNull();
    expect(r.code).toBe(-1);
    expect(existsSync(file)).toBe(false);
    expect(mode(`${file}.draft`)).toBe(0o600);
    expect(draftOf(file)).toMatchObject({ answers: { situation: 'they went quiet' }, partial: { step: 'thought', nth: 0, text: 'They are' } });
  });

  it('"start fresh" throws the draft away at once, and Ctrl-C before any answer says nothing was saved', async () => {
    const { file } = tempJournal();
    writeFileSync(`${file}.draft`, JSON.stringify({ date: '2026-11-19', startedAt: '2026-11-19T21:00:00Z', answers: { checklist: [] } }), { mode: 0o600 });
    const r = await ptyTrust(['log', '--file', file], [
      { wait: RESUME, send: keys.down },
      { wait: 'start fresh', send: keys.enter },
      { wait: CHECKLIST, send: keys.ctrlC },
    ]);
    expect(r.stuck).toBeNull();
    expect(r.code).toBe(1);
    expect(r.output).toContain('Nothing was saved');
    expect(existsSync(`${file}.draft`)).toBe(false);
    expect(existsSync(file)).toBe(false);
  });
});
