// The report's short section after an affair, shared by the text, markdown
// and HTML reports: triggers per day as a strip, how they compare with four
// weeks ago, what helped most often, how often reassurance came, and the
// requests met. Shown only when the period (or four weeks before) has any.
// Names and roles stay in the notes; the section words the facts plainly.
import { daysBetween } from '../domain/dates.js';
import type { Report } from '../domain/report.js';
import type { Painter } from './render.js';
import { daysOf, weekday } from '../domain/report-period.js';
import { CHART_DAYS } from './report-days.js';
import { GAP, sparkline, strip } from './charts.js';
import { sayRecoveryReport as words } from './messages-recovery.js';
import { saySpan } from './messages-report.js';
import { dayLetter, longDate } from './report-rows.js';

export interface RecoverySection {
  title: string;
  /** One cell a day (a count, · for none), or weekly sparkline for long periods; then the weekday axis when daily. */
  strip: string[];
  axis: string | null;
  /** Per-day (or per-week) counts with their labels, for charts. */
  bars: { label: string; count: number }[];
  sentences: string[];
}

const cell = (n: number) => (n === 0 ? GAP : n > 9 ? '+' : String(n));

/** Counts per run of seven days from the start, labelled by the first day. */
function perWeek(dates: readonly string[], daily: readonly number[]): { label: string; count: number }[] {
  const out: { label: string; count: number }[] = [];
  daily.forEach((n, i) => {
    if (i % 7 === 0) out.push({ label: longDate(dates[i] ?? ''), count: 0 });
    const last = out[out.length - 1];
    if (last) last.count += n;
  });
  return out;
}

export function recoverySection(r: Report): RecoverySection | null {
  const t = r.triggers;
  const q = r.requests;
  const trend = r.triggerTrend;
  if (t.count === 0 && q.met === 0 && q.asked === 0 && trend.then.count === 0) return null;
  const dates = daysOf(r.period);
  const daily = dates.length <= CHART_DAYS;
  const cells = dates.map((d, i) => ({ text: cell(t.daily[i] ?? 0), monday: weekday(d) === 0 }));
  const weeks = perWeek(dates, t.daily);
  const sentences = [t.count === 0 ? words.none : words.count(t.count, t.strength)];
  const back = daysBetween(trend.then.from, r.period.from);
  const way = words.trend[trend.way]?.(back);
  if (way) sentences.push(way);
  const top = t.helped[0];
  if (top) sentences.push(words.helped(top.text, top.count));
  const answered = t.reassured + t.partly + t.notReassured;
  if (answered > 0) sentences.push(words.reassured(t.reassured, t.partly, answered));
  if (q.asked > 0) sentences.push(words.requestsAsked(q.asked));
  for (const item of q.items.slice(0, 3)) sentences.push(words.metPlain(item.text, item.met, saySpan(dates.length)));
  sentences.push(words.stage(r.stage));
  return {
    title: words.title,
    strip: t.count === 0 ? [] : daily ? strip(cells) : [sparkline(weeks.map((w) => w.count), Math.max(1, ...weeks.map((w) => w.count)), CHART_DAYS)],
    axis: t.count > 0 && daily ? strip(dates.map((d) => ({ text: dayLetter(d), monday: weekday(d) === 0 })), dates.length)[0] ?? null : null,
    bars: t.count === 0 ? [] : daily ? dates.map((d, i) => ({ label: longDate(d), count: t.daily[i] ?? 0 })) : weeks,
    sentences,
  };
}

/** The section as terminal lines (empty when there is nothing to show). */
/** `fit` breaks a sentence into lines that fit the page (report-text.ts owns the wrapping). */
export function recoveryText(r: Report, paint: Painter, fit: (line: string) => string[] = (l) => [l]): string[] {
  const s = recoverySection(r);
  if (!s) return [];
  const sentences = s.sentences.flatMap(fit).map((l) => `  ${l}`);
  const strip = s.strip.length ? [paint.bold(words.strip), ...s.strip.map((l) => `  ${l}`), ...(s.axis ? [paint.dim(`  ${s.axis}`)] : [])] : [];
  return ['', paint.bold(s.title), ...sentences, ...(strip.length ? ['', ...strip] : [])];
}
