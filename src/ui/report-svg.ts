// Inline SVG charts for the HTML report: no scripts, no outside resources,
// sized in the viewBox so they scale to the page and print crisply.
import type { DayPoint } from '../domain/report.js';
import { weekday } from '../domain/report-period.js';
import { squeeze } from './charts.js';
import { dayLetter, longDate } from './report-rows.js';

/** Escapes text for HTML and SVG content and attribute values. */
export function esc(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

/**
 * Width 100% up to the chart's natural size (max-width), the height from the
 * viewBox: a chart shrinks to a phone's width and never blows up on a wide page.
 */
const svg = (w: number, h: number, label: string, body: string[]) =>
  `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${w} ${h}" width="100%" style="max-width:${w}px" role="img" aria-label="${esc(label)}">${body.join('')}</svg>`;
/** Text in currentColor by default: readable on either theme, even where the page's styles do not reach. */
const text = (x: number, y: number, s: string, cls = 'axis', anchor = 'middle') =>
  `<text x="${x}" y="${y}" class="${cls}" text-anchor="${anchor}" fill="currentColor">${esc(s)}</text>`;

/** Belief before and after, a pair of bars a day (or a bucket of days), on a fixed 0-100 scale. */
export function beliefChart(days: readonly DayPoint[], label: string, maxColumns = 60): string {
  const before = squeeze(days.map((d) => d.beliefBefore), maxColumns);
  const after = squeeze(days.map((d) => d.beliefAfter), maxColumns);
  const daily = before.length === days.length;
  const top = 10;
  const height = 120;
  const left = 30;
  const slot = Math.max(12, Math.min(56, Math.floor(640 / Math.max(1, before.length))));
  const width = left + slot * before.length + 10;
  const y = (v: number) => top + height - (v / 100) * height;
  const body: string[] = [];
  for (const v of [0, 50, 100]) {
    body.push(`<line x1="${left}" x2="${width - 10}" y1="${y(v)}" y2="${y(v)}" class="grid"/>`, text(left - 6, y(v) + 4, String(v), 'axis', 'end'));
  }
  const barW = Math.max(3, Math.floor(slot / 2) - 3);
  before.forEach((b, i) => {
    const x = left + i * slot + 3;
    const a = after[i] ?? null;
    if (b !== null) body.push(`<rect x="${x}" y="${y(b)}" width="${barW}" height="${(b / 100) * height}" class="before"><title>${Math.round(b)}</title></rect>`);
    if (a !== null) body.push(`<rect x="${x + barW + 2}" y="${y(a)}" width="${barW}" height="${(a / 100) * height}" class="after"><title>${Math.round(a)}</title></rect>`);
    const day = days[i];
    if (daily && day) body.push(text(x + barW + 1, top + height + 14, `${dayLetter(day.date)} ${Number(day.date.slice(8, 10))}`));
  });
  return svg(width, top + height + 22, label, body);
}

/** The written days: one row per week (Monday first), or weeks as columns when the period is long. */
export function daysChart(days: readonly DayPoint[], label: string): string {
  if (days.length === 0) return svg(1, 1, label, []);
  const first = weekday(days[0]?.date ?? '');
  const weeks = Math.ceil((first + days.length) / 7);
  const wide = weeks > 10;
  const size = wide ? 11 : 38;
  const gap = wide ? 2 : 5;
  const head = wide ? 0 : 16;
  const body: string[] = [];
  if (!wide) 'MTWTFSS'.split('').forEach((l, i) => body.push(text(i * (size + gap) + size / 2, 11, l)));
  days.forEach((d, i) => {
    const week = Math.floor((first + i) / 7);
    const dow = (first + i) % 7;
    const [col, row] = wide ? [week, dow] : [dow, week];
    const x = col * (size + gap);
    const yy = head + row * (size + gap);
    body.push(`<rect x="${x}" y="${yy}" width="${size}" height="${size}" rx="${wide ? 2 : 6}" class="${d.logged ? 'logged' : 'missed'}"><title>${esc(longDate(d.date))}</title></rect>`);
    if (!wide) body.push(text(x + size / 2, yy + size / 2 + 4, String(Number(d.date.slice(8, 10))), d.logged ? 'daynum on' : 'daynum'));
  });
  const cols = wide ? weeks : 7;
  const rows = wide ? 7 : weeks;
  return svg(cols * (size + gap), head + rows * (size + gap), label, body);
}

/** Horizontal labelled bars on a `max` scale. */
export function barChart(items: readonly { label: string; count: number }[], max: number, label: string): string {
  // Narrow enough (about 380 wide) that the labels stay legible at a phone's width.
  const labelW = 180;
  const barMax = 160;
  const row = 24;
  const body: string[] = [];
  items.forEach((it, i) => {
    const y = i * row;
    const w = max > 0 ? Math.max(it.count > 0 ? 2 : 0, (Math.min(it.count, max) / max) * barMax) : 0;
    body.push(
      text(labelW - 8, y + 16, it.label, 'label', 'end'),
      `<rect x="${labelW}" y="${y + 5}" width="${barMax}" height="14" rx="3" class="track"/>`,
      `<rect x="${labelW}" y="${y + 5}" width="${w}" height="14" rx="3" class="bar"/>`,
      text(labelW + barMax + 8, y + 16, String(it.count), 'label', 'start'),
    );
  });
  return svg(labelW + barMax + 40, Math.max(1, items.length * row), label, body);
}
