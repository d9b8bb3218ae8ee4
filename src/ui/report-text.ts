// The report as one terminal page: the headline, the numbers with their
// change against the period before, small charts, and the notes. Colour
// only through the painter it is given.
import type { Report } from '../domain/report.js';
import { bars } from './charts.js';
import { dayLines } from './report-days.js';
import { words } from './messages-report.js';
import { listedNotes } from './report-lead.js';
import type { Painter } from './render.js';
import { beliefLines, emotionLines } from './report-record.js';
import { recordWords } from './messages-answer.js';
import { changeText, checklistRows, periodText, reportRows, signRows, trapRows, typeRows, type Row } from './report-rows.js';
import { recoveryText } from './report-recovery.js';

const LABEL = 22;

interface Widths { value: number; change: number }

function cell(row: Row, w: Widths, paint: Painter): string {
  return `${row.label.padEnd(LABEL)}${row.shown.padStart(w.value)} ${paint.dim(changeText(row).padEnd(w.change))}`;
}

/** The rows in two columns, read top to bottom then left to right, values lined up however wide they get. */
function grid(rows: Row[], paint: Painter): string[] {
  const w = { value: Math.max(5, ...rows.map((r) => r.shown.length)), change: Math.max(3, ...rows.map((r) => changeText(r).length)) };
  const half = Math.ceil(rows.length / 2);
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
  const out = ['', paint.bold(lines.daily ? words.daysStrip : words.daysPerWeek), ...lines.logged.map((l) => `  ${l}`)];
  if (lines.axis) out.push(paint.dim(`  ${lines.axis}`));
  if (r.thoughts.count === 0) return out;
  const pad = Math.max(words.before.length, words.after.length);
  out.push(
    '',
    paint.bold(lines.daily ? words.beforeAfter : words.beforeAfterLong),
    `  ${words.before.padEnd(pad)}  ${lines.before}`,
    `  ${words.after.padEnd(pad)}  ${paint.green(lines.after)}`,
  );
  if (lines.axis) out.push(paint.dim(`  ${' '.repeat(pad)}  ${lines.axis}`));
  return out;
}

function section(title: string, lines: string[], paint: Painter): string[] {
  return lines.length === 0 ? [] : ['', paint.bold(title), ...lines.map((l) => `  ${l}`)];
}

/** The care note or help pointer above the headline (its first words say what it is, so no heading: the page stays one page). */
function lead(r: Report, width: number): string[] {
  return r.lead.flatMap((p) => [...wrap(p, width - 2, '  ').map((l, i) => (i === 0 ? `  ${l}` : l)), '']);
}

export function reportText(r: Report, paint: Painter, width = 80): string {
  const prev = r.previous;
  const traps = trapRows(r);
  const types = typeRows(r);
  const signs = signRows(r);
  const out = [
    paint.bold(words.titleFor(r.days.total)),
    periodText(r),
    '',
    ...lead(r, width),
    `  ${paint.bold.cyan(r.headline)}`,
    '',
    `${paint.bold(words.numbersTitle)}  ${paint.dim(prev ? words.comparedWith(periodText(prev)) : words.noPrevious)}`,
    ...grid(reportRows(r), paint),
    ...dayCharts(r, paint),
    ...section(recordWords.beliefsTitle, beliefLines(r).map((b) => recordWords.beliefsLine(b.day.padEnd(10), b.path, b.thought)), paint),
    ...section(recordWords.emotionsTitle, emotionLines(r), paint),
    ...recoveryText(r, paint, (l) => wrap(l, width - 2, '  ')),
    ...section(words.trapsTitle, bars(traps, Math.max(0, ...traps.map((t) => t.count)), 12), paint),
    ...section(words.typesTitle, types.length ? [types.map((t) => `${t.label} ${t.count}`).join(' · ')] : [], paint),
    ...section(words.checklistTitle, bars(checklistRows(r), r.days.total, 14), paint),
    ...section(words.signsTitle, signs.length ? [signs.map((s) => `${s.label} ${s.count}`).join(' · ')] : [], paint),
    ...section(words.notesTitle, listedNotes(r).flatMap((n) => wrap(`• ${n}`, width - 2, '  ')), paint),
  ];
  return out.join('\n');
}

/** Runs of text without spaces, where a `command` in backticks counts as one word however many spaces it holds. */
const WORDS = /(?:`[^`]*`|[^ `]+|`)+/g;

/** Breaks text at spaces so no line passes `width` (a `command` is never split); later lines start with `indent`. */
export function wrap(text: string, width: number, indent = ''): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.match(WORDS) ?? []) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = indent + word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}
