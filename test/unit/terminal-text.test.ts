// Control characters shown as symbols; JSON escaped; CSV formulas quoted;
// Markdown escaped; the painter's own colours the only escapes let through.
import { Chalk } from 'chalk';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cellSafe } from '../../src/ui/export-csv.js';
import { mdText } from '../../src/ui/export-markdown.js';
import { safePainter } from '../../src/ui/render.js';
import { escapeJson } from '../../src/storage/json-text.js';
import { neutralise, safeOutput } from '../../src/ui/terminal-text.js';

describe('neutralise', () => {
  it.each([
    ['plain text', 'a small step ✓', 'a small step ✓'],
    ['newlines and tabs stay', 'one\n\ttwo', 'one\n\ttwo'],
    ['a CRLF stays a line break', 'one\r\ntwo', 'one\r\ntwo'],
    ['a lone CR is shown', 'SAFE\rEVIL', 'SAFE␍EVIL'],
    ['window title (OSC 0)', '\x1b]0;pwned\x07', '␛]0;pwned␇'],
    ['clear screen', '\x1b[2J\x1b[H', '␛[2J␛[H'],
    ['clipboard (OSC 52)', '\x1b]52;c;eA==\x07', '␛]52;c;eA==␇'],
    ['link (OSC 8)', '\x1b]8;;https://x\x1b\\a\x1b]8;;\x1b\\', '␛]8;;https://x␛\\a␛]8;;␛\\'],
    ['colour from text', '\x1b[31mred', '␛[31mred'],
    ['NUL, backspace, DEL', '\x00\b\x7f', '␀␈␡'],
    ['C1 CSI', '\u009b2J', '⟨U+009B⟩2J'],
    ['bidi override and isolate', '\u202eabc\u2066', '⟨U+202E⟩abc⟨U+2066⟩'],
  ])('%s', (_what, raw, shown) => expect(neutralise(raw)).toBe(shown));

  it('lets through only the escapes it is told to keep', () => {
    expect(neutralise('\x1b[32mok\x1b[39m \x1b[8mhidden', new Set(['\x1b[32m', '\x1b[39m']))).toBe('\x1b[32mok\x1b[39m ␛[8mhidden');
  });

  it('for any text: no control left, every other character kept in order, idempotent', () => {
    const control = /[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]/g;
    fc.assert(
      fc.property(fc.string({ unit: fc.oneof(fc.constantFrom('\x1b', '\r', '\n', '\t', '\x9b', '\u202e', '\x7f'), fc.string({ minLength: 1, maxLength: 1, unit: 'binary' })) }), (raw) => {
        const shown = neutralise(raw);
        // The one control kept is a CR that ends a line with its LF.
        expect(shown.replace(/\r\n/g, '\n')).not.toMatch(control);
        const symbols = /[\u2400-\u241f\u2421]|⟨U\+[0-9A-F]{4}⟩/g;
        const lines = (t: string) => t.replace(/\r\n/g, '\n');
        expect(lines(shown).replace(symbols, '')).toBe(lines(raw).replace(control, '').replace(symbols, ''));
        expect(neutralise(shown)).toBe(shown);
      }),
      { numRuns: 500 },
    );
  });

  it('is idempotent', () => {
    const once = neutralise('\x1b]0;t\x07\r\u202e');
    expect(neutralise(once)).toBe(once);
  });
});

describe('escapeJson keeps the document and escapes what JSON leaves raw', () => {
  it.each(['\x7f', '\u0085', '\u009b', '\u202e', '\u2069', 'plain', '\x1b'])('%j', (raw) => {
    const json = escapeJson(JSON.stringify({ text: raw }));
    expect(json).not.toMatch(/[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]/);
    expect(JSON.parse(json)).toEqual({ text: raw });
  });
});

describe('cellSafe: a cell never starts a formula (OWASP)', () => {
  it.each([
    ['=1+1', "'=1+1"],
    ['+1', "'+1"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tx', "'\tx"],
    ['\rx', "'␍x"],
    ['a = b', 'a = b'],
    ['fear:70', 'fear:70'],
    ['\x1b]0;t\x07', '␛]0;t␇'],
  ])('%j → %j', (raw, safe) => expect(cellSafe(raw)).toBe(safe));
});

describe('mdText escapes markup on every line', () => {
  it.each([
    ['# not a heading', '\\# not a heading'],
    ['> not a quote', '\\> not a quote'],
    ['- not a list', '\\- not a list'],
    ['1) not a list', '1\\) not a list'],
    ['a | b | c', 'a \\| b \\| c'],
    ['~~struck~~', '\\~\\~struck\\~\\~'],
    ['&amp;', '\\&amp;'],
    ['line\n===', 'line  \n  \\==='],
    ['[x](https://evil)', '\\[x\\](https://evil)'],
    ['<b>bold</b>', '\\<b\\>bold\\</b\\>'],
  ])('%j', (raw, escaped) => expect(mdText(raw)).toBe(escaped));
});

describe('safePainter', () => {
  const paint = safePainter(new Chalk({ level: 1 }));

  it('paints, chained styles too, and neutralises what it paints', () => {
    expect(paint.green('ok')).toBe('\x1b[32mok\x1b[39m');
    expect(paint.bold.cyan('x')).toBe('\x1b[1m\x1b[36mx\x1b[39m\x1b[22m');
    expect(paint.dim('\x1b]0;t\x07')).toBe('\x1b[2m␛]0;t␇\x1b[22m');
  });

  it("its own colours pass safeOutput; the same codes typed into text do not pass unless the painter used them", () => {
    const out: string[] = [];
    const shown = safeOutput({ write: (s: string) => out.push(s) });
    shown.write(`${paint.yellow('warm')} \x1b[45mmagenta\x1b[49m`);
    expect(out.join('')).toBe('\x1b[33mwarm\x1b[39m ␛[45mmagenta␛[49m');
  });
});
