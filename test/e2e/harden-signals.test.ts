// A signal in the middle of a prompt (SIGTERM from a shutdown or `kill`,
// SIGHUP, SIGINT sent by another process) gives the cursor back, exits with
// the conventional code (128 + the signal's number) and keeps the draft of
// what was answered so far, and of the answer being typed. Also: a review at a terminal quotes the old step
// harmlessly, whatever it holds.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { snapshot, tempJournal, trust } from '../helpers/cli.js';
import { hostileJournal, PAYLOADS, RAW_CONTROL } from '../helpers/hostile.js';
import { keys, ptyTrust } from '../helpers/pty.js';

const HIDE = '\x1b[?25l';
const SHOW = '\x1b[?25h';
const CHECKLIST = 'Today, did you';
const HAS_THOUGHT = 'Is there a thought today';

/** The cursor was hidden at some point, and shown again after the last time. */
function cursorBack(raw: string): void {
  const hidden = raw.lastIndexOf(HIDE);
  expect(hidden).toBeGreaterThanOrEqual(0);
  expect(raw.indexOf(SHOW, hidden)).toBeGreaterThan(hidden);
}

describe('a signal at a prompt', () => {
  it.each([
    ['SIGTERM', 143],
    ['SIGHUP', 129],
    ['SIGINT', 130],
  ] as const)('%s: the cursor comes back, exit %i, the draft keeps what was answered', async (signal, code) => {
    const { file } = tempJournal();
    expect((await trust(['log', '--file', file, '--checklist', 'repair'])).code).toBe(0);
    const before = snapshot(file);
    const r = await ptyTrust(['log', '--file', file], [
      { wait: CHECKLIST, send: keys.space + keys.enter },
      { wait: HAS_THOUGHT },
      { signal },
    ]);
    expect(r.stuck).toBeNull();
    expect(r.code).toBe(code);
    cursorBack(r.raw);
    expect(r.output).not.toMatch(/\n\s+at |Error:/);
    expect(snapshot(file)).toBe(before);
    const draft = JSON.parse(readFileSync(`${file}.draft`, 'utf8')) as { answers: Record<string, unknown> };
    expect(draft.answers.checklist).toEqual(['check-in']);
  });

  it.each(['SIGTERM', 'SIGHUP', 'SIGINT'] as const)('%s halfway through an answer: the words join the draft before the exit', async (signal) => {
    const { file } = tempJournal();
    const r = await ptyTrust(['log', '--file', file], [
      { wait: CHECKLIST, send: keys.enter },
      { wait: HAS_THOUGHT, send: keys.enter },
      { wait: 'What set it off?', send: 'the phone at midnight' },
      { wait: 'midnight' },
      { signal },
    ]);
    expect(r.stuck).toBeNull();
    expect(r.code).toBe(128 + { SIGHUP: 1, SIGINT: 2, SIGTERM: 15 }[signal]);
    const draft = JSON.parse(readFileSync(`${file}.draft`, 'utf8')) as unknown;
    expect(draft).toMatchObject({ answers: { hasThought: true }, partial: { step: 'situation', nth: 0, text: 'the phone at midnight' } });
  });
});

describe('a review at a terminal quotes the old step harmlessly', () => {
  it('the step and the partner name from the journal reach the terminal neutralised', async () => {
    const { file } = tempJournal();
    hostileJournal(file);
    const r = await ptyTrust(['review', '--file', file], [{ wait: 'Did you do it?', send: keys.ctrlC }], { TRUST_NOW: '2026-11-20' });
    expect(r.stuck).toBeNull();
    expect(r.raw).toContain('␛]0;TITLE-pwned␇');
    for (const raw of [PAYLOADS.title, PAYLOADS.clipboard, PAYLOADS.link, PAYLOADS.c1, PAYLOADS.bidi]) expect(r.raw).not.toContain(raw);
    // What is left once trust's own cursor and colour codes are taken out holds no control character.
    expect(r.output.replace(/\x1b\[\?25[hl]/g, '')).not.toMatch(RAW_CONTROL);
  });
});
