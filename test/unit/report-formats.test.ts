// Every format shows the same numbers: each row of the report (this period,
// the one before, the change), the counts behind the charts, the headline
// and the notes.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Chalk } from 'chalk';
import { describe, expect, it } from 'vitest';
import { buildReport } from '../../src/domain/report.js';
import type { Journal } from '../../src/domain/types.js';
import { reportHtml } from '../../src/ui/report-html.js';
import { reportMarkdown } from '../../src/ui/report-markdown.js';
import { changeText, checklistRows, reportRows, trapRows, typeRows } from '../../src/ui/report-rows.js';
import { reportText } from '../../src/ui/report-text.js';

const fixture = JSON.parse(readFileSync(join(import.meta.dirname, '../fixtures/report-weeks.json'), 'utf8')) as Journal;
const r = buildReport(fixture.entries, { from: '2026-10-26', to: '2026-11-01' }, { partner: 'Sam' });
const plain = new Chalk({ level: 0 });
const text = reportText(r, plain);
const markdown = reportMarkdown(r, '2026-11-20');
const html = reportHtml(r, '2026-11-20');
const rows = reportRows(r);
const re = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

describe('the rows every format shows', () => {
  it('hold the report numbers and the week before', () => {
    const byKey = Object.fromEntries(rows.map((row) => [row.key, [row.shown, row.shownBefore, changeText(row)]]));
    expect(byKey).toMatchObject({
      daysLogged: ['5/7', '4/7', '↑1'],
      // The current run is never compared: one missed day would read as a loss of all of it.
      streak: ['3', '2', ''],
      longest: ['5', '5', '='],
      thoughts: ['4', '2', '↑2'],
      beliefBefore: ['75', '75', '='],
      beliefAfter: ['53', '65', '↓12'],
      planned: ['5', '2', '↑3'],
      reviewed: ['4', '1', '↑3'],
      done: ['2', '1', '↑1'],
      partly: ['1', '0', '↑1'],
      notDone: ['1', '0', '↑1'],
      open: ['1', '1', '='],
      talked: ['3', '1', '↑2'],
      tested: ['3', '1', '↑2'],
      cameTrue: ['0', '1', '↓1'],
      cameTruePartly: ['1', '0', '↑1'],
      didNot: ['2', '0', '↑2'],
      safety: ['6.3', '3', '↑3.3'],
      gratitude: ['5', '3', '↑2'],
      jarAdded: ['2', '1', '↑1'],
      jarRemoved: ['1', '0', '↑1'],
      exercises: ['1', '0', '↑1'],
      checks: ['1', '0', '↑1'],
    });
  });

  it('show a dash, not NaN, where there is nothing to compare', () => {
    const empty = reportRows(buildReport([], { from: '2026-10-26', to: '2026-11-01' }));
    expect(empty.find((row) => row.key === 'beliefAfter')).toMatchObject({ shown: '–', shownBefore: null });
    expect(empty.map(changeText).every((c) => c === '')).toBe(true);
  });
});

describe.each([
  // A cell at the end of a line has its trailing space trimmed.
  ['text', text, (label: string, now: string, _before: string, change: string) => new RegExp(`${re(label)}\\s+${re(now)}( ${re(change)}|$)`, 'm')],
  ['markdown', markdown, (label: string, now: string, before: string, change: string) => new RegExp(`\\| ${re(label)} \\| ${re(now)} \\| ${re(before)} \\| ${re(change || ' ')} \\|`)],
  ['html', html, (label: string, now: string, before: string, change: string) => new RegExp(`<td>${re(label)}</td><td>${re(now)}</td><td>${re(before)}</td><td[^>]*>${re(change)}</td>`)],
])('%s', (_name, out, rowPattern) => {
  it('has every row with its value (and, where there is room, the value before) and the change', () => {
    for (const row of rows) expect(out).toMatch(rowPattern(row.label, row.shown, row.shownBefore ?? '–', changeText(row)));
  });

  it('leads with the feared-versus-actual headline', () => {
    const at = out.indexOf(r.headline);
    expect(at).toBeGreaterThan(-1);
    expect(at).toBeLessThan(out.indexOf('Days written'));
  });

  it('has the period, the traps, trust types and checklist counts', () => {
    expect(out).toContain('Mon 26 Oct 2026 – Sun 1 Nov 2026');
    for (const item of [...trapRows(r), ...typeRows(r), ...checklistRows(r)]) expect(out).toMatch(new RegExp(`${re(item.label)}\\b[^\\n]*?\\b${item.count}\\b`));
  });

  it('has every note, the care note (with the pointer to help) before the headline', () => {
    const flat = out.replace(/\s+/g, ' ').replace(/&#39;/g, "'").replace(/&quot;/g, '"').replace(/<\/?code>/g, '`');
    for (const note of r.notes) expect(flat).toContain(note.replace(/\s+/g, ' '));
    expect(r.lead).toHaveLength(1);
    expect(flat.indexOf(r.lead[0] ?? '?')).toBeLessThan(flat.indexOf(r.headline));
    expect(flat).toMatch(/self-check found several warning signs/);
  });
});

describe('text', () => {
  it('fits a terminal page and is plain without colour', () => {
    const lines = text.split('\n');
    // About a page: the numbers, the charts, one line a thought (four here) and the notes.
    expect(lines.length).toBeLessThan(72);
    expect(Math.max(...lines.map((l) => l.length))).toBeLessThanOrEqual(80);
    expect(text).not.toMatch(/\u001b\[/);
  });

  it('colours only through the painter it is given', () => {
    expect(reportText(r, new Chalk({ level: 1 }))).toMatch(/\u001b\[1m/);
  });

  it('draws the week as a strip with the gap days, and beliefs as sparklines', () => {
    expect(text).toContain('●●○○●●●');
    expect(text).toContain('MTWTFSS');
    expect(text).toMatch(/before\s+█▇··▅▆·/);
    expect(text).toMatch(/after\s+▆···▄▅·/);
  });
});

describe('html', () => {
  it('is one self-contained file: no scripts, no outside resources', () => {
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).not.toMatch(/<script|<link|<img|<iframe|@import|url\(|\bsrc=|\bhref=/i);
    expect(html).toContain("default-src 'none'");
    expect(html.match(/<svg /g)?.length).toBeGreaterThanOrEqual(3);
  });

  it('shows commands in notes as code, and the numbers in groups', () => {
    expect(html).toMatch(/<code>trust [a-z]+<\/code>/);
    expect(html).toMatch(/<tr class="group"><th colspan="4">Small steps<\/th><\/tr><tr data-key="planned">/);
  });

  it('prints well: a print stylesheet', () => {
    expect(html).toMatch(/@media print/);
    expect(html).toMatch(/@page/);
  });

  it('escapes words that come from the journal', () => {
    const out = reportHtml(buildReport(fixture.entries, { from: '2026-10-26', to: '2026-11-01' }, { partner: '<b>Sam</b> & "co"' }), '2026-11-20');
    expect(out).not.toContain('<b>Sam</b>');
    expect(out).toContain('&lt;b&gt;Sam&lt;/b&gt; &amp; &quot;co&quot;');
  });
});
