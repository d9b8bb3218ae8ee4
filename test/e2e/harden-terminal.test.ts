// Nothing the journal holds can drive the terminal or a spreadsheet. Entry
// text with escape sequences (window title, clear screen, OSC 52 clipboard,
// OSC 8 links, C1 controls, bidi overrides, DEL, a carriage return) is shown
// neutralised in every terminal output, keeping line breaks and tabs; JSON
// keeps it exactly (escaped); CSV cells that would start a formula get a
// leading quote.
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
