// The report as one self-contained HTML file: inline CSS, inline SVG, no
// scripts and no outside resources (it may be opened offline, printed, or
// handed to a therapist), with a print stylesheet.
import type { Report } from '../domain/report.js';
import { sayReport } from './messages-report.js';
import { leadHeading, listedNotes } from './report-lead.js';
import { changeOf, checklistRows, groupedRows, periodText, signRows, trapRows, typeRows, type Row } from './report-rows.js';
import { beliefLines, emotionLines } from './report-record.js';
import { sayRecord } from './messages-answer.js';
import { barChart, beliefChart, daysChart, esc } from './report-svg.js';
import { recoverySection } from './report-recovery.js';
import { sayRecoveryReport } from './messages-recovery.js';

const CSS = `
:root {
  color-scheme: light dark;
  --ink: #2b2a28; --soft: #6f6a62; --line: #e4ded4; --paper: #fbf8f3; --card: #fff; --track: #efe9df;
  --before: #c9bfae; --after: #2f7f78; --warm: #b5653b; --on: #fff;
}
@media (prefers-color-scheme: dark) {
  :root {
    --ink: #ebe6dd; --soft: #aaa296; --line: #3b3732; --paper: #1b1917; --card: #25221f; --track: #35312c;
    --before: #7a7165; --after: #5dbcb1; --warm: #e0936a; --on: #0e1d1c;
  }
}
* { box-sizing: border-box; }
body { margin: 0; background: var(--paper); color: var(--ink); font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
main { max-width: 860px; margin: 0 auto; padding: 32px 28px 48px; }
@media (max-width: 480px) { main { padding: 18px 12px 32px; } body { font-size: 15px; } }
h1 { font-size: 1.7rem; margin: 0; }
h2 { font-size: 1.1rem; margin: 1.6rem 0 .5rem; border-bottom: 1px solid var(--line); padding-bottom: .3rem; }
.period { color: var(--soft); margin: .2rem 0 1.2rem; }
.care { background: var(--card); border: 1px solid var(--line); border-left: 6px solid var(--warm); padding: 6px 18px 10px; border-radius: 6px; margin: 0 0 1.2rem; }
.care h2 { border: 0; margin: .6rem 0 .2rem; }
.headline { font-size: 1.35rem; font-weight: 650; background: var(--card); border-left: 6px solid var(--after); padding: 14px 18px; border-radius: 6px; margin: 0; }
.compare { color: var(--soft); font-size: .9rem; margin: 0 0 .5rem; }
.numbers { display: grid; grid-template-columns: repeat(auto-fit, minmax(min(100%, 330px), 1fr)); gap: 0 24px; align-items: start; }
table { border-collapse: collapse; width: 100%; font-variant-numeric: tabular-nums; font-size: .9rem; }
th, td { padding: 2px 6px; border-bottom: 1px solid var(--line); text-align: right; }
th:first-child, td:first-child { text-align: left; }
thead th { color: var(--soft); font-weight: 600; font-size: .75rem; border: 0; padding-top: 8px; }
.up, .down, .same { font-weight: 600; color: var(--soft); }
tr.group th { text-align: left; color: var(--ink); font-size: .9rem; padding-top: 4px; border-bottom: 2px solid var(--line); }
code { font-family: ui-monospace, Menlo, Consolas, monospace; font-size: .9em; background: var(--track); padding: 1px 5px; border-radius: 4px; }
svg { width: 100%; height: auto; display: block; color: var(--ink); }
svg .axis { font-size: 12px; fill: var(--soft); }
svg .label { font-size: 13px; fill: currentColor; }
svg .grid { stroke: var(--line); stroke-width: 1; }
svg .before { fill: var(--before); }
svg .after { fill: var(--after); }
svg .logged { fill: var(--after); }
svg .missed { fill: var(--card); stroke: var(--soft); stroke-width: 1.5; }
svg .daynum { font-size: 12px; fill: var(--soft); }
svg .daynum.on { fill: var(--on); }
svg .track { fill: var(--track); }
svg .bar { fill: var(--warm); }
.charts { display: grid; grid-template-columns: repeat(auto-fit, minmax(min(100%, 340px), 1fr)); gap: 0 24px; align-items: start; }
.legend span { display: inline-block; width: 12px; height: 12px; border-radius: 2px; margin: 0 4px -1px 12px; }
.legend .b { background: var(--before); } .legend .a { background: var(--after); }
ul.notes { padding-left: 1.2rem; } ul.notes li { margin: .35rem 0; }
.types { margin: 0; }
footer { margin-top: 2.5rem; color: var(--soft); font-size: .85rem; border-top: 1px solid var(--line); padding-top: .8rem; }
@media print {
  @page { size: A4; margin: 12mm; }
  :root { --ink: #2b2a28; --soft: #5f5a52; --line: #ddd6ca; --paper: #fff; --card: #fff; --track: #efe9df; --before: #c9bfae; --after: #2f7f78; --warm: #b5653b; --on: #fff; }
  body { background: #fff; font-size: 9.5pt; line-height: 1.35; }
  main { max-width: none; padding: 0; }
  h1 { font-size: 15pt; } h2 { font-size: 10.5pt; margin: .9rem 0 .3rem; }
  .headline { font-size: 11pt; padding: 6px 12px; border: 1px solid var(--line); border-left: 6px solid var(--after); }
  .care { padding: 2px 12px 4px; }
  .numbers { grid-template-columns: 1fr 1fr; }
  table { font-size: 8.5pt; }
  .charts { grid-template-columns: 1fr 1fr; }
  svg { max-height: 60mm; width: auto; max-width: 100%; }
  table, svg, .care, .headline { break-inside: avoid; page-break-inside: avoid; }
  h2 { break-after: avoid; page-break-after: avoid; }
  footer { margin-top: 1rem; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
`;

function rowHtml(row: Row): string {
  const c = changeOf(row);
  const cls = c ? (c.arrow === '↑' ? 'up' : c.arrow === '↓' ? 'down' : 'same') : '';
  return `<tr data-key="${row.key}"><td>${esc(row.label)}</td><td>${esc(row.shown)}</td><td>${esc(row.shownBefore ?? '–')}</td><td class="${cls}">${c ? esc(`${c.arrow}${c.by}`) : ''}</td></tr>`;
}

/** One small table a group, side by side where the page is wide enough (one under another on a phone). */
function numbersTable(r: Report): string {
  const c = sayReport.column;
  const head = `<thead><tr><th><span hidden>${c.what}</span></th><th>${c.now}</th><th>${c.before}</th><th>${c.change}</th></tr></thead>`;
  const tables = groupedRows(r).map((g) => `<table>${head}<tbody><tr class="group"><th colspan="4">${esc(g.title)}</th></tr>${g.rows.map(rowHtml).join('')}</tbody></table>`);
  return `<div class="numbers">${tables.join('')}</div>`;
}

/** `command` in a note becomes <code>command</code> (the text is already escaped). */
const withCode = (html: string) => html.replace(/`([^`]+)`/g, '<code>$1</code>');

const section = (title: string, body: string) => `<section><h2>${esc(title)}</h2>${body}</section>`;

export function reportHtml(r: Report, today: string): string {
  const prev = r.previous;
  const traps = trapRows(r);
  const types = typeRows(r);
  const signs = signRows(r);
  const notes = listedNotes(r);
  const heading = leadHeading(r);
  // What people keep the page for comes first: care, the headline, the notes and their own thoughts; the numbers after.
  const parts = [
    `<h1>${esc(sayReport.titleFor(r.days.total))}</h1>`,
    `<p class="period">${esc(periodText(r))}</p>`,
    heading ? `<section class="care" role="note"><h2>${esc(heading)}</h2>${r.lead.map((p) => `<p>${withCode(esc(p))}</p>`).join('')}</section>` : '',
    `<p class="headline">${esc(r.headline)}</p>`,
    notes.length ? section(sayReport.notesTitle, `<ul class="notes">${notes.map((n) => `<li>${withCode(esc(n))}</li>`).join('')}</ul>`) : '',
    r.beliefs.length
      ? section(sayRecord.beliefsTitle, `<ul class="beliefs">${beliefLines(r).map((b) => `<li>${esc(b.day)}: <b>${esc(b.path.replace(/ +/g, ' ').trim())}</b> ${esc(b.thought)}</li>`).join('')}</ul>`)
      : '',
    Object.keys(r.emotions).length ? section(sayRecord.emotionsTitle, `<ul class="feelings">${emotionLines(r).map((l) => `<li>${esc(l)}</li>`).join('')}</ul>`) : '',
    recovery(r),
    section(sayReport.numbersTitle, `<p class="compare">${esc(prev ? sayReport.previousPeriod(periodText(prev)) : sayReport.noPrevious)}</p>${numbersTable(r)}`),
    '<div class="charts">',
    section(sayReport.daysStrip, daysChart(r.daily, sayReport.daysStrip)),
    r.thoughts.count > 0
      ? section(sayReport.beforeAfter, `<p class="legend"><span class="b"></span>${sayReport.before}<span class="a"></span>${sayReport.after}</p>${beliefChart(r.daily, sayReport.beforeAfter)}`)
      : '',
    traps.length ? section(sayReport.trapsTitle, barChart(traps, Math.max(...traps.map((t) => t.count)), sayReport.trapsTitle)) : '',
    section(sayReport.checklistTitle, barChart(checklistRows(r), r.days.total, sayReport.checklistTitle)),
    '</div>',
    types.length ? section(sayReport.typesTitle, `<p class="types">${types.map((t) => `${esc(t.label)} <b>${t.count}</b>`).join(' · ')}</p>`) : '',
    signs.length ? section(sayReport.signsTitle, `<p class="types">${signs.map((s) => `${esc(s.label)} <b>${s.count}</b>`).join(' · ')}</p>`) : '',
    `<footer>${esc(sayReport.notTherapy)} ${esc(sayReport.generated(today))}</footer>`,
  ];
  return [
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    // Both themes are the page's own, so a browser's forced dark mode does not repaint (and hide) the charts.
    '<meta name="color-scheme" content="light dark">',
    // Nothing may load from outside: the report holds private words.
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`,
    `<title>${esc(`${sayReport.titleFor(r.days.total)}: ${periodText(r)}`)}</title>`,
    `<style>${CSS}</style>`,
    '</head>',
    '<body><main>',
    ...parts.filter(Boolean),
    '</main></body>',
    '</html>',
  ].join('\n');
}

/** Triggers and requests after an affair (report-recovery.ts), when the period has any. */
function recovery(r: Report): string {
  const s = recoverySection(r);
  if (!s) return '';
  const chart = s.bars.length ? barChart(s.bars, Math.max(1, ...s.bars.map((b) => b.count)), sayRecoveryReport.strip) : '';
  return section(s.title, `<ul class="notes">${s.sentences.map((l) => `<li>${withCode(esc(l))}</li>`).join('')}</ul>${chart}`);
}
