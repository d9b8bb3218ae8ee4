// `trust report`: the weekly summary in text (default), markdown, json or
// html. Flags are checked before the journal is read; the report reads only
// the entries of its window (Store.readSpan) and writes nothing. At a
// terminal, the weekly self-check offered afterwards may save a check entry.
import { current } from '../domain/corrections.js';
import type { Context } from '../context.js';
import { buildReport, reportWindow } from '../domain/report.js';
import { careWindow } from '../domain/report-care.js';
import { resolvePeriod } from '../domain/report-period.js';
import { UsageError } from '../errors.js';
import { sayCareReport } from '../ui/messages-care-report.js';
import { sayReport } from '../ui/messages-report.js';
import { reportWords } from '../ui/messages-notes.js';

export const FORMATS = ['text', 'markdown', 'json', 'html'] as const;
export type Format = (typeof FORMATS)[number];

export interface ReportOptions {
  week?: string;
  since?: string;
  until?: string;
  format?: string;
  json?: boolean;
}

export function formatFrom(o: ReportOptions): Format {
  if (o.json && o.format !== undefined && o.format !== 'json') throw new UsageError(sayReport.formatAndJson(o.format));
  if (o.json) return 'json';
  const format = o.format ?? 'text';
  // commander checks the choices already; this guards direct calls.
  if (!isFormat(format)) throw new UsageError(sayReport.badFormat(format, FORMATS));
  return format;
}

const isFormat = (f: string): f is Format => FORMATS.some((known) => known === f);

export async function report(opts: ReportOptions, ctx: Context): Promise<void> {
  const format = formatFrom(opts);
  const period = resolvePeriod(opts, ctx.today);
  // Wide enough for the care picture too (an open concern, lasting distress).
  const window = careWindow(reportWindow(period));
  const { journal, earlierLogDays, hasEarlier } = await ctx.store.readSpan(window.from, window.to);
  // Corrections applied (trust edit): the report reads the current text.
  const facts = buildReport(current(journal.entries), period, { partner: journal.profile.partner, role: journal.profile.role }, { logDays: earlierLogDays, any: hasEarlier });
  // The domain observes; here its facts become the sentences every format and the JSON show.
  const r = reportWords(facts);

  if (format === 'json') return ctx.json(r);
  // A page or a document may be shown to someone, and a partner who frightens
  // them must not learn what the journal noticed: said before it is written.
  const shareable = format === 'markdown' || format === 'html';
  if (shareable && (r.care.level === 'crisis' || r.care.level === 'danger')) ctx.deps.stderr.write(`${sayCareReport.beforeSharing}\n`);
  if (format === 'markdown') {
    const { reportMarkdown } = await import('../ui/report-markdown.js');
    return ctx.print(reportMarkdown(r, ctx.today));
  }
  if (format === 'html') {
    const { reportHtml } = await import('../ui/report-html.js');
    return ctx.print(reportHtml(r, ctx.today));
  }
  const { reportText } = await import('../ui/report-text.js');
  const { columnsOf } = await import('../ui/fit.js');
  ctx.print(reportText(r, ctx.paint, Math.min(columnsOf(ctx.deps.stdout, ctx.deps.env), 100)));
  if (ctx.interactive) await (await import('./self-check.js')).offerSelfCheck(ctx);
}
