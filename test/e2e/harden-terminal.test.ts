// Nothing the journal holds can drive the terminal or a spreadsheet. Entry
// text with escape sequences (window title, clear screen, OSC 52 clipboard,
// OSC 8 links, C1 controls, bidi overrides, DEL, a carriage return) is shown
// neutralised in every terminal output, keeping line breaks and tabs; JSON
// keeps it exactly (escaped); CSV cells that would start a formula get a
// leading quote.
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ESC, FORMULAS, hostileJournal, IDS, PAYLOADS, RAW_CONTROL } from '../helpers/hostile.js';
import { readJournal, tempJournal, trust } from '../helpers/cli.js';

const TODAY = { TRUST_NOW: '2026-11-20' };

function journal(): string {
  const { file } = tempJournal();
  hostileJournal(file);
  return file;
}

describe('terminal output shows stored control characters harmlessly', () => {
  it.each([
    ['list', ['list']],
    ['list --open', ['list', '--open']],
    ['show a log', ['show', IDS.log]],
    ['show a review', ['show', IDS.review]],
    ['show an exercise', ['show', IDS.exercise]],
    ['share an entry', ['share', IDS.log]],
    ['share a week', ['share', '--week', '2026-11-18']],
    ['report', ['report']],
    ['report markdown', ['report', '--format', 'markdown']],
    ['report html', ['report', '--format', 'html']],
    ['jar', ['jar']],
    ['export markdown', ['export', '--format', 'markdown']],
    ['export csv', ['export', '--format', 'csv']],
    ['remind', ['remind']],
  ])('%s', async (_what, args) => {
    const file = journal();
    for (const env of [TODAY, { ...TODAY, NO_COLOR: undefined, FORCE_COLOR: '3' }]) {
      const r = await trust([...args, '--file', file], { env });
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      // Colour (when forced) is trust's own: plain SGR codes, never one from the journal.
      const plain = r.stdout.replace(/\x1b\[[0-9;]*m/g, '');
      const out = args.includes('csv') ? plain.replace(/\r\n/g, '\n') : plain;
      expect(out).not.toMatch(RAW_CONTROL);
      expect(r.stdout).not.toContain(`${ESC}[8m`);
    }
  });

  it('keeps the text, its line breaks and its tabs, and shows what was neutralised', async () => {
    const file = journal();
    const r = await trust(['show', IDS.review, '--file', file], { env: TODAY });
    expect(r.stdout).toContain('outcome ␛]0;TITLE-pwned␇');
    expect(r.stdout).toContain('SAFE␍EVIL');
    expect(r.stdout).toContain('⟨U+202E⟩BIDI');
    expect(r.stdout).toContain('⟨U+009B⟩2JCSI');
    expect(r.stdout).toContain('DEL␡␈␈XX');
    // The field's later lines hang under its label (`trust show` wraps to the width).
    expect(r.stdout).toMatch(/\n {0,2}second\tline/);
  });

  it('an error line quoting what was typed is neutralised too', async () => {
    const file = journal();
    const r = await trust(['show', `${PAYLOADS.title}nope`, '--file', file], { env: TODAY });
    expect(r.code).toBe(2);
    expect(r.stderr).not.toMatch(RAW_CONTROL);
    expect(r.stderr).toContain('␛]0;TITLE-pwned␇');
  });

  it('a flag value echoed back after saving is neutralised', async () => {
    const { file } = tempJournal();
    const r = await trust(['jar', 'add', `kind${PAYLOADS.clipboard}`, '--file', file], { env: TODAY });
    expect(r.code).toBe(0);
    expect(r.stdout + r.stderr).not.toMatch(RAW_CONTROL);
    expect(readJournal(file).entries[0]?.text).toBe(`kind${PAYLOADS.clipboard}`);
  });
});

describe('JSON keeps the text exactly, with every control escaped', () => {
  it.each([
    ['list --json', ['list', '--json']],
    ['show --json', ['show', IDS.jar, '--json']],
    ['export', ['export']],
    ['report --json', ['report', '--json']],
    ['jar --json', ['jar', '--json']],
  ])('%s', async (_what, args) => {
    const file = journal();
    const r = await trust([...args, '--file', file], { env: TODAY });
    expect(r.code).toBe(0);
    expect(r.stdout).not.toMatch(RAW_CONTROL);
    const text = JSON.stringify(JSON.parse(r.stdout));
    if (args[0] !== 'report' && args[0] !== 'jar') expect(text).toContain(JSON.stringify(PAYLOADS.bidi).slice(1, -1));
  });

  it('export then import gives the same entries back', async () => {
    const file = journal();
    const exported = await trust(['export', '--file', file], { env: TODAY });
    const back = JSON.parse(exported.stdout);
    expect(back.entries).toEqual(readJournal(file).entries);
  });
});

describe('the journal is stored escaped, so its own lines can go out as they are', () => {
  /** What could drive a terminal, the newline aside; the file is stricter than output (no raw tab either). */
  const DRIVES = /[\x00-\x09\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]/;
  const hostile = `kind ${PAYLOADS.bidi} ${PAYLOADS.c1} ${PAYLOADS.del} ${PAYLOADS.title}`;

  it('a journal written whole and then appended to holds only escapes, and exports the same text', async () => {
    const file = journal();
    // The first save rewrites a file trust did not write; the second appends to trust's own.
    for (const text of ['first', hostile]) expect((await trust(['jar', 'add', text, '--file', file], { env: TODAY })).code).toBe(0);
    const stored = readFileSync(file, 'utf8');
    expect(stored).not.toMatch(DRIVES);
    expect(stored).toContain('abc\\u202eBIDI\\u202c');
    expect(JSON.parse(readFileSync(`${file}.written`, 'utf8')).escaped).toBe(true);
    const r = await trust(['export', '--file', file], { env: TODAY });
    expect(r.code).toBe(0);
    expect(r.stdout).not.toMatch(RAW_CONTROL);
    expect(JSON.parse(r.stdout).entries.map((e: { text?: string }) => e.text)).toContain(hostile);
    expect(readJournal(file).entries.map((e) => e.text)).toContain(hostile);
  });

  it("an older build's journal (raw characters, a note without the mark) is checked whole and exported escaped", async () => {
    const { file } = tempJournal();
    expect((await trust(['jar', 'add', 'first', '--file', file], { env: TODAY })).code).toBe(0);
    // As an older build wrote it: the text unescaped, and its note for this very version.
    writeFileSync(file, readFileSync(file, 'utf8').replace('"text":"first"', `"text":${JSON.stringify(hostile)}`));
    const { ino, size, mtimeMs } = statSync(file);
    writeFileSync(`${file}.written`, JSON.stringify({ ino, size, mtimeMs }));
    const r = await trust(['export', '--file', file], { env: TODAY });
    expect(r.code).toBe(0);
    expect(r.stdout).not.toMatch(RAW_CONTROL);
    expect(JSON.parse(r.stdout).entries[0].text).toBe(hostile);
    // The next save writes it whole, escaped.
    expect((await trust(['jar', 'add', 'second', '--file', file], { env: TODAY })).code).toBe(0);
    expect(readFileSync(file, 'utf8')).not.toMatch(DRIVES);
    expect(readJournal(file).entries.map((e) => e.text)).toEqual([hostile, 'second']);
  });
});

describe('CSV cells that would start a formula get a leading quote (OWASP)', () => {
  it('each of = + - @ and tab', async () => {
    const file = journal();
    const r = await trust(['export', '--format', 'csv', '--file', file], { env: TODAY });
    expect(r.code).toBe(0);
    const field = (s: string) => (/[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
    for (const formula of Object.values(FORMULAS)) {
      expect(r.stdout).toContain(`,${field(`'${formula}`)},`);
      expect(r.stdout).not.toContain(`,${field(formula)},`);
    }
  });
});
