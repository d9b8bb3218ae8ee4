// `trust import <file>`: merges another copy of the journal (a sync tool's
// conflict copy, a backup, an export) into this one by entry id. The other
// copy is only read; ours is written once, under the lock, and only when the
// merge brings something new.
import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Context } from '../context.js';
import { shortId } from '../domain/entries.js';
import { mergeJournals, type MergeResult } from '../domain/merge.js';
import type { Journal } from '../domain/types.js';
import { JournalError, UsageError } from '../errors.js';
import { readBytes } from '../storage/file.js';
import { Store } from '../storage/journal.js';
import { say } from '../ui/messages.js';
import { sync } from '../ui/messages-sync.js';
import { sameFile } from '../storage/file.js';

export interface ImportOptions {
  source: string;
  json?: boolean;
}

/** `deleted` is ours, so the schema check does not know it: a list of ids or nothing. */
function checkDeleted(j: Journal, file: string, hint: string): Journal {
  const d: unknown = j.deleted;
  if (d !== undefined && !(Array.isArray(d) && d.every((id) => typeof id === 'string'))) {
    throw new JournalError(sync.badDeleted(file), hint);
  }
  return j;
}

async function readSource(file: string, ctx: Context): Promise<Journal> {
  const info = await stat(file).catch(() => undefined);
  if (!info) throw new JournalError(sync.noSource(file), sync.hintNoSource);
  if (info.isDirectory()) throw new JournalError(sync.sourceIsFolder(file), sync.hintNoSource);
  const bytes = await readBytes(file);
  if (!bytes || bytes.toString('utf8').trim() === '') throw new JournalError(sync.sourceEmpty(file), sync.hintSource);
  const secrets = ctx.deps.secrets;
  try {
    const journal = await new Store(file, secrets ? { secrets } : {}).read();
    return checkDeleted(journal, file, sync.hintSource);
  } catch (e) {
    // The store's advice is about our own journal (`trust doctor`); here the other file is at fault.
    if (e instanceof JournalError && e.hint === say.hintDoctor) throw new JournalError(e.message, sync.hintSource, { cause: e });
    throw e;
  }
}

function report(r: MergeResult, source: string, ctx: Context, json: boolean): void {
  if (json) {
    return ctx.json({
      source,
      added: r.added.length,
      alreadyHere: r.same + r.conflicts.length,
      conflicts: r.conflicts,
      removed: r.removed.length,
      skipped: r.skipped.length,
      profileFilled: r.filled,
      total: r.journal.entries.length,
      changed: r.changed,
    });
  }
  ctx.print(sync.imported(r.added.length, r.same + r.conflicts.length));
  if (r.conflicts.length > 0) ctx.print(sync.conflicts(r.conflicts.map(shortId)));
  if (r.removed.length > 0) ctx.print(sync.removedDeleted(r.removed.length));
  if (r.skipped.length > 0) ctx.print(sync.skippedDeleted(r.skipped.length));
  if (r.filled.length > 0) ctx.print(sync.filledProfile(r.filled));
}

/** Merges the copy at `source` (a resolved path) into the journal, writing only when it brings something. */
export async function mergeCopy(source: string, ctx: Context): Promise<MergeResult> {
  const theirs = await readSource(source, ctx);
  const result = mergeJournals(checkDeleted(await ctx.store.read(), ctx.file, say.hintDoctor), theirs);
  if (!result.changed) return result;
  // Merged again on the fresh copy read under the lock, so nothing written meanwhile is lost.
  return ctx.store.update((j) => {
    const r = mergeJournals(checkDeleted(j, ctx.file, say.hintDoctor), theirs);
    Object.assign(j, r.journal);
    return r;
  });
}

export async function importJournal(opts: ImportOptions, ctx: Context): Promise<void> {
  const source = resolve(opts.source);
  if (await sameFile(source, ctx.file)) throw new UsageError(sync.importSelf(opts.source));
  report(await mergeCopy(source, ctx), source, ctx, opts.json === true);
}
