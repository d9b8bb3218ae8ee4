// The report as a markdown document to keep or share (with a partner or a
// therapist): the same headline, numbers, charts and notes as the terminal
// page, with tables instead of a grid.
import type { Report } from '../domain/report.js';
import { sayReport } from './messages-report.js';
import { dayLines } from './report-days.js';
import { leadHeading, listedNotes } from './report-lead.js';
import { beliefLines, emotionLines } from './report-record.js';
import { sayRecord } from './messages-answer.js';
import { changeText, checklistRows, groupedRows, periodText, signRows, trapRows, typeRows } from './report-rows.js';
import { recoverySection } from './report-recovery.js';
import { sayRecoveryReport } from './messages-recovery.js';

/** Escapes the characters that would break a table cell or start markup. */
function mdEscape(text: string): string {
  return text.replace(/([\\|*_`[\]<>#])/g, '\\$1');
}

function table(head: string[], rows: string[][], align: string[]): string[] {
  return [`| ${head.join(' | ')} |`, `|${align.join('|')}|`, ...rows.map((r) => `| ${r.join(' | ')} |`)];
}

function counts(title: string, items: { label: string; count: number }[], unit: string): string[] {
  if (items.length === 0) return [];
  return ['', `## ${title}`, '', ...table(['', unit], items.map((i) => [mdEscape(i.label), String(i.count)]), ['---', '---:'])];
}

/** The care note or help pointer as a section of its own above the headline (our words, with `commands` kept as code). */
function lead(r: Report): string[] {
  const heading = leadHeading(r);
  return heading ? [`## ${heading}`, '', ...r.lead.flatMap((p) => [p, ''])] : [];
}

export function reportMarkdown(r: Report, today: string): string {
  const prev = r.previous;
  const days = dayLines(r.daily);
  const chart = [...days.logged, ...(days.axis ? [days.axis] : [])];
  const beliefs =
    r.thoughts.count === 0
      ? []
      : ['', `## ${days.daily ? sayReport.beforeAfter : sayReport.beforeAfterLong}`, '', '```text', `${sayReport.before.padEnd(6)}  ${days.before}`, `${sayReport.after.padEnd(6)}  ${days.after}`, ...(days.axis ? [`${''.padEnd(6)}  ${days.axis}`] : []), '```'];
  const numberRows = groupedRows(r).flatMap((g) => [[`**${g.title}**`, '', '', ''], ...g.rows.map((row) => [row.label, row.shown, row.shownBefore ?? '–', changeText(row) || ' '])]);
  const out = [
    `# ${sayReport.titleFor(r.days.total)}`,
    '',
    `**${periodText(r)}**`,
    '',
    ...lead(r),
    `> **${mdEscape(r.headline)}**`,
    '',
    `## ${sayReport.numbersTitle}`,
    '',
    `_${prev ? sayReport.previousPeriod(periodText(prev)) : sayReport.noPrevious}._`,
    '',
    ...table([sayReport.column.what, sayReport.column.now, sayReport.column.before, sayReport.column.change], numberRows, ['---', '---:', '---:', ':---:']),
    '',
    `## ${days.daily ? sayReport.daysStrip : sayReport.daysPerWeek}`,
    '',
    '```text',
    ...chart,
    '```',
    ...beliefs,
    ...(r.beliefs.length ? ['', `## ${sayRecord.beliefsTitle}`, '', ...beliefLines(r).map((b) => `- ${b.day}: \`${b.path.replace(/ +/g, ' ').trim()}\` ${mdEscape(b.thought)}`)] : []),
    ...(Object.keys(r.emotions).length ? ['', `## ${sayRecord.emotionsTitle}`, '', ...emotionLines(r).map((l) => `- ${mdEscape(l)}`)] : []),
    ...recovery(r),
    ...counts(sayReport.trapsTitle, trapRows(r), 'times'),
    ...counts(sayReport.typesTitle, typeRows(r), 'times'),
    ...counts(sayReport.checklistTitle, checklistRows(r), `days of ${r.days.total}`),
    ...counts(sayReport.signsTitle, signRows(r), 'times'),
    '',
    `## ${sayReport.notesTitle}`,
    '',
    ...listedNotes(r).map((n) => `- ${n}`),
    '',
    '---',
    '',
    `_${sayReport.notTherapy} ${sayReport.generated(today)}_`,
  ];
  return out.join('\n');
}

/** Triggers and requests after an affair (report-recovery.ts), when the period has any. */
function recovery(r: Report): string[] {
  const s = recoverySection(r);
  if (!s) return [];
  const chart = s.strip.length ? ['', `**${sayRecoveryReport.strip}**`, '', '```text', ...s.strip, ...(s.axis ? [s.axis] : []), '```'] : [];
  // Escaped for the quoted request words; a command in backticks becomes code again.
  return ['', `## ${s.title}`, '', ...s.sentences.map((l) => `- ${mdEscape(l).replace(/\\`([^`]+?)\\`/g, '`$1`')}`), ...chart];
}
