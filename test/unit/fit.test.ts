import { Chalk } from 'chalk';
import { describe, expect, it } from 'vitest';
import { safePainter } from '../../src/ui/render.js';
import { clipWords, columnsOf, fitFields, widthOf, wrapText } from '../../src/ui/fit.js';

const words = (n: number) => Array.from({ length: n }, (_, i) => ['trust', 'is', 'rebuilt', 'slowly', 'through', 'small', 'kept', 'promises'][i % 8]).join(' ');
const url = 'https://example.org/a/very/long/path/that/has/no/spaces/at/all/and/keeps/going/on/and/on';

describe('wrapText', () => {
  it.each([
    ['500 words at 60', words(500), 60],
    ['500 words at 80', words(500), 80],
    ['500 words at 200', words(500), 200],
    ['emoji at 60', '😀 '.repeat(100).trim(), 60],
    ['emoji words at 20', 'I felt 😀😀 happy 👨‍👩‍👧 together today and 🌧️ later', 20],
    ['CJK at 60', '我们一起慢慢地重建信任'.repeat(20), 60],
    ['CJK with spaces at 30', '信任 需要 时间 '.repeat(20).trim(), 30],
  ])('%s: every line fits and no word is split', (_, text, width) => {
    const lines = wrapText(text, width);
    for (const line of lines) expect(widthOf(line)).toBeLessThanOrEqual(width);
    if (text.includes(' ')) expect(lines.join(' ').split(' ')).toEqual(text.split(' '));
    else expect(lines.join('')).toBe(text);
  });

  it.each([
    [60], [80], [200],
  ])('a long link with no space stays whole on a line of its own at %i', (width) => {
    const lines = wrapText(`see ${url} for more`, Math.min(width, 60));
    expect(lines).toContain(url);
  });

  it.each([
    ['indent', { indent: '  ' }, 'Thought: ' + words(40), 40],
    ['first and indent', { first: '• ', indent: '  ' }, words(40), 40],
  ])('%s: lines fit with their lead', (_, opts, text, width) => {
    const lines = wrapText(text, width, opts);
    expect(lines.length).toBeGreaterThan(2);
    for (const line of lines) expect(widthOf(line)).toBeLessThanOrEqual(width);
    for (const line of lines.slice(1)) expect(line.startsWith('  ')).toBe(true);
  });

  it('breaks at spaces with a hanging indent', () => {
    expect(wrapText('one two three four', 10, { first: '• ', indent: '  ' })).toEqual(['• one two', '  three', '  four']);
  });

  it('keeps a `command` in backticks on one line', () => {
    const lines = wrapText('when you are ready run `trust report --format html` and keep it', 24);
    expect(lines.some((l) => l.includes('`trust report --format html`'))).toBe(true);
  });

  it('keeps a list inside a field, each item under its bullet', () => {
    expect(wrapText('Good things:\n    • a long cup of tea in the garden\n    • a walk', 24)).toEqual([
      'Good things:', '    • a long cup of tea', '      in the garden', '    • a walk',
    ]);
  });

  it("keeps the painter's colour codes and does not count them", () => {
    const paint = safePainter(new Chalk({ level: 1 }));
    const lines = wrapText(`${paint.red('careful')} ${words(20)}`, 30);
    expect(lines[0]).toContain('\x1b[31m');
    for (const line of lines) expect(widthOf(line)).toBeLessThanOrEqual(30);
  });

  it('shows a stored escape as a symbol before breaking, and keeps tabs', () => {
    const lines = wrapText(`a \x1b[8mhidden\x1b[0m word\tand ${words(10)}`, 20);
    expect(lines.join('\n')).not.toContain('\x1b');
    expect(lines[0]).toBe('a ␛[8mhidden␛[0m');
    expect(lines.join(' ')).toContain('word\tand');
  });
});

describe('clipWords', () => {
  it.each([
    ['fits', 'short text', 20, 'short text'],
    ['cut at a word', 'one two three four five', 12, 'one two…'],
    ['separator dropped', 'done, fear came true: no', 8, 'done…'],
    ['no space', 'abcdefghijklmnop', 6, 'abcde…'],
    ['wide characters', '信任需要时间', 7, '信任需…'],
  ])('%s', (_, text, width, want) => {
    expect(clipWords(text, width)).toBe(want);
    expect(widthOf(clipWords(text, width))).toBeLessThanOrEqual(width);
  });
});

describe('fitFields', () => {
  const review = [
    { text: 'partly', whole: true },
    { text: 'fear came true: no', sep: ', ', whole: true },
    { text: 'Went fine and we talked', sep: ' — ' },
  ];
  it.each([
    [60, 'partly, fear came true: no — Went fine and we talked'],
    [40, 'partly, fear came true: no — Went fine…'],
    [28, 'partly, fear came true: no …'],
    [22, 'partly …'],
    [4, 'par…'],
  ])('a review at %i columns', (width, want) => {
    const line = fitFields(review, width);
    expect(line).toBe(want);
    expect(line).not.toMatch(/fear came true…|fear came true: …/);
  });
});

describe('columnsOf', () => {
  it.each([
    ['a terminal', { isTTY: true, columns: 60 }, {}, 60],
    ['a terminal, COLUMNS ignored', { isTTY: true, columns: 90 }, { COLUMNS: '40' }, 90],
    ['a pipe', { isTTY: false }, {}, 80],
    ['a pipe with COLUMNS', { isTTY: false }, { COLUMNS: '60' }, 60],
    ['a pipe with a bad COLUMNS', { isTTY: false }, { COLUMNS: 'wide' }, 80],
    ['a tiny terminal', { isTTY: true, columns: 5 }, {}, 20],
  ])('%s', (_, out, env, want) => expect(columnsOf({ write: () => true, ...out }, env)).toBe(want));
});
