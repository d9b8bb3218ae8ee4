// `trust export`: the journal (or the entries `trust list` filters would
// show) as a journal file to import elsewhere, a Markdown document to read,
// or CSV for a spreadsheet. On stdout, or written atomically (mode 0600) to
// --out. An encrypted journal's export is plain text: the person is told.
import { resolve } from 'node:path';
import { current } from '../domain/corrections.js';
import type { Context } from '../context.js';
import { filterEntries } from '../domain/entries.js';
import { journalOrder } from '../domain/merge.js';
import * as v from '../domain/validate.js';
import { JournalError, UsageError } from '../errors.js';
import { writeExport } from '../storage/export-temp.js';
import { sameFile } from '../storage/file.js';
import { identityOf } from '../storage/identity.js';
import { serialize } from '../storage/schema.js';
import { toCsv } from '../ui/export-csv.js';
import { toMarkdown } from '../ui/export-markdown.js';
import { sync } from '../ui/messages-sync.js';
import { escapeJson } from '../ui/terminal-text.js';
import { filterFromFlags, type ListOptions } from './list.js';

export const FORMATS = ['json', 'markdown', 'csv'] as const;

export interface ExportOptions extends ListOptions {
  format?: string;
  out?: string;
}

export async function exportJournal(opts: ExportOptions, ctx: Context): Promise<void> {
  const filter = filterFromFlags(opts);
  const format = v.oneOf('--format', opts.format ?? 'json', FORMATS);
  const out = opts.out === undefined ? undefined : resolve(opts.out);
  if (out && (await sameFile(out, ctx.file))) throw new UsageError(sync.outIsJournal(opts.out ?? out));

  const journal = await ctx.store.read();
  // JSON is the journal as written (corrections as their own entries, nothing lost); the others read as it is now.
  const now = format === 'json' ? journal.entries : current(journal.entries);
  const entries = filterEntries(now, filter).sort(journalOrder);
  const text =
    format === 'json' ? escapeJson(serialize({ ...journal, entries }))
    : format === 'markdown' ? toMarkdown(entries, now, journal.profile, ctx.today)
    : toCsv(entries);
  const encrypted = ctx.store.adapter.codec.encrypted;

  if (!out) {
    ctx.deps.stdout.write(text);
    if (encrypted) ctx.deps.stderr.write(`trust: ${sync.plaintext}\n`);
    return;
  }
  try {
    // An --out that is a link was named by the person: written through, like the journal.
    await writeExport(ctx.store.real, identityOf(out), Buffer.from(text, 'utf8'), out);
  } catch (e) {
    // writeAtomic speaks of "the journal"; this file is the export.
    if (!(e instanceof JournalError)) throw e;
    const code = (e.cause as NodeJS.ErrnoException | undefined)?.code ?? e.message;
    throw new JournalError(sync.cannotWriteOut(out, code), sync.hintOut, { cause: e });
  }
  ctx.print(sync.exported(entries.length, opts.out ?? out));
  if (encrypted) ctx.print(sync.plaintext);
}
