// `trust export`: the journal (or the entries `trust list` filters would
// show) as a journal file to import elsewhere, a Markdown document to read,
// or CSV for a spreadsheet. On stdout, or written atomically (mode 0600) to
// --out. An encrypted journal's export is plain text: the person is told.
import { resolve } from 'node:path';
import type { Context } from '../context.js';
import { current, type Current } from '../domain/corrections.js';
import type { Journal } from '../domain/types.js';
import { readCurrent } from './read-current.js';
import { filterEntries, type EntryFilter } from '../domain/entries.js';
import { journalOrder } from '../domain/merge.js';
import * as v from '../domain/validate.js';
import { errnoCode, JournalError, UsageError } from '../errors.js';
import { writeExport } from '../storage/export-temp.js';
import { sameFile } from '../storage/file.js';
import { identityOf } from '../storage/identity.js';
import { exactWantsFor, wantsFor } from '../storage/scan.js';
import { serialize } from '../storage/schema.js';
import { toCsv } from '../ui/export-csv.js';
import { toMarkdown } from '../ui/export-markdown.js';
import { saySync } from '../ui/messages-sync.js';
import { writeEscaped } from '../ui/terminal-text.js';
import { filterFromFlags, type ListOptions } from './list.js';

export const FORMATS = ['json', 'markdown', 'csv'] as const;

export interface ExportOptions extends ListOptions {
  format?: string;
  out?: string;
}

/**
 * The export's text in pieces, reading only what it needs: a journal file
 * of all entries (or of dates and kinds) is the journal's own lines; a
 * Markdown document looks at the whole journal. JSON comes `escaped`, as
 * serialize() writes it: nothing in it is left to neutralise.
 */
async function exported(format: (typeof FORMATS)[number], filter: EntryFilter, ctx: Context): Promise<{ pieces: Iterable<string>; count: number; escaped: boolean }> {
  const exact = format === 'json' ? exactWantsFor(filter) : undefined;
  const text = exact && (await ctx.store.readText(exact));
  if (text) return { ...text, escaped: true };
  // JSON is the journal as written (corrections as entries of their own, nothing lost); the others read as it is now.
  if (format === 'json') {
    const journal = await ctx.store.readSome(wantsFor(filter));
    const entries = filterEntries(journal.entries, filter).sort(journalOrder);
    return { pieces: [serialize({ ...journal, entries })], count: entries.length, escaped: true };
  }
  const { journal, entries: now } = format === 'markdown' ? await wholeNow(ctx) : await readCurrent(ctx, filter);
  const entries = filterEntries(now, filter).sort(journalOrder);
  const whole = format === 'markdown' ? toMarkdown(entries, now, journal.profile, ctx.today) : toCsv(entries);
  return { pieces: [whole], count: entries.length, escaped: false };
}

async function wholeNow(ctx: Context): Promise<{ journal: Journal; entries: Current[] }> {
  const journal = await ctx.store.read();
  return { journal, entries: current(journal.entries) };
}

export async function exportJournal(opts: ExportOptions, ctx: Context): Promise<void> {
  const filter = filterFromFlags(opts);
  const format = v.oneOf('--format', opts.format ?? 'json', FORMATS);
  const out = opts.out === undefined ? undefined : resolve(opts.out);
  if (out && (await sameFile(out, ctx.file))) throw new UsageError(saySync.outIsJournal(opts.out ?? out));

  const { pieces, count, escaped } = await exported(format, filter, ctx);
  const encrypted = ctx.store.adapter.codec.encrypted;

  if (!out) {
    for (const piece of pieces) {
      if (escaped) writeEscaped(ctx.deps.stdout, piece);
      else ctx.deps.stdout.write(piece);
    }
    if (encrypted) ctx.deps.stderr.write(`trust: ${saySync.plaintext}\n`);
    return;
  }
  try {
    // An --out that is a link was named by the person: written through, like the journal.
    await writeExport(ctx.store.real, identityOf(out), Buffer.from([...pieces].join(''), 'utf8'), out);
  } catch (e) {
    // writeAtomic speaks of "the journal"; this file is the export.
    if (!(e instanceof JournalError)) throw e;
    const code = errnoCode(e.cause) ?? e.message;
    throw new JournalError(saySync.cannotWriteOut(out, code), saySync.hintOut, { cause: e });
  }
  ctx.print(saySync.exported(count, opts.out ?? out));
  if (encrypted) ctx.print(saySync.plaintext);
}
