// The report as one terminal page: the headline, the numbers with their
// change against the period before, small charts, and the notes. Colour
// only through the painter it is given.
import type { Report } from '../domain/report.js';
import { bars } from './charts.js';
import { dayLines } from './report-days.js';
import { sayReport } from './messages-report.js';
import { listedNotes } from './report-lead.js';
import { widthOf, wrapText } from './fit.js';
import type { Painter } from './render.js';
import { beliefLines, emotionLines } from './report-record.js';
import { sayRecord } from './messages-answer.js';
import { changeText, checklistRows, periodText, reportRows, signRows, trapRows, typeRows, type Row } from './report-rows.js';
import { recoveryText } from './report-recovery.js';

const LABEL = 22;

interface Widths { value: number; change: number }

function cell(row: Row, w: Widths, paint: Painter): string {
  return `${row.label.padEnd(LABEL)}${row.shown.padStart(w.value)} ${paint.dim(changeText(row).padEnd(w.change))}`;
}

/**
 * The rows in two columns, read top to bottom then left to right, values
 * lined up however wide they get; one column when two would not fit `width`.
 */
function grid(rows: Row[], paint: Painter, width: number): string[] {
  const w = { value: Math.max(5, ...rows.map((r) => widthOf(r.shown))), change: Math.max(3, ...rows.map((r) => widthOf(changeText(r)))) };
  const cellWidth = LABEL + w.value + 1 + w.change;
  const half = 2 + 2 * cellWidth + 2 <= width ? Math.ceil(rows.length / 2) : rows.length;
  const lines: string[] = [];
  for (let i = 0; i < half; i++) {
    const left = rows[i];
    const right = rows[i + half];
    if (left) lines.push(`  ${cell(left, w, paint)}${right ? `  ${cell(right, w, paint)}` : ''}`.trimEnd());
  }
  return lines;
}

function dayCharts(r: Report, paint: Painter): string[] {
  const lines = dayLines(r.daily);
  const out = ['', paint.bold(lines.daily ? sayReport.daysStrip : sayReport.daysPerWeek), ...lines.logged.map((l) => `  ${l}`)];
  if (lines.axis) out.push(paint.dim(`  ${lines.axis}`));
  if (r.thoughts.count === 0) return out;
  const pad = Math.max(sayReport.before.length, sayReport.after.length);
  out.push(
    '',
    paint.bold(lines.daily ? sayReport.beforeAfter : sayReport.beforeAfterLong),
    `  ${sayReport.before.padEnd(pad)}  ${lines.before}`,
    `  ${sayReport.after.padEnd(pad)}  ${paint.green(lines.after)}`,
  );
  if (lines.axis) out.push(paint.dim(`  ${' '.repeat(pad)}  ${lines.axis}`));
  return out;
}

function section(title: string, lines: string[], paint: Painter): string[] {
  return lines.length === 0 ? [] : ['', paint.bold(title), ...lines.map((l) => `  ${l}`)];
}

/** Words broken to fit a section's lines (indented by two); `bullet` before the first line. */
const fitted = (text: string, width: number, bullet = '') => wrapText(text, width - 2, { first: bullet, indent: ' '.repeat(widthOf(bullet)) });

/** One thought's belief path, its words wrapped under the words (or under the day, when the numbers leave too little room). */
function beliefLine(day: string, path: string, thought: string, width: number): string[] {
  const under = widthOf(sayRecord.beliefsLine(day, path, ''));
  return wrapText(sayRecord.beliefsLine(day, path, thought), width - 2, { indent: ' '.repeat(under <= (width - 2) / 2 ? under : 4) });
}

/** The care note or help pointer above the headline (its first words say what it is, so no heading: the page stays one page). */
function leadNotes(r: Report, width: number): string[] {
  return r.lead.flatMap((p) => [...wrapText(p, width, { first: '  ', indent: '  ' }), '']);
}

export function reportText(r: Report, paint: Painter, width = 80): string {
  const prev = r.previous;
  const traps = trapRows(r);
  const types = typeRows(r);
  const signs = signRows(r);
  const out = [
    paint.bold(sayReport.titleFor(r.days.total)),
    periodText(r),
    '',
    ...leadNotes(r, width),
    ...wrapText(r.headline, width, { first: '  ', indent: '  ' }).map((l) => paint.bold.cyan(l)),
    '',
    `${paint.bold(sayReport.numbersTitle)}  ${paint.dim(prev ? sayReport.comparedWith(periodText(prev)) : sayReport.noPrevious)}`,
    ...grid(reportRows(r), paint, width),
    ...dayCharts(r, paint),
    ...section(sayRecord.beliefsTitle, beliefLines(r).flatMap((b) => beliefLine(b.day.padEnd(10), b.path, b.thought, width)), paint),
    ...section(sayRecord.emotionsTitle, emotionLines(r), paint),
    ...recoveryText(r, paint, (l) => wrapText(l, width - 2, { indent: '  ' })),
    ...section(sayReport.trapsTitle, bars(traps, Math.max(0, ...traps.map((t) => t.count)), 12), paint),
    ...section(sayReport.typesTitle, types.length ? fitted(types.map((t) => `${t.label} ${t.count}`).join(' · '), width) : [], paint),
    ...section(sayReport.checklistTitle, bars(checklistRows(r), r.days.total, 14), paint),
    ...section(sayReport.signsTitle, signs.length ? fitted(signs.map((s) => `${s.label} ${s.count}`).join(' · '), width) : [], paint),
    ...section(sayReport.notesTitle, listedNotes(r).flatMap((n) => fitted(n, width, '• ')), paint),
  ];
  // Titles and lines laid out whole above are broken at words when the terminal is narrower, under their own indent.
  return out.flatMap((l) => (widthOf(l) <= width ? [l] : wrapText(l.trimStart(), width, { first: lead(l), indent: lead(l) }))).join('\n');
}

const lead = (line: string) => /^ */.exec(line)?.[0] ?? '';
