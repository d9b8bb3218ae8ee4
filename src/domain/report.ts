// The weekly report's numbers: pure functions over the entry list and a
// period. The journal is walked once to index reviews by the action they
// review and to collect logged days; after that only the entries of the two
// periods (this one and the one before) are looked at again. Dates compare
// as strings; no Date object is made per entry.
import { daysOf, lengthOf, periodBefore, type Period } from './report-period.js';
import { sortedDays, streakAt, type Streak } from './streak.js';
import { CHECKLIST, TRAPS, TRUST_TYPES, type ChecklistId, type Entry, type Role, type LogEntry, type ReviewEntry } from './types.js';
import { catalog } from './catalog.js';
import { count as countMarbles } from './jar.js';
import { headlineOf, notesFor, distressOf, type Distress } from './report-notes.js';
import type { Headline, Lead, Note } from './notes.js';
import { careAt, isConcern, leadOf, reportCare, type ReportCare } from './report-care.js';
import { AFRAID_SIGN } from './care.js';
import { recordNumbers, type BeliefPath, type FeelingNumbers } from './report-record.js';
import { fearLedger, topTrap, type Tally } from './fears.js';
import { requestNumbers, triggerNumbers, type RequestNumbers, type TriggerNumbers, type TriggerTrend } from './recovery.js';
import { recoveryFrom, recoveryNotes, roadOf } from './recovery-report.js';
import type { StageId } from './path.js';

const SIGNS = catalog.warningSigns.map((s) => s.id);

export interface DayPoint {
  date: string;
  logged: boolean;
  /** Average belief in the day's thoughts before / after challenging them, null when none. */
  beliefBefore: number | null;
  beliefAfter: number | null;
}

/** The numbers of one period, in the contract's key order, extras after. */
export interface PeriodNumbers {
  period: Period;
  days: { logged: number; total: number };
  streak: Streak;
  /** `challenged`: thoughts with proof weighed, a trap or a fairer thought; `beliefNow`: average re-rating at review. */
  thoughts: { count: number; beliefBefore: number | null; beliefAfter: number | null; challenged: number; beliefNow: number | null };
  actions: { planned: number; reviewed: number; done: number; partly: number; notDone: number; open: number; talked: number };
  /**
   * Reviewed actions that had a feared prediction and an answer to "did it
   * happen?" (an action not done leaves that unanswered, so it is not a test).
   */
  predictions: { tested: number; cameTrue: number; partly: number; didNot: number; sureBefore: number | null };
  traps: Record<string, number>;
  trustTypes: Record<string, number>;
  checklist: Record<ChecklistId, number>;
  gratitude: number;
  jar: { added: number; removed: number };
  emotions: Record<string, FeelingNumbers>;
  triggers: TriggerNumbers;
  requests: RequestNumbers;
  // Extras beyond the contract.
  /** Belief in each thought: before, after the challenge, after the step. */
  beliefs: BeliefPath[];
  /** The thinking trap behind most of the period's tested fears, or null. */
  fearTrap: (Tally & { trap: string }) | null;
  safety: { rated: number; average: number | null };
  steps: { sized: number; average: number | null };
  exercises: number;
  checks: { count: number; most: number | null; signs: Record<string, number> };
  daily: DayPoint[];
  /** Traps tagged on thoughts whose feared outcome came true (in full or partly): the notes never coach those away. */
  trueFearTraps: Record<string, number>;
}

/** The report as the domain builds it: numbers and facts (notes.ts), no words. */
export interface ReportFacts extends PeriodNumbers {
  previous: (PeriodNumbers & { previous: null; notes: Note[] }) | null;
  /** Plain observations; the first is always the headline. */
  notes: Note[];
  /** Feared versus what happened, or what the period held when nothing was tested. */
  headline: Headline;
  /** Why the notes suggest professional support, empty when they do not. */
  distress: Distress[];
  /** The notes (after the headline) that lead every format, before the headline and the numbers. */
  lead: Lead[];
  /** The care picture at the period's end: level null when calm. */
  care: ReportCare;
  /** Where the path after an affair stands at the period's end (`trust path`). */
  stage: StageId;
  /** The triggers against the same days four weeks earlier. */
  triggerTrend: TriggerTrend;
}

/** The report as it is printed and serialised (the JSON contract): the facts with notes, headline and lead in words (ui/messages-notes.ts). */
export interface Report extends Omit<ReportFacts, 'previous' | 'notes' | 'headline' | 'lead'> {
  previous: (PeriodNumbers & { previous: null; notes: string[] }) | null;
  notes: string[];
  headline: string;
  lead: string[];
}

/** What one walk over the whole journal learns. */
export interface JournalIndex {
  /**
   * The first review of each action, by the action's id. Only reviews dated
   * from `since` are kept: a review is never dated before its action (see
   * newReview), so these cover every action the report looks at.
   */
  reviews: Map<string, ReviewEntry>;
  /** Ascending day numbers of days with a log entry, up to the report's end. */
  loggedDays: number[];
  /** Entries dated from `since` to the report's end. */
  recent: Entry[];
  /** True when some entry is dated before `before`. */
  hasEarlier: boolean;
}

/** What the report needs of entries dated before its window, when they were not parsed (see Store.readSpan). */
export interface Earlier {
  logDays: readonly string[];
  any: boolean;
}

export function indexJournal(entries: readonly Entry[], since: string, before: string, to: string, earlier?: Earlier): JournalIndex {
  const reviews = new Map<string, ReviewEntry>();
  const days = new Set<string>(earlier?.logDays);
  const recent: Entry[] = [];
  let hasEarlier = earlier?.any ?? false;
  for (const e of entries) {
    const date = e.date;
    if (date > to) continue;
    if (date < before) hasEarlier = true;
    if (e.kind === 'log') days.add(date);
    if (date < since) continue;
    recent.push(e);
    if (e.kind === 'review') {
      const seen = reviews.get(e.ref);
      // Two copies of a journal merged can review one action twice: the first review counts.
      if (!seen || date < seen.date || (date === seen.date && e.createdAt < seen.createdAt)) reviews.set(e.ref, e);
    }
  }
  return { reviews, loggedDays: sortedDays(days), recent, hasEarlier };
}

/** A whole-number average (beliefs are 0-100), or null for nothing. */
function mean(s: Sum): number | null {
  return s.n === 0 ? null : Math.round(s.sum / s.n);
}

/** An average to one decimal (safety is 0-10, steps 1-3), or null. */
function mean1(s: Sum): number | null {
  return s.n === 0 ? null : Math.round((s.sum / s.n) * 10) / 10;
}

const bump = (counts: Record<string, number>, key: string) => void (counts[key] = (counts[key] ?? 0) + 1);

/** A running sum for an average; values that are not numbers are left out. */
interface Sum { sum: number; n: number }
const sum = (): Sum => ({ sum: 0, n: 0 });
function add(s: Sum, value: unknown): void {
  if (typeof value !== 'number' || !Number.isFinite(value)) return;
  s.sum += value;
  s.n++;
}


/** Keys by count, highest first, ties in catalogue order. */
function ranked(counts: Record<string, number>, order: readonly string[]): Record<string, number> {
  const keys = Object.keys(counts).sort((a, b) => (counts[b] ?? 0) - (counts[a] ?? 0) || order.indexOf(a) - order.indexOf(b));
  return Object.fromEntries(keys.map((k) => [k, counts[k] ?? 0]));
}

interface DayTally { logged: boolean; before: Sum; after: Sum }

/**
 * The numbers for one period. Actions count when planned (dated) in the
 * period; their reviews count when dated up to the period's end, so
 * planned = reviewed + open and an old week's report does not change later.
 */
export function periodNumbers(index: JournalIndex, period: Period): PeriodNumbers {
  const { from, to } = period;
  const perDay = new Map<string, DayTally>();
  /** The days each checklist item was ticked (a day counts once, however many entries tick it). */
  const ticked = new Map<ChecklistId, Set<string>>(CHECKLIST.map((id) => [id, new Set()]));
  const traps: Record<string, number> = {};
  const trustTypes: Record<string, number> = {};
  const signs: Record<string, number> = {};
  const trueFearTraps: Record<string, number> = {};
  const thoughts = { count: 0, before: sum(), after: sum() };
  const actions = { planned: 0, reviewed: 0, done: 0, partly: 0, notDone: 0, open: 0, talked: 0 };
  const predictions = { tested: 0, cameTrue: 0, partly: 0, didNot: 0 };
  const jar = { added: 0, removed: 0 };
  const safety = sum();
  const steps = sum();
  const checks: { count: number; most: number | null } = { count: 0, most: null };
  let gratitude = 0;
  let exercises = 0;
  const logs: LogEntry[] = [];

  const dayOf = (date: string): DayTally => {
    let t = perDay.get(date);
    if (!t) perDay.set(date, (t = { logged: false, before: sum(), after: sum() }));
    return t;
  };

  const countAction = (e: LogEntry): void => {
    actions.planned++;
    add(steps, e.step);
    const review = index.reviews.get(e.id);
    if (!review || review.date > to) return void actions.open++;
    actions.reviewed++;
    if (review.done === 'yes') actions.done++;
    else if (review.done === 'partly') actions.partly++;
    else if (review.done === 'no') actions.notDone++;
    if (review.talked === true) actions.talked++;
    add(safety, review.safety);
    if (e.prediction && review.cameTrue) {
      predictions.tested++;
      if (review.cameTrue === 'yes') predictions.cameTrue++;
      else if (review.cameTrue === 'partly') predictions.partly++;
      else predictions.didNot++;
      if (review.cameTrue !== 'no') for (const t of e.traps ?? []) bump(trueFearTraps, t);
    }
  };

  for (const e of index.recent) {
    if (e.date < from || e.date > to) continue;
    switch (e.kind) {
      case 'log': {
        const day = dayOf(e.date);
        day.logged = true;
        logs.push(e);
        if (e.thought) {
          thoughts.count++;
          add(thoughts.before, e.belief);
          add(day.before, e.belief);
          add(thoughts.after, e.beliefAfter);
          add(day.after, e.beliefAfter);
        }
        for (const t of e.traps ?? []) bump(traps, t);
        for (const t of e.types ?? []) bump(trustTypes, t);
        // A day counts once per item, even when two entries that day tick it.
        for (const item of e.checklist ?? []) ticked.get(item)?.add(e.date);
        gratitude += e.gratitude?.length ?? 0;
        if (e.action) countAction(e);
        break;
      }
      case 'jar':
        countMarbles(jar, e);
        break;
      case 'exercise':
        exercises++;
        break;
      case 'check': {
        // `trust safety --safe` says "safe now"; it is not a weekly self-check.
        if (e.safe === true) break;
        // Being afraid of the partner is not a sign of trust issues: the care note answers it (care.ts).
        const list = e.signs.filter((s) => s !== AFRAID_SIGN);
        checks.count++;
        checks.most = Math.max(checks.most ?? 0, list.length);
        for (const s of list) bump(signs, s);
        break;
      }
    }
  }

  // Object.fromEntries is typed with string keys: these are exactly CHECKLIST's.
  const checklist = Object.fromEntries(CHECKLIST.map((id) => [id, ticked.get(id)?.size ?? 0])) as Record<ChecklistId, number>;

  const daily = daysOf(period).map((date): DayPoint => {
    const t = perDay.get(date);
    return { date, logged: t?.logged ?? false, beliefBefore: t ? mean(t.before) : null, beliefAfter: t ? mean(t.after) : null };
  });

  const reviewOf = (id: string) => {
    const r = index.reviews.get(id);
    return r && r.date <= to ? r : undefined;
  };
  const record = recordNumbers(logs, reviewOf);
  return {
    period: { from, to },
    days: { logged: daily.filter((d) => d.logged).length, total: lengthOf(period) },
    streak: streakAt(index.loggedDays, to),
    thoughts: { count: thoughts.count, beliefBefore: mean(thoughts.before), beliefAfter: mean(thoughts.after), challenged: record.challenged, beliefNow: record.beliefNow },
    actions,
    predictions: { ...predictions, sureBefore: record.sureBefore },
    traps: ranked(traps, TRAPS),
    trustTypes: ranked(trustTypes, TRUST_TYPES),
    checklist,
    gratitude,
    jar,
    emotions: record.emotions,
    beliefs: record.beliefs,
    fearTrap: topTrap(fearLedger([...logs, ...index.reviews.values()], { until: to }).items) ?? null,
    triggers: triggerNumbers(index.recent, period),
    requests: requestNumbers(index.recent, period),
    safety: { rated: safety.n, average: mean1(safety) },
    steps: { sized: steps.n, average: mean1(steps) },
    exercises,
    checks: { count: checks.count, most: checks.most, signs: ranked(signs, SIGNS) },
    daily,
    trueFearTraps,
  };
}

export interface ReportOptions {
  /** The partner's name from the profile, for the notes. */
  partner?: string | undefined;
  /** The person's role from the profile: the notes end with what matters most for it. */
  role?: Role | undefined;
}

/**
 * The full report: this period, the one before (null when the journal holds
 * nothing earlier), notes. `entries` may be only those dated from the start
 * of the period before (reportWindow), with `earlier` saying what came first.
 */
export function buildReport(entries: readonly Entry[], period: Period, opts: ReportOptions = {}, earlier?: Earlier): ReportFacts {
  const before = periodBefore(period);
  const index = indexJournal(entries, before.from, period.from, period.to, earlier);
  const current = periodNumbers(index, period);
  const previous = index.hasEarlier ? inOrder(periodNumbers(index, before), null, []) : null;
  const distress = distressOf(current, previous);
  const written = writtenIn(index, period);
  const headline = headlineOf(current, written);
  const care = careAt(entries, period);
  const road = roadOf(entries, period);
  const recovery = recoveryNotes(current, road, opts.partner, opts.role, isConcern(care));
  const notes = [headline, ...notesFor(current, previous, distress, opts.partner, opts.role, care, recovery, written)];
  return {
    ...inOrder(current, previous, notes), headline, distress, lead: leadOf(care, distress), care: reportCare(care),
    stage: road.stage, triggerTrend: road.trend,
  };
}

/** Entries of any kind dated in the period: a review, a marble or an exercise is writing too (a "safe now" is not). */
function writtenIn(index: JournalIndex, period: Period): number {
  return index.recent.filter((e) => e.date >= period.from && e.date <= period.to && !(e.kind === 'check' && e.safe === true)).length;
}

/** The days whose entries the report reads in full: the period before this one, this one, and the weeks the path looks at. */
export function reportWindow(period: Period): Period {
  const before = periodBefore(period).from;
  const recovery = recoveryFrom(period);
  return { from: recovery < before ? recovery : before, to: period.to };
}

/** The contract's keys first, in its order, then the extras. */
function inOrder<P>(n: PeriodNumbers, previous: P, notes: Note[]): PeriodNumbers & { previous: P; notes: Note[] } {
  const { triggers, requests, beliefs, fearTrap, safety, steps, exercises, checks, daily, trueFearTraps, ...contract } = n;
  return { ...contract, previous, notes, triggers, requests, beliefs, fearTrap, safety, steps, exercises, checks, daily, trueFearTraps };
}
