// A short card to read aloud or send to a partner or a therapist: one entry,
// or a week, showing only the fields the person chose. The raw thought is
// never on it unless they ask for it.
import { dayInWeek, dayOfYear, longDay, spanStart } from './dates.js';
import { catalog } from '../domain/catalog.js';
import type { Entry, LogEntry, ReviewEntry } from '../domain/types.js';
import { valueText } from './entry-text.js';
import { sayCard } from './messages-sync.js';
import { sayRecord } from './messages-answer.js';
import { sayRecoveryCard } from './messages-recovery.js';
import type { Painter } from './render.js';

export const SHARE_FIELDS = [
  'situation', 'thought', 'feelings', 'belief', 'evidence', 'traps', 'types',
  'balanced', 'action', 'prediction', 'outcome', 'checklist', 'gratitude', 'jar', 'exercise', 'requests',
] as const;
export type ShareField = (typeof SHARE_FIELDS)[number];

/** What a card shows unless the person picks: the hopeful part, never the raw thought. */
const GENTLE: readonly ShareField[] = ['balanced', 'action', 'outcome', 'gratitude', 'requests'];

export interface CardLine {
  label: string;
  text: string;
}

export interface CardBlock {
  date: string;
  lines: CardLine[];
}

/** What the card needs besides the entry: the reviews of each action, every entry by id, the partner's name. */
export interface CardSource {
  reviewsOf: ReadonlyMap<string, readonly ReviewEntry[]>;
  byId: ReadonlyMap<string, Entry>;
  partner?: string | undefined;
}

export function cardSource(entries: readonly Entry[], partner: string | undefined): CardSource {
  const reviewsOf = new Map<string, ReviewEntry[]>();
  for (const e of entries) if (e.kind === 'review') reviewsOf.set(e.ref, [...(reviewsOf.get(e.ref) ?? []), e]);
  return { reviewsOf, byId: new Map(entries.map((e) => [e.id, e])), partner };
}

/** How an action went, in whole sentences. */
function outcomeText(r: ReviewEntry): string {
  return [
    sayCard.done[r.done],
    r.outcome && /[.!?\u2026]["'\u201D\u2019)]?$/.test(r.outcome.trim()) ? r.outcome.trim() : r.outcome && `${r.outcome.trim()}.`,
    r.cameTrue ? sayCard.cameTrue[r.cameTrue] : undefined,
    r.talked === undefined ? undefined : sayCard.talked[String(r.talked)],
    r.safety === undefined ? undefined : sayCard.safety(r.safety),
    r.learned ? `${sayRecord.learned}: ${r.learned.trim()}` : undefined,
  ].filter(Boolean).join(' ');
}

function logLines(e: LogEntry, f: ReadonlySet<ShareField>, src: CardSource): CardLine[] {
  const out: CardLine[] = [];
  const add = (field: ShareField, label: string, text: string | undefined) => {
    if (f.has(field) && text) out.push({ label, text });
  };
  const listed = (key: string, value: unknown[] | undefined) => (value?.length ? valueText(key, value) : undefined);
  add('situation', sayCard.situation, e.situation);
  add('thought', sayCard.thought, e.thought);
  add('feelings', sayCard.feelings, listed('emotions', e.emotions));
  add('feelings', sayRecord.feelingsAfter, listed('emotionsAfter', e.emotionsAfter));
  const reviews = e.action ? (src.reviewsOf.get(e.id) ?? []) : [];
  const now = reviews.find((r) => r.beliefNow !== undefined)?.beliefNow;
  const believed = e.belief !== undefined || e.beliefAfter !== undefined || now !== undefined;
  add('belief', sayCard.belief, believed ? sayRecord.beliefPath(e.belief, e.beliefAfter, now) : undefined);
  add('evidence', sayCard.evidenceFor, e.evidenceFor);
  add('evidence', sayCard.evidenceAgainst, e.evidenceAgainst);
  add('traps', sayCard.traps, listed('traps', e.traps));
  add('types', sayCard.types, listed('types', e.types));
  add('balanced', sayCard.balanced, e.balanced);
  if (e.balanced) add('balanced', sayRecord.beliefBalanced, e.beliefBalanced === undefined ? undefined : sayRecord.outOf100(e.beliefBalanced));
  add('action', sayCard.action, e.action);
  add('prediction', sayCard.prediction, e.prediction);
  if (e.prediction) add('prediction', sayRecord.sure, e.predictionBelief === undefined ? undefined : sayRecord.outOf100(e.predictionBelief));
  if (e.action) {
    for (const r of reviews) add('outcome', sayCard.outcome, outcomeText(r));
    if (reviews.length === 0) add('outcome', sayCard.outcome, sayCard.notYet);
  }
  add('checklist', sayCard.checklist, listed('checklist', e.checklist));
  add('gratitude', sayCard.gratitude(src.partner), e.gratitude?.join('; '));
  return out;
}

/** The lines one entry puts on the card with these fields (none: it has nothing of them). */
export function cardLines(e: Entry, fields: ReadonlySet<ShareField>, src: CardSource): CardLine[] {
  switch (e.kind) {
    case 'log':
      return logLines(e, fields, src);
    case 'review': {
      const action = src.byId.get(e.ref);
      const label = action?.kind === 'log' && action.action ? sayCard.lookingBackOn(action.action) : sayCard.outcome;
      return fields.has('outcome') ? [{ label, text: outcomeText(e) }] : [];
    }
    case 'jar':
      return fields.has('jar') ? [{ label: e.change === 'add' ? sayCard.marbleAdded : sayCard.marbleRemoved, text: e.text }] : [];
    case 'exercise': {
      const title = catalog.exercises.find((x) => x.id === e.exercise)?.title ?? e.exercise;
      const answers = Object.values(e.answers).filter(Boolean).join(' / ');
      return fields.has('exercise') && answers ? [{ label: title, text: answers }] : [];
    }
    case 'request-met':
      return fields.has('requests') ? [{ label: sayRecoveryCard.met, text: e.note ? `${e.text} (${e.note})` : e.text }] : [];
    default:
      return []; // self-checks and triggers stay private
  }
}

/** The fields these entries have something for, in the order of SHARE_FIELDS. */
export function availableFields(entries: readonly Entry[], src: CardSource): ShareField[] {
  return SHARE_FIELDS.filter((f) => entries.some((e) => cardLines(e, new Set([f]), src).length > 0));
}

/** Without a choice: the gentle fields these entries have, or (a marble, a checklist) all they have. */
export function defaultFields(available: readonly ShareField[]): ShareField[] {
  const gentle = available.filter((f) => GENTLE.includes(f));
  return gentle.length > 0 ? gentle : [...available];
}


/** One labelled line; text that runs over several lines stays indented under it. */
const line = (l: CardLine, indent: string) => `${indent}${l.label}: ${l.text.trim().replace(/\s*\n\s*/g, `\n${indent}  `)}`;

export function renderEntryCard(block: CardBlock, paint: Painter): string {
  return [paint.bold(longDay(block.date)), '', ...block.lines.map((l) => line(l, ''))].join('\n');
}

/** `footer`: lines after the days (the week's requests met, for the accountability check-in). */
export function renderWeekCard(monday: string, sunday: string, blocks: readonly CardBlock[], paint: Painter, footer: readonly string[] = []): string {
  const out = [paint.bold(sayCard.week(spanStart(monday, sunday), dayOfYear(sunday)))];
  if (blocks.length === 0) out.push('', sayCard.emptyWeek);
  let day = '';
  for (const b of blocks) {
    if (b.date !== day) {
      day = b.date;
      out.push('', paint.bold(dayInWeek(day)));
    }
    out.push(...b.lines.map((l) => line(l, '  ')));
  }
  if (footer.length > 0) out.push('', ...footer);
  return out.join('\n');
}
