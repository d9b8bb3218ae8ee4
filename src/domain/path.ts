// The road after an affair in three stages (Gottman's trust revival: atone,
// attune, attach), each with signs the journal can see. A sign is counted
// over the last four weeks, so the path shows where the two of you are now;
// a sign seen in the four weeks before but not lately has slipped, which is
// part of the road, not a failure. Facts only: ui/ words them.
import { addDays } from './dates.js';
import { triggerNumbers, trendWay } from './recovery.js';
import type { Period } from './report-period.js';
import type { Entry } from './types.js';

const STAGES = ['atone', 'attune', 'attach'] as const;
export type StageId = (typeof STAGES)[number];

const SIGNS = {
  atone: ['reassurance', 'check-in', 'requests-met'],
  attune: ['talked', 'turning-toward', 'temperature'],
  attach: ['shared-future', 'triggers-fading', 'belief-low'],
} as const;
export type SignId = (typeof SIGNS)[StageId][number];

/** The forgiveness stages (data/catalog.json) that tend to fall along each stretch. */
const FORGIVENESS: Record<StageId, readonly string[]> = {
  atone: ['acknowledgement', 'processing'],
  attune: ['understanding', 'decision'],
  attach: ['action', 'integration'],
};

/** Signs are counted over this many days ending today. */
const PATH_DAYS = 28;
/** Most of a stage's signs (two of three) seen: the stage is reached. */
const TO_REACH = 2;

/** What seeing each sign takes within PATH_DAYS. */
const THRESHOLDS = {
  /** Of the triggers with an answer (at least 2), the share met with reassurance, partly counting half (percent). */
  reassurance: 50,
  'check-in': 1,
  'requests-met': 4,
  talked: 2,
  /** Days with a feelings check-in ticked, a good thing noticed, or a marble added. */
  'turning-toward': 8,
  temperature: 2,
  'shared-future': 1,
  /** Average belief in the old thoughts (0-100) at or below this, over at least 2 thoughts. */
  'belief-low': 40,
} as const;
const MIN_ANSWERED = 2;
const MIN_THOUGHTS = 2;
const FADING: ReadonlySet<string> = new Set(['fewer-milder', 'fewer', 'milder', 'none-now']);

export interface SignFact {
  id: SignId;
  seen: boolean;
  /** The number behind it (a count, a percent or an average); null when the journal holds nothing to count. */
  value: number | null;
  /** Seen in the four weeks before, not in these. */
  slipped: boolean;
}

interface StageFacts {
  id: StageId;
  signs: SignFact[];
  reached: boolean;
  forgiveness: readonly string[];
}

export interface Path {
  /** The first stage not reached yet (attach once all are). */
  stage: StageId;
  stages: StageFacts[];
  /** Two or three signs worth working on next, in order. */
  next: SignId[];
  /** Some sign slipped, or a later stage is reached before an earlier one: recovery is not a straight line. */
  winding: boolean;
  window: Period;
}

/** The days the path looks at: its window, the one before (slipped), and one more (for whether triggers fade). */
export function pathSpan(today: string): Period {
  return { from: addDays(today, 1 - 3 * PATH_DAYS), to: today };
}

const windowEnding = (to: string): Period => ({ from: addDays(to, 1 - PATH_DAYS), to });
const inside = (e: Entry, p: Period) => e.date >= p.from && e.date <= p.to;

type Measure = { seen: boolean; value: number | null };

const exercises = (es: readonly Entry[], ids: readonly string[]) => es.filter((e) => e.kind === 'exercise' && ids.includes(e.exercise)).length;
const atLeast = (value: number, min: number): Measure => ({ seen: value >= min, value });

/** Each sign over one window (`entries` already cut to it); `before` is the window before it, for fading. */
function measure(id: SignId, entries: readonly Entry[], all: readonly Entry[], w: Period): Measure {
  switch (id) {
    case 'reassurance': {
      const t = triggerNumbers(entries, w);
      const answered = t.reassured + t.partly + t.notReassured;
      if (answered === 0) return { seen: false, value: null };
      const share = Math.round(((t.reassured + t.partly / 2) / answered) * 100);
      return { seen: answered >= MIN_ANSWERED && share >= THRESHOLDS.reassurance, value: share };
    }
    case 'check-in':
      return atLeast(exercises(entries, ['accountability-check-in']), THRESHOLDS['check-in']);
    case 'requests-met':
      return atLeast(entries.filter((e) => e.kind === 'request-met').length, THRESHOLDS['requests-met']);
    case 'talked':
      return atLeast(entries.filter((e) => e.kind === 'review' && e.talked === true).length, THRESHOLDS.talked);
    case 'turning-toward': {
      const days = new Set<string>();
      for (const e of entries) {
        if (e.kind === 'log' && (e.checklist?.includes('check-in') || (e.gratitude?.length ?? 0) > 0)) days.add(e.date);
        if (e.kind === 'jar' && e.change === 'add') days.add(e.date);
      }
      return atLeast(days.size, THRESHOLDS['turning-toward']);
    }
    case 'temperature':
      return atLeast(exercises(entries, ['temperature-reading']), THRESHOLDS.temperature);
    case 'shared-future':
      return atLeast(exercises(entries, ['vision-sharing', 'shared-memory-journal']), THRESHOLDS['shared-future']);
    case 'triggers-fading': {
      const now = triggerNumbers(entries, w);
      const then = triggerNumbers(all, windowEnding(addDays(w.from, -1)));
      return { seen: FADING.has(trendWay(now, then)), value: now.count };
    }
    case 'belief-low': {
      const beliefs = entries.flatMap((e) => (e.kind === 'log' && e.thought && typeof e.belief === 'number' ? [e.belief] : []));
      if (beliefs.length === 0) return { seen: false, value: null };
      const avg = Math.round(beliefs.reduce((a, b) => a + b, 0) / beliefs.length);
      return { seen: beliefs.length >= MIN_THOUGHTS && avg <= THRESHOLDS['belief-low'], value: avg };
    }
  }
}

/** Where the journal shows the two of you on the road, as of `today`. */
export function pathAt(entries: readonly Entry[], today: string): Path {
  const w = windowEnding(today);
  const before = windowEnding(addDays(w.from, -1));
  const now = entries.filter((e) => inside(e, w));
  const then = entries.filter((e) => inside(e, before));
  const stages = STAGES.map((id): StageFacts => {
    const signs = SIGNS[id].map((sign): SignFact => {
      const m = measure(sign, now, entries, w);
      const earlier = measure(sign, then, entries, before);
      return { id: sign, seen: m.seen, value: m.value, slipped: earlier.seen && !m.seen };
    });
    return { id, signs, reached: signs.filter((s) => s.seen).length >= TO_REACH, forgiveness: FORGIVENESS[id] };
  });
  const at = stages.findIndex((s) => !s.reached);
  const stage = at < 0 ? 'attach' : STAGES[at] ?? 'atone';
  const aheadReached = at >= 0 && stages.slice(at + 1).some((s) => s.reached);
  const winding = aheadReached || stages.some((s) => s.signs.some((x) => x.slipped));
  return { stage, stages, next: nextSigns(stages, at < 0 ? STAGES.length - 1 : at), winding, window: w };
}

/** Unseen signs of the stage now (slipped ones first), then of the stage after, two or three in all. */
function nextSigns(stages: readonly StageFacts[], at: number): SignId[] {
  const open = (s: StageFacts | undefined) =>
    (s?.signs ?? []).filter((x) => !x.seen).sort((a, b) => Number(b.slipped) - Number(a.slipped)).map((x) => x.id);
  const next = open(stages[at]);
  if (next.length < 2) next.push(...open(stages[at + 1]));
  return next.slice(0, 3);
}
