// Entries as CSV (RFC 4180): one row an entry under a fixed header, so a
// spreadsheet or a script always finds the same columns whatever the kinds
// exported. Values stay as stored (ids, not labels); lists are joined with ";".
// Control characters are shown as symbols (terminal-text.ts), and a cell a
// spreadsheet would read as a formula gets a leading quote (OWASP's advice
// on CSV injection): entry text stays text.
import type { Entry } from '../domain/types.js';
import { FLAG_FIELDS } from './entry-flags.js';
import { neutralise } from './terminal-text.js';

/** The columns as they were first exported; sheets made then rely on their places. */
const EXPORTED = [
  'id', 'kind', 'date', 'createdAt',
  'situation', 'thought', 'types', 'emotions', 'belief', 'evidenceFor', 'evidenceAgainst', 'traps', 'balanced',
  'beliefAfter', 'action', 'behaviour', 'step', 'prediction', 'checklist', 'gratitude',
  'ref', 'done', 'outcome', 'talked', 'safety', 'beliefNow', 'cameTrue',
  'change', 'text', 'marbles', 'exercise', 'answers', 'signs',
  // The complete thought record, added later: new columns go last so older sheets keep their places.
  'beliefBalanced', 'emotionsAfter', 'predictionBelief', 'learned',
  // Triggers and requests after an affair.
  'what', 'strength', 'helped', 'reassured', 'cost', 'note',
];

/** A field a flag was declared for since (entry-flags.ts) gets its column after all of those. */
export const CSV_COLUMNS: readonly string[] = [...EXPORTED, ...FLAG_FIELDS.filter((f) => !EXPORTED.includes(f))];

const NEEDS_QUOTES = /[",\r\n]/;
/** What makes Excel, LibreOffice or Sheets start a formula (or DDE) at the front of a cell. */
const FORMULA_START = /^[=+\-@\t\r]/;

/** A cell's text as a spreadsheet will keep it: controls shown, a formula start quoted. */
export function cellSafe(text: string): string {
  return FORMULA_START.test(text) ? `'${neutralise(text)}` : neutralise(text);
}

/** One field, quoted when it holds a comma, a quote or a line break; quotes doubled. */
export function csvField(value: string): string {
  return NEEDS_QUOTES.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** A stored value as the text of one cell. */
export function cellText(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (Array.isArray(value)) return value.map(listItem).join(';');
  if (typeof value === 'object') {
    return Object.entries(value).map(([k, v]) => `${k}=${cellText(v)}`).join(';');
  }
  return String(value);
}

function listItem(item: unknown): string {
  // An emotion reads as it is typed on the command line: fear:70.
  if (typeof item === 'object' && item !== null && 'name' in item && 'intensity' in item) {
    return `${String(item.name)}:${String(item.intensity)}`;
  }
  return cellText(item);
}

function csvRow(cells: readonly string[]): string {
  return `${cells.map((c) => csvField(cellSafe(c))).join(',')}\r\n`;
}

export function toCsv(entries: readonly Entry[]): string {
  const rows = entries.map((e) => {
    const record: Readonly<Record<string, unknown>> = e;
    return csvRow(CSV_COLUMNS.map((c) => cellText(record[c])));
  });
  return csvRow(CSV_COLUMNS) + rows.join('');
}
