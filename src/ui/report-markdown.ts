// The report as a markdown document to keep or share (with a partner or a
// therapist): the same headline, numbers, charts and notes as the terminal
// page, with tables instead of a grid.
import type { Report } from '../domain/report.js';
import { words } from './messages-report.js';
import { dayLines } from './report-days.js';
import { leadHeading, listedNotes } from './report-lead.js';
import { beliefLines, emotionLines } from './report-record.js';
import { recordWords } from './messages-answer.js';
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
      : ['', `## ${days.daily ? words.beforeAfter : words.beforeAfterLong}`, '', '```text', `${words.before.padEnd(6)}  ${days.before}`, `${words.after.padEnd(6)}  ${days.after}`, ...(days.axis ? [`${''.padEnd(6)}  ${days.axis}`] : []), '```'];
  const numberRows = groupedRows(r).flatMap((g) => [[`**${g.title}**`, '', '', ''], ...g.rows.map((row) => [row.label, row.shown, row.shownBefore ?? '–', changeText(row) || ' '])]);
  const out = [
    `# ${words.titleFor(r.days.total)}`,
    '',
    `**${periodText(r)}**`,
    '',
    ...lead(r),
    `> **${mdEscape(r.headline)}**`,
    '',
    `## ${words.numbersTitle}`,
    '',
    `_${prev ? words.previousPeriod(periodText(prev)) : words.noPrevious}._`,
    '',
    ...table([words.column.what, words.column.now, words.column.before, words.column.change], numberRows, ['---', '---:', '---:', ':---:']),
    '',
    `## ${days.daily ? words.daysStrip : words.daysPerWeek}`,
    '',
    '```text',
    ...chart,
    '```',
    ...beliefs,
    ...(r.beliefs.length ? ['', `## ${recordWords.beliefsTitle}`, '', ...beliefLines(r).map((b) => `- ${b.day}: \`${b.path.replace(/ +/g, ' ').trim()}\` ${mdEscape(b.thought)}`)] : []),
    ...(Object.keys(r.emotions).length ? ['', `## ${recordWords.emotionsTitle}`, '', ...emotionLines(r).map((l) => `- ${mdEscape(l)}`)] : []),
    ...recovery(r),
    ...counts(words.trapsTitle, trapRows(r), 'times'),
    ...counts(words.typesTitle, typeRows(r), 'times'),
    ...counts(words.checklistTitle, checklistRows(r), `days of ${r.days.total}`),
    ...counts(words.signsTitle, signRows(r), 'times'),
    '',
    `## ${words.notesTitle}`,
    '',
    ...listedNotes(r).map((n) => `- ${n}`),
    '',
    '---',
    '',
    `_${words.notTherapy} ${words.generated(today)}_`,
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
