// Entries as text for the terminal: a one-line summary for lists, and the
// full entry for `trust show`.
import { catalog, labelOf } from '../domain/catalog.js';
import { shortId } from '../domain/entries.js';
import { KINDS, type Entry } from '../domain/types.js';
import { FLAG_LABELS } from './entry-flags.js';
import { fitFields, MIN_WIDTH, widthOf, wrapText, type Field } from './fit.js';
import type { Painter } from './render.js';

/** The summary's parts, each with its separator before it; a `whole` part is shown whole or not at all. */
function summaryParts(e: Entry): (Field & { sep: string })[] {
  switch (e.kind) {
    case 'log': {
      if (e.thought) return [{ text: e.thought, sep: '' }, { text: `→ ${e.action ?? ''}`, sep: ' ' }];
      if (e.action) return [{ text: `→ ${e.action}`, sep: '' }];
      return [
        // A mood check-in (feelings alone) still reads as something in a list.
        e.emotions?.length ? `feelings: ${valueText('emotions', e.emotions)}` : '',
        e.checklist?.length ? `checklist ${e.checklist.length}/${catalog.checklist.length}` : '',
        e.gratitude?.length ? `${e.gratitude.length} good thing${e.gratitude.length === 1 ? '' : 's'}` : '',
      ].filter(Boolean).map((text, i) => ({ text, sep: i === 0 ? '' : ', ', whole: true }));
    }
    case 'review':
      return [
        { text: e.done, sep: '', whole: true },
        { text: e.cameTrue ? `fear came true: ${e.cameTrue}` : '', sep: ', ', whole: true },
        { text: e.outcome ?? '', sep: ' — ' },
      ];
    case 'jar':
      return [{ text: `${e.change === 'add' ? '+' : '−'}${e.marbles} ${e.text}`, sep: '' }];
    case 'exercise':
      return [{ text: labelOf(catalog.exercises.map((x) => ({ id: x.id, label: x.title })), e.exercise), sep: '' }];
    case 'check':
      return [{ text: e.signs.length ? `warning signs: ${e.signs.join(', ')}` : 'warning signs: none', sep: '' }];
    case 'trigger':
      return [
        { text: `${e.strength}/10`, sep: '', whole: true },
        { text: e.what ?? '', sep: ' ' },
        { text: e.helped ? `helped: ${e.helped}` : '', sep: ' — ' },
      ];
    case 'request':
      return [{ text: e.text, sep: '' }, { text: e.cost ? `(${e.cost} cost)` : '', sep: ' ', whole: true }];
    case 'request-met':
      return [{ text: `met: ${e.text}`, sep: '' }, { text: e.note ?? '', sep: ' — ' }];
    case 'request-drop':
      return [{ text: `set aside ${shortId(e.ref)}`, sep: '', whole: true }];
    case 'edit':
      return [{ text: `corrects ${shortId(e.ref)}: ${Object.keys(e.fields).map((k) => LABELS[k] ?? k).join(', ').toLowerCase()}`, sep: '' }];
    default:
      return [];
  }
}

const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim();

export function summary(e: Entry, width = Infinity): string {
  const parts = summaryParts(e).map((p) => ({ ...p, text: oneLine(p.text) })).filter((p) => p.text !== '');
  return fitFields(parts, width);
}

/** Wide enough for every kind, so the summaries line up. */
const KIND_WIDTH = Math.max(...KINDS.map((k) => k.length));

export function listLine(e: Entry & { edited?: string }, paint: Painter, width = 100): string {
  // On a narrow screen the summary needs the room more than the longest kinds need lining up.
  const kind = e.kind.padEnd(width >= 80 ? KIND_WIDTH : 8);
  const head = `${shortId(e.id)}  ${e.date}  ${kind}  `;
  // A corrected entry says so, quietly, at the end of its row.
  const mark = e.edited ? ' (edited)' : '';
  const text = summary(e, Math.max(MIN_WIDTH, width - widthOf(head) - mark.length));
  return `${`${paint.dim(shortId(e.id))}  ${e.date}  ${paint.cyan(kind)}  ${text}`.trimEnd()}${mark ? paint.dim(mark) : ''}`;
}

/** Field names as the reader sees them: the flags' own (entry-flags.ts), then the fields no flag fills. */
export const LABELS: Record<string, string> = {
  ...FLAG_LABELS,
  behaviour: 'Kind of step', step: 'Step size', ref: 'Action entry',
  change: 'Marble', text: 'What', marbles: 'Marbles', exercise: 'Exercise', answers: 'Answers', signs: 'Warning signs',
  what: 'What set it off', strength: 'How strong (0-10)', helped: 'What helped', reassured: 'Reassured', cost: 'Cost', note: 'Note',
};

const REQUEST_REF = 'Request entry';

export function valueText(key: string, value: unknown): string {
  if (key === 'ref' && typeof value === 'string') return shortId(value);
  if (key === 'types' && Array.isArray(value)) return value.map((t: string) => labelOf(catalog.trustTypes, t)).join(', ');
  if (key === 'traps' && Array.isArray(value)) return value.map((t: string) => labelOf(catalog.traps, t)).join(', ');
  if (key === 'checklist' && Array.isArray(value)) return value.map((t: string) => labelOf(catalog.checklist, t)).join(', ');
  if (key === 'behaviour' && typeof value === 'string') return labelOf(catalog.behaviours, value);
  if ((key === 'emotions' || key === 'emotionsAfter') && Array.isArray(value)) return value.map((x: { name: string; intensity: number }) => `${x.name} ${x.intensity}`).join(', ');
  if (key === 'gratitude' && Array.isArray(value)) return value.map((g) => `\n    • ${g}`).join('');
  if (key === 'talked' && typeof value === 'boolean') return value ? 'yes' : 'not yet';
  if (typeof value === 'object' && value !== null) {
    return Object.entries(value).map(([k, v]) => `\n    ${k}: ${String(v)}`).join('');
  }
  return String(value);
}

/** The whole entry, each field wrapped at words to `width` (later lines indented under the label). */
export function fullText(e: Entry, paint: Painter, width = 80): string {
  const lines = [`${paint.bold(e.kind)} ${e.id}`, `${paint.dim('Day')}  ${e.date}   ${paint.dim('written')} ${e.createdAt}`];
  for (const [key, value] of Object.entries(e)) {
    if (['id', 'kind', 'date', 'createdAt'].includes(key)) continue;
    // A request's later entries point at the request, not at an action.
    const label = `${key === 'ref' && e.kind !== 'review' ? REQUEST_REF : (LABELS[key] ?? key)}:`;
    // Painted after wrapping, so the label's colour never counts as width.
    const [head = '', ...rest] = wrapText(`${label} ${valueText(key, value)}`, width, { indent: '  ' });
    lines.push(`${paint.dim(label)}${head.slice(label.length)}`, ...rest);
  }
  return lines.join('\n');
}
