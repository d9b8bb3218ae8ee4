import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS, cellText, csvField, toCsv } from '../../src/ui/export-csv.js';
import type { Entry } from '../../src/domain/types.js';

/** A small RFC 4180 reader, to check that what we write reads back as written. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') row.push(field), (field = '');
    else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(field), rows.push(row), (row = []), (field = ''), i++;
    } else field += ch;
  }
  if (field !== '' || row.length > 0) throw new Error('last record not ended with CRLF');
  return rows;
}

describe('csvField', () => {
  const cases: [string, string][] = [
    ['plain', 'plain'],
    ['', ''],
    ['a, b', '"a, b"'],
    ['she said "no"', '"she said ""no"""'],
    ['"', '""""'],
    ['two\nlines', '"two\nlines"'],
    ['windows\r\nline', '"windows\r\nline"'],
    ['lone\rreturn', '"lone\rreturn"'],
    ['semi;colon', 'semi;colon'],
    ["it's fine", "it's fine"],
    ['  spaced  ', '  spaced  '],
  ];
  it.each(cases)('%j → %j', (input, output) => {
    expect(csvField(input)).toBe(output);
    expect(parseCsv(`${csvField(input)}\r\n`)).toEqual([[input]]);
  });
});

describe('cellText', () => {
  const cases: [unknown, string][] = [
    [undefined, ''],
    ['text', 'text'],
    [70, '70'],
    [0, '0'],
    [true, 'true'],
    [false, 'false'],
    [['check-in', 'privacy'], 'check-in;privacy'],
    [[], ''],
    [[{ name: 'fear', intensity: 70 }, { name: 'hurt', intensity: 40 }], 'fear:70;hurt:40'],
    [{ myShare: 'a fear', howItFelt: 'lighter' }, 'myShare=a fear;howItFelt=lighter'],
  ];
  it.each(cases)('%j → %j', (value, text) => expect(cellText(value)).toBe(text));
});

describe('toCsv', () => {
  const entries: Entry[] = [
    {
      id: 'e1', kind: 'log', date: '2026-11-16', createdAt: '2026-11-16T20:00:00.000Z',
      situation: 'Late, "again", no text', thought: 'They don\'t care,\nat all', emotions: [{ name: 'hurt', intensity: 70 }],
      belief: 80, traps: ['mind-reading', 'labelling'], action: 'Ask, gently', gratitude: ['Made tea', 'Fixed the bike'],
    },
    { id: 'e2', kind: 'review', date: '2026-11-17', createdAt: '2026-11-17T20:00:00.000Z', ref: 'e1', done: 'partly', talked: false, safety: 0 },
    { id: 'e3', kind: 'jar', date: '2026-11-17', createdAt: '2026-11-17T21:00:00.000Z', change: 'remove', text: 'Missed dinner', marbles: 1 },
  ];
  const rows = parseCsv(toCsv(entries));
  const cell = (row: number, column: string) => rows[row]?.[CSV_COLUMNS.indexOf(column as never)];

  it('starts with the fixed header, even with no entries', () => {
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    expect(toCsv([])).toBe(`${CSV_COLUMNS.join(',')}\r\n`);
  });

  it('writes one row an entry, every row as wide as the header', () => {
    expect(rows).toHaveLength(4);
    for (const row of rows) expect(row).toHaveLength(CSV_COLUMNS.length);
    expect(rows.slice(1).map((r) => r[0])).toEqual(['e1', 'e2', 'e3']);
  });

  it.each([
    [1, 'situation', 'Late, "again", no text'],
    [1, 'thought', "They don't care,\nat all"],
    [1, 'emotions', 'hurt:70'],
    [1, 'traps', 'mind-reading;labelling'],
    [1, 'gratitude', 'Made tea;Fixed the bike'],
    [1, 'action', 'Ask, gently'],
    [1, 'belief', '80'],
    [1, 'ref', ''],
    [2, 'ref', 'e1'],
    [2, 'talked', 'false'],
    [2, 'safety', '0'],
    [3, 'change', 'remove'],
    [3, 'text', 'Missed dinner'],
  ])('row %i, %s reads back as %j', (row, column, value) => {
    expect(cell(row, column)).toBe(value);
  });
});
