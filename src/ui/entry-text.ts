// Entries as text for the terminal: a one-line summary for lists, and the
// full entry for `trust show`.
import { catalog, labelOf } from '../domain/catalog.js';
import { shortId } from '../domain/entries.js';
import { KINDS, type Entry } from '../domain/types.js';
import type { Painter } from './render.js';

const clip = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

export function summary(e: Entry): string {
  switch (e.kind) {
    case 'log': {
      const work = e.thought ? `${e.thought} → ${e.action ?? ''}` : e.action ? `→ ${e.action}` : '';
      const extras = [
        // A mood check-in (feelings alone) still reads as something in a list.
        e.emotions?.length ? `feelings: ${valueText('emotions', e.emotions)}` : '',
        e.checklist?.length ? `checklist ${e.checklist.length}/${catalog.checklist.length}` : '',
        e.gratitude?.length ? `${e.gratitude.length} good thing${e.gratitude.length === 1 ? '' : 's'}` : '',
      ].filter(Boolean);
      return work || extras.join(', ');
    }
    case 'review':
      return `${e.done}${e.cameTrue ? `, fear came true: ${e.cameTrue}` : ''}${e.outcome ? ` — ${e.outcome}` : ''}`;
    case 'jar':
      return `${e.change === 'add' ? '+' : '−'}${e.marbles} ${e.text}`;
    case 'exercise':
      return labelOf(catalog.exercises.map((x) => ({ id: x.id, label: x.title })), e.exercise);
    case 'check':
      return e.signs.length ? `warning signs: ${e.signs.join(', ')}` : 'warning signs: none';
    case 'trigger':
      return `${e.strength}/10${e.what ? ` ${e.what}` : ''}${e.helped ? ` — helped: ${e.helped}` : ''}`;
    case 'request':
      return `${e.text}${e.cost ? ` (${e.cost} cost)` : ''}`;
    case 'request-met':
      return `met: ${e.text}${e.note ? ` — ${e.note}` : ''}`;
    case 'request-drop':
      return `set aside ${shortId(e.ref)}`;
    case 'edit':
      return `corrects ${shortId(e.ref)}: ${Object.keys(e.fields).map((k) => LABELS[k] ?? k).join(', ').toLowerCase()}`;
    default:
      return '';
  }
}

/** Wide enough for every kind, so the summaries line up. */
const KIND_WIDTH = Math.max(...KINDS.map((k) => k.length));

export function listLine(e: Entry & { edited?: string }, paint: Painter, width = 100): string {
  const head = `${paint.dim(shortId(e.id))}  ${e.date}  ${paint.cyan(e.kind.padEnd(KIND_WIDTH))}`;
  // A corrected entry says so, quietly, at the end of its row.
  const mark = e.edited ? ` ${paint.dim('(edited)')}` : '';
  return `${head}  ${clip(summary(e).replace(/\s+/g, ' '), Math.max(20, width - 44 - mark.length))}${mark}`;
}

export const LABELS: Record<string, string> = {
  situation: 'What set it off', thought: 'Thought', types: 'Trust types', emotions: 'Feelings', belief: 'Belief before',
  evidenceFor: 'Proof for', evidenceAgainst: 'Proof against', traps: 'Thinking traps', balanced: 'Balanced thought',
  beliefAfter: 'Belief after', action: 'Action', behaviour: 'Kind of step', step: 'Step size', prediction: 'Feared',
  checklist: 'Checklist', gratitude: 'Good things', ref: 'Action entry', done: 'Done', outcome: 'What happened',
  talked: 'Talked it over', safety: 'Safety (0-10)', beliefNow: 'Belief now', cameTrue: 'Fear came true',
  beliefBalanced: 'Belief in the balanced thought', emotionsAfter: 'Feelings after', predictionBelief: 'How sure it would happen',
  learned: 'What it taught', change: 'Marble', text: 'What', marbles: 'Marbles', exercise: 'Exercise', answers: 'Answers', signs: 'Warning signs',
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

export function fullText(e: Entry, paint: Painter): string {
  const lines = [`${paint.bold(e.kind)} ${e.id}`, `${paint.dim('Day')}  ${e.date}   ${paint.dim('written')} ${e.createdAt}`];
  for (const [key, value] of Object.entries(e)) {
    if (['id', 'kind', 'date', 'createdAt'].includes(key)) continue;
    // A request's later entries point at the request, not at an action.
    const label = key === 'ref' && e.kind !== 'review' ? REQUEST_REF : (LABELS[key] ?? key);
    lines.push(`${paint.dim(`${label}:`)} ${valueText(key, value)}`);
  }
  return lines.join('\n');
}
