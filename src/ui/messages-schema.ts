// What a file's shape check found, in words (storage/schemas.ts finds it).
// Names the place (entry position and short id, the field) and the rule;
// never the value, which is the person's own writing.
import type { Rule } from '../domain/schemas.js';
import type { Problem } from '../storage/schemas.js';
import { MAX_BYTES, MAX_DEPTH } from '../storage/schemas.js';
import { plural } from './messages.js';

const RULE_WORDS: Record<Rule, string> = {
  object: 'an object',
  list: 'a list',
  text: 'text',
  id: 'an entry id',
  date: 'a real date (YYYY-MM-DD)',
  time: 'a date and time (like 2026-11-20T20:00:00Z)',
  clock: 'a time of day (HH:MM)',
  flag: 'true or false',
  known: 'one this trust knows',
  answers: 'a set of answers',
  number: 'a whole number',
  'rating-10': 'a whole number from 0 to 10',
  'rating-100': 'a whole number from 0 to 100',
  step: 'a whole number from 1 to 3',
  count: 'a whole number, 0 or more',
  version: 'a whole number',
};

/** Where: `entry 3 (3f2a9c1e)`, `"thought"`, `item 1 of "emotions"`, and the key inside that item. */
function place(p: Problem): string {
  const entry = p.entry === undefined ? undefined : `entry ${p.entry}${p.id ? ` (${p.id.slice(0, 8)})` : ''}`;
  const field = p.field === undefined ? undefined : `"${p.field}"`;
  const inField = p.item === undefined ? field : `item ${p.item} of ${field ?? 'the list'}`;
  const where = entry && inField ? `${entry}: ${inField}` : (entry ?? inField ?? 'the top level');
  return p.part === undefined ? where : `${where}: "${p.part}"`;
}

/** The problem as the end of "The journal … is not in the expected shape: …". */
export function describeProblem(p: Problem): string {
  if (p.rule === 'large') return `it is larger than ${MAX_BYTES / 1024 / 1024} MB`;
  if (p.rule === 'kind') {
    const { field: _kind, ...entry } = p;
    return `${place(entry)} is of a kind this trust does not know`;
  }
  if (p.rule === 'deep') return `${place(p)} nests deeper than ${MAX_DEPTH} levels`;
  if (p.rule === 'missing') {
    // The missing key is the last one named: the part inside an item, else the field.
    if (p.part !== undefined) {
      const { part, ...rest } = p;
      return `${place(rest)} has no "${part}"`;
    }
    const { field, ...rest } = p;
    if (field === undefined) return `${place(rest)} is missing`;
    if (rest.entry === undefined && rest.item === undefined) return `"${field}" is missing`;
    return `${place(rest)} has no "${field}"`;
  }
  return `${place(p)} is not ${RULE_WORDS[p.rule]}`;
}

const few = (ids: readonly string[]) => (ids.length <= 3 ? ids.join(', ') : `${ids.slice(0, 3).join(', ')} and ${ids.length - 3} more`);

export const sayShape = {
  /** An import refused for its content: one line (exit 2). */
  badSource: (file: string, why: string, json: boolean) =>
    `${file} cannot be imported: ${json ? `it is not valid JSON (${why})` : why}. Your journal was not changed.`,
  removalNeedsYes: (ids: readonly string[], total: number) =>
    `This import would remove ${plural(ids.length, 'entry', 'entries')} of your ${total} (deleted in the other copy: ${few(ids)}). ` +
    'Add --yes if that is what you want, or run it in a terminal to see them first. Nothing was changed.',
  wouldRemove: (entries: readonly { id: string; date: string; kind: string }[], total: number) =>
    [`The other copy says ${entries.length === 1 ? 'this entry was' : `these ${entries.length} entries were`} deleted (of your ${total} here):`,
      ...entries.map((e) => `  ${e.date}  ${e.kind.padEnd(8)}  ${e.id}`)].join('\n'),
  removeAsk: (n: number) => `Remove ${n === 1 ? 'it' : `these ${n}`} from this journal too?`,
  keptAll: 'Kept them all. Nothing was changed.',
  changedMeanwhile: 'The journal changed while you were deciding, so nothing was imported.',
  hintAgain: 'Run the import again to see what it would do now.',
};
