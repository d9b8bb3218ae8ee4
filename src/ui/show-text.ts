// `trust show <id>` as a page of the journal: the day as people say it,
// labels people use, and for a small step its look back and its corrections
// under it (for a request, each time it was met and whether it was set
// aside), each field wrapped at word boundaries to the terminal's width.
import { byDateAsc, shortId } from '../domain/entries.js';
import type { Current } from '../domain/corrections.js';
import type { EditEntry, Entry, RequestDropEntry, RequestMetEntry, ReviewEntry } from '../domain/types.js';
import { dayOfYear, longDay } from './dates.js';
import { wrapText } from './fit.js';
import { LABELS, valueText } from './entry-text.js';
import { sayEdit } from './messages-edit.js';
import { sayTimes } from './messages-report.js';
import type { Painter } from './render.js';

const KIND_NAMES: Record<string, string> = {
  log: 'Daily entry', review: 'Looking back on a small step', jar: 'Trust jar', exercise: 'Exercise', check: 'Warning signs check',
  trigger: 'A wave of hurt', request: 'A request', 'request-met': 'A request met', 'request-drop': 'A request set aside', edit: 'A correction',
};

const SKIP = new Set(['id', 'kind', 'date', 'createdAt', 'edited', 'ref', 'fields']);

/** Each field as `Label: words`, wrapped to `width`; the label painted after wrapping, so its colour never counts as width. */
function fieldLines(e: object, paint: Painter, width: number, indent = ''): string[] {
  const out: string[] = [];
  for (const [key, value] of Object.entries(e)) {
    if (SKIP.has(key) || value === undefined) continue;
    const label = `${LABELS[key] ?? key}:`;
    const [head = '', ...rest] = wrapText(`${indent}${label} ${valueText(key, value)}`, width, { indent: `${indent}  ` });
    out.push(`${indent}${paint.dim(label)}${head.slice(indent.length + label.length)}`, ...rest);
  }
  return out;
}

const changed = (edit: EditEntry) => Object.keys(edit.fields).map((k) => (LABELS[k] ?? k).toLowerCase()).join(', ');

export interface ShowPage {
  entry: Current;
  /** Its looks back (for a small step), as they read now. */
  reviews: readonly Current<ReviewEntry>[];
  /** Its corrections and those of its looks back, oldest first. */
  edits: readonly EditEntry[];
  /** For a request: each time it was met, oldest first, and when it was set aside. */
  met: readonly RequestMetEntry[];
  dropped?: RequestDropEntry | undefined;
}

export function showText(page: ShowPage, paint: Painter, width = 80): string {
  const { entry: e, reviews, edits, met, dropped } = page;
  const mark = e.edited ? `, ${sayEdit.edited}` : '';
  const lines = [`${paint.bold(longDay(e.date))}  ${paint.dim(`${KIND_NAMES[e.kind] ?? e.kind} (${shortId(e.id)}${mark})`)}`, ''];
  if (e.kind === 'edit') lines.push(`${paint.dim('Corrects:')} ${shortId(e.ref)}`, ...fieldLines(e.fields, paint, width));
  else {
    if ('ref' in e) lines.push(`${paint.dim(e.kind === 'review' ? 'The small step:' : 'The request:')} ${shortId(e.ref)}`);
    lines.push(...fieldLines(e, paint, width));
  }
  for (const r of reviews) {
    lines.push('', paint.bold(`Looked back on ${longDay(r.date)}${r.edited ? ` (${sayEdit.edited})` : ''}`), ...fieldLines(r, paint, width, '  '));
  }
  if (met.length > 0) {
    lines.push('', paint.bold(`Met ${sayTimes(met.length)}`));
    for (const m of met) lines.push(...wrapText(`${longDay(m.date)}${m.note === undefined ? '' : `: ${m.note}`}`, width, { first: '  ', indent: '    ' }));
  }
  if (dropped) lines.push('', `${paint.dim('Set aside:')} ${longDay(dropped.date)}`);
  if (edits.length > 0) {
    lines.push('', paint.bold('Corrections'));
    for (const c of edits) lines.push(`  ${dayOfYear(c.createdAt.slice(0, 10))}: ${changed(c)} (${shortId(c.id)})`);
  }
  return lines.join('\n');
}

/** The page for one entry among all of them (raw, as written) and as they read now. */
export function showPage(target: Entry, raw: readonly Entry[], now: readonly Current[]): ShowPage {
  const entry = now.find((e) => e.id === target.id) ?? target;
  const reviews = now.filter((e): e is Current<ReviewEntry> => e.kind === 'review' && e.ref === target.id);
  const ids = new Set([target.id, ...reviews.map((r) => r.id)]);
  const edits = raw.filter((e): e is EditEntry => e.kind === 'edit' && ids.has(e.ref));
  const met = raw.filter((e): e is RequestMetEntry => e.kind === 'request-met' && e.ref === target.id).sort(byDateAsc);
  const dropped = raw.find((e): e is RequestDropEntry => e.kind === 'request-drop' && e.ref === target.id);
  return { entry, reviews, edits, met, dropped };
}
