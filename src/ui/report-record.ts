// The complete thought record in the report: one line a thought (belief
// before → after the challenge → after the step) and the feelings before and
// after, shared by the text, markdown and HTML renderers.
import type { PeriodNumbers } from '../domain/report.js';
import type { BeliefPath } from '../domain/report-record.js';
import { sayRecord } from './messages-answer.js';
import { longDate } from './report-rows.js';

const MAX_THOUGHT = 60;
const clip = (s: string) => {
  const one = s.replace(/\s+/g, ' ').trim();
  return one.length > MAX_THOUGHT ? `${one.slice(0, MAX_THOUGHT - 1)}…` : one;
};

/** "90 → 55 → 30", a dash where a stage was not rated. */
const pathText = (b: Pick<BeliefPath, 'before' | 'afterChallenge' | 'afterStep'>) =>
  [b.before, b.afterChallenge, b.afterStep].map((n) => (n === null ? '–' : String(n).padStart(3))).join(' → ');

export interface BeliefLine { day: string; path: string; thought: string }

export function beliefLines(r: PeriodNumbers): BeliefLine[] {
  return r.beliefs.map((b) => ({ day: longDate(b.date).slice(0, -5), path: pathText(b), thought: clip(b.thought) }));
}

export function emotionLines(r: PeriodNumbers): string[] {
  return Object.entries(r.emotions).map(([name, f]) => sayRecord.emotionLine(name, f.count, f.before, f.after));
}
