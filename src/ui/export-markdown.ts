// Entries as a Markdown document to read (or hand to a therapist): oldest
// day first, each day's entries under it, labels from the catalogue, and a
// review under the action it looks back on when both are in the export.
import { longDay } from './dates.js';
import { catalog, labelOf } from '../domain/catalog.js';
import type { Entry, ExerciseEntry, LogEntry, Profile, ReviewEntry } from '../domain/types.js';
import { LABELS, valueText } from './entry-text.js';
import { sayMarkdown } from './messages-sync.js';
import { sayRecoveryMarkdown } from './messages-recovery.js';
import { neutralise } from './terminal-text.js';

const STAMP = new Set(['id', 'kind', 'date', 'createdAt']);
/** Log fields that get a section of their own rather than a line. */
const OWN_SECTION = new Set(['checklist', 'gratitude']);

/** What opens a heading, quote, list or setext underline at the start of a line. */
const BLOCK_START = /^(\s*)(?:([#+=>-])|(\d+)([.)]))/;

/**
 * User text made safe to drop into Markdown: no accidental emphasis, links,
 * HTML, entities, tables, strikethrough, headings, quotes, lists or fences,
 * on any of its lines.
 */
export function mdText(text: string): string {
  return text
    .trim()
    .replace(/[\\`*_[\]<>|~&]/g, (c) => `\\${c}`)
    .split(/\r?\n/)
    .map((line) => line.replace(BLOCK_START, (_m, sp: string, mark?: string, num?: string, dot?: string) => (mark ? `${sp}\\${mark}` : `${sp}${num}\\${dot}`)))
    .map((line, i) => (i === 0 ? line : `  ${line}`))
    .join('  \n');
}


function field(key: string, value: unknown, indent = ''): string {
  return `${indent}- **${LABELS[key] ?? key}:** ${mdText(valueText(key, value))}`;
}

function fields(entry: Entry, skip: ReadonlySet<string>, indent = ''): string[] {
  return Object.entries(entry)
    .filter(([key]) => !STAMP.has(key) && !skip.has(key))
    .map(([key, value]) => field(key, value, indent));
}

function reviewUnder(r: ReviewEntry): string[] {
  return [`- **${sayMarkdown.lookingBack(r.date)}:**`, ...fields(r, new Set(['ref']), '  ')];
}

function logSections(e: LogEntry, reviews: readonly ReviewEntry[], partner: string | undefined): string[] {
  const out: string[] = [];
  const lines = fields(e, OWN_SECTION);
  if (lines.length > 0) {
    out.push(`### ${e.thought ? sayMarkdown.thought : sayMarkdown.step}`, '', ...lines);
    for (const r of reviews) out.push(...reviewUnder(r));
    out.push('');
  }
  if (e.checklist?.length) out.push(`### ${sayMarkdown.checklist}`, '', ...e.checklist.map((c) => `- ${labelOf(catalog.checklist, c)}`), '');
  if (e.gratitude?.length) out.push(`### ${sayMarkdown.gratitude(partner)}`, '', ...e.gratitude.map((g) => `- ${mdText(g)}`), '');
  return out;
}

function exerciseSection(e: ExerciseEntry): string[] {
  const ex = catalog.exercises.find((x) => x.id === e.exercise);
  const prompt = (key: string) => ex?.steps.find((s) => s.field === key)?.prompt ?? key;
  const answers = Object.entries(e.answers).map(([k, v]) => `- **${mdText(prompt(k))}** ${mdText(v)}`);
  return [`### ${sayMarkdown.exercise(ex?.title ?? e.exercise)}`, '', ...answers, ''];
}

function section(e: Entry, ctx: Links, partner: string | undefined): string[] {
  switch (e.kind) {
    case 'log':
      return logSections(e, ctx.reviewsOf.get(e.id) ?? [], partner);
    case 'review': {
      const action = ctx.all.get(e.ref);
      const what = action?.kind === 'log' ? action.action : undefined;
      return [`### ${sayMarkdown.lookingBackOn(what && mdText(what), action?.date)}`, '', ...fields(e, new Set(['ref'])), ''];
    }
    case 'jar': {
      const count = e.marbles === 1 ? '' : ` (${e.marbles})`;
      return [`### ${e.change === 'add' ? sayMarkdown.marbleAdded : sayMarkdown.marbleRemoved}`, '', `- ${mdText(e.text)}${count}`, ''];
    }
    case 'exercise':
      return exerciseSection(e);
    case 'check':
      return [`### ${sayMarkdown.check}`, '', e.signs.length ? `- **${sayMarkdown.signs}:** ${e.signs.join(', ')}` : `- ${sayMarkdown.noSigns}`, ''];
    case 'trigger':
      return [`### ${sayRecoveryMarkdown.trigger}`, '', ...fields(e, new Set()), ''];
    case 'request':
      return [`### ${sayRecoveryMarkdown.request}`, '', ...fields(e, new Set()), ''];
    case 'request-met': {
      const note = fields(e, new Set(['ref', 'text']));
      return [`### ${sayRecoveryMarkdown.met(mdText(e.text))}`, '', ...(note.length ? [...note, ''] : [])];
    }
    case 'request-drop': {
      const asked = ctx.all.get(e.ref);
      return [`### ${sayRecoveryMarkdown.dropped(asked?.kind === 'request' ? mdText(asked.text) : undefined)}`, ''];
    }
    default: {
      // A kind this version does not know (written by a newer trust): its fields, plainly.
      const newer: Entry = e;
      return [`### ${newer.kind}`, '', ...fields(newer, new Set()), ''];
    }
  }
}

interface Links {
  /** Every entry of the journal, to name the action an exported review looks back on. */
  all: Map<string, Entry>;
  /** Exported reviews of exported actions: shown under the action, not on their own. */
  reviewsOf: Map<string, ReviewEntry[]>;
}

function links(entries: readonly Entry[], all: readonly Entry[]): Links {
  const exported = new Set(entries.map((e) => e.id));
  const reviewsOf = new Map<string, ReviewEntry[]>();
  for (const e of entries) {
    if (e.kind !== 'review' || !exported.has(e.ref)) continue;
    reviewsOf.set(e.ref, [...(reviewsOf.get(e.ref) ?? []), e]);
  }
  return { all: new Map(all.map((e) => [e.id, e])), reviewsOf };
}

/** `entries` in journal order (oldest first); `all` is the whole journal. */
export function toMarkdown(entries: readonly Entry[], all: readonly Entry[], profile: Profile, today: string): string {
  const ctx = links(entries, all);
  const whose = sayMarkdown.whose(profile.name, profile.partner);
  const out = [`# ${sayMarkdown.title}`, ''];
  if (whose) out.push(mdText(whose), '');
  const first = entries[0];
  const last = entries[entries.length - 1];
  if (first && last) out.push(sayMarkdown.period(first.date, last.date, entries.length), '');
  out.push(`_${sayMarkdown.exported(today)}_`, '');
  if (!first) out.push(sayMarkdown.empty, '');
  let day = '';
  for (const e of entries) {
    if (e.kind === 'review' && ctx.reviewsOf.get(e.ref)?.includes(e)) continue;
    if (e.date !== day) {
      day = e.date;
      out.push(`## ${longDay(day)}`, '');
    }
    out.push(...section(e, ctx, profile.partner));
  }
  // Whatever the journal holds, `cat export.md` shows it harmlessly (terminal-text.ts).
  return neutralise(`${out.join('\n').trimEnd()}\n`);
}
