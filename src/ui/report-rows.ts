// The report's numbers as labelled rows, shared by the text, markdown and
// HTML renderers so every format shows exactly the same figures, each with
// its value for the period before and the change.
import { catalog, labelOf } from '../domain/catalog.js';
import { weekday } from '../domain/report-period.js';
import type { PeriodNumbers, Report } from '../domain/report.js';
import { sayRowGroups, sayRowLabels } from './messages-report.js';

type RowKey = keyof typeof sayRowLabels;

export interface Row {
  key: RowKey;
  label: string;
  now: number | null;
  before: number | null;
  /** How the value reads ("6/7" for days written); the number itself otherwise. */
  shown: string;
  shownBefore: string | null;
}

type Getter = (n: PeriodNumbers) => number | null;

const PICKS: Record<RowKey, Getter> = {
  daysLogged: (n) => n.days.logged,
  streak: (n) => n.streak.current,
  longest: (n) => n.streak.longest,
  thoughtsWritten: (n) => n.thoughts.count,
  thoughts: (n) => n.thoughts.challenged,
  beliefBefore: (n) => n.thoughts.beliefBefore,
  beliefAfter: (n) => n.thoughts.beliefAfter,
  beliefNow: (n) => n.thoughts.beliefNow,
  planned: (n) => n.actions.planned,
  reviewed: (n) => n.actions.reviewed,
  done: (n) => n.actions.done,
  partly: (n) => n.actions.partly,
  notDone: (n) => n.actions.notDone,
  open: (n) => n.actions.open,
  talked: (n) => n.actions.talked,
  safety: (n) => n.safety.average,
  tested: (n) => n.predictions.tested,
  sureBefore: (n) => n.predictions.sureBefore,
  cameTrue: (n) => n.predictions.cameTrue,
  cameTruePartly: (n) => n.predictions.partly,
  didNot: (n) => n.predictions.didNot,
  gratitude: (n) => n.gratitude,
  jarAdded: (n) => n.jar.added,
  jarRemoved: (n) => n.jar.removed,
  exercises: (n) => n.exercises,
  checks: (n) => n.checks.count,
};

/** A number for people: "–" for nothing, at most one decimal. */
function fmt(n: number | null): string {
  return n === null ? '–' : String(n);
}

function shownFor(key: RowKey, n: PeriodNumbers): string {
  const value = PICKS[key](n);
  return key === 'daysLogged' ? `${fmt(value)}/${n.days.total}` : fmt(value);
}

/** The rows in groups under a heading, for tables. */
const GROUPS: { title: string; keys: RowKey[] }[] = [
  { title: sayRowGroups.days, keys: ['daysLogged', 'streak', 'longest'] },
  { title: sayRowGroups.thoughts, keys: ['thoughtsWritten', 'thoughts', 'beliefBefore', 'beliefAfter', 'beliefNow'] },
  { title: sayRowGroups.steps, keys: ['planned', 'reviewed', 'done', 'partly', 'notDone', 'open', 'talked', 'safety'] },
  { title: sayRowGroups.fears, keys: ['tested', 'sureBefore', 'cameTrue', 'cameTruePartly', 'didNot'] },
  { title: sayRowGroups.more, keys: ['gratitude', 'jarAdded', 'jarRemoved', 'exercises', 'checks'] },
];

/** Rows in the order of GROUPS, each group after its title. */
export function groupedRows(r: Report): { title: string; rows: Row[] }[] {
  const rows = new Map(reportRows(r).map((row) => [row.key, row]));
  return GROUPS.map((g) => ({ title: g.title, rows: g.keys.flatMap((k) => rows.get(k) ?? []) }));
}

/**
 * Rows shown without a change against the period before: one missed day
 * turns "3 in a row" against last week's 16 into "↓13", which reads as a
 * loss of everything; the longest run beside it already keeps the record.
 */
const UNCOMPARED: ReadonlySet<RowKey> = new Set(['streak']);

export function reportRows(r: Report): Row[] {
  const prev = r.previous;
  // TypeScript's lib types Object.keys as string[]: these are PICKS's own, the RowKeys.
  return (Object.keys(PICKS) as RowKey[]).map((key) => ({
    key,
    label: sayRowLabels[key],
    now: PICKS[key](r),
    before: prev && !UNCOMPARED.has(key) ? PICKS[key](prev) : null,
    shown: shownFor(key, r),
    shownBefore: prev ? shownFor(key, prev) : null,
  }));
}

type Compared = Pick<Row, 'now' | 'before'>;

export interface Change {
  arrow: '↑' | '↓' | '=';
  /** Absolute size of the change, as shown. */
  by: string;
}

/** Direction and size of a change; null when either side is missing. */
export function changeOf(row: Compared): Change | null {
  if (row.now === null || row.before === null) return null;
  const diff = Math.round((row.now - row.before) * 10) / 10;
  if (diff === 0) return { arrow: '=', by: '' };
  return { arrow: diff > 0 ? '↑' : '↓', by: String(Math.abs(diff)) };
}

export function changeText(row: Compared): string {
  const c = changeOf(row);
  return c ? `${c.arrow}${c.by}` : '';
}

/** Catalogue labels with counts, in the report's order (most frequent first). */
function labelled(counts: Record<string, number>, items: readonly { id: string; label: string }[]): { id: string; label: string; count: number }[] {
  return Object.entries(counts).map(([id, count]) => ({ id, label: labelOf(items, id), count }));
}

export const trapRows = (r: PeriodNumbers) => labelled(r.traps, catalog.traps);
export const typeRows = (r: PeriodNumbers) => labelled(r.trustTypes, catalog.trustTypes);
export const checklistRows = (r: PeriodNumbers) => labelled(r.checklist, catalog.checklist);
export const signRows = (r: PeriodNumbers) =>
  labelled(r.checks.signs, catalog.warningSigns.map((s) => ({ id: s.id, label: s.id.replace(/-/g, ' ') })));

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

/** "Sat 14 Nov 2026", the same in every locale and time zone. */
export function longDate(iso: string): string {
  return `${WEEKDAYS[weekday(iso)]} ${Number(iso.slice(8, 10))} ${MONTHS[Number(iso.slice(5, 7)) - 1]} ${iso.slice(0, 4)}`;
}

export function periodText(r: PeriodNumbers): string {
  return r.period.from === r.period.to ? longDate(r.period.from) : `${longDate(r.period.from)} – ${longDate(r.period.to)}`;
}

/** One letter per weekday, for the axis under day charts. */
export const dayLetter = (iso: string) => 'MTWTFSS'[weekday(iso)] ?? '?';
