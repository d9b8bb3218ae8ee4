// `trust import <file>`: merges another copy of the journal (a sync tool's
// conflict copy, a backup, an export) into this one by entry id. The other
// copy is only read, and checked whole first (a file that is not a journal
// is invalid input: exit 2); ours is written once, under the lock, and only
// when the merge brings something new. An import that would remove more
// than a few of our entries (deleted in the other copy) asks first.
import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Context } from '../context.js';
import { shortId } from '../domain/entries.js';
import { mergeJournals, removalNeedsYes, type MergeResult } from '../domain/merge.js';
import type { Journal } from '../domain/types.js';
import { JournalError, UsageError } from '../errors.js';
import { readBytes, sameFile } from '../storage/file.js';
import { Store } from '../storage/journal.js';
import { ShapeError } from '../storage/schema.js';
import { sayShape } from '../ui/messages-schema.js';
import { saySync } from '../ui/messages-sync.js';

/** What a merge may assume: `yes`, removals agreed to beforehand; `json`, no questions. */
export interface MergeOptions {
  yes?: boolean;
  json?: boolean;
}

export interface ImportOptions extends MergeOptions {
  source: string;
}

async function readSource(file: string, ctx: Context): Promise<Journal> {
  const info = await stat(file).catch(() => undefined); // not there (or not to be looked at): refused next, in words
  if (!info) throw new JournalError(saySync.noSource(file), saySync.hintNoSource);
  if (info.isDirectory()) throw new JournalError(saySync.sourceIsFolder(file), saySync.hintNoSource);
  const bytes = await readBytes(file);
  if (!bytes || bytes.toString('utf8').trim() === '') throw new JournalError(saySync.sourceEmpty(file), saySync.hintSource);
  const secrets = ctx.deps.secrets;
  try {
    // Checked whole, even when trust wrote that file: it is input, whatever its history.
    return await new Store(file, { checkAll: true, ...(secrets ? { secrets } : {}) }).read();
  } catch (e) {
    // Not a journal, or one in the wrong shape: the other file is invalid input, and ours is untouched.
    if (e instanceof ShapeError) throw new UsageError(sayShape.badSource(file, e.detail, e.json), { cause: e });
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
  ctx.print(saySync.imported(r.added.length, r.same + r.conflicts.length));
  if (r.conflicts.length > 0) ctx.print(saySync.conflicts(r.conflicts.map(shortId)));
  if (r.removed.length > 0) ctx.print(saySync.removedDeleted(r.removed.length));
  if (r.skipped.length > 0) ctx.print(saySync.skippedDeleted(r.skipped.length));
  if (r.filled.length > 0) ctx.print(saySync.filledProfile(r.filled));
}

/**
 * Asks before an import removes many of our entries; refuses without a
 * terminal (or with --json) unless --yes was given.
 */
async function removalsAgreed(r: MergeResult, ours: Journal, opts: MergeOptions, ctx: Context): Promise<boolean> {
  if (opts.yes || !removalNeedsYes(r.removed.length, ours.entries.length)) return true;
  const ids = r.removed.map(shortId);
  if (!ctx.interactive || opts.json) throw new UsageError(sayShape.removalNeedsYes(ids, ours.entries.length));
  const gone = new Set(r.removed);
  const entries = ours.entries.filter((e) => gone.has(e.id));
  const p = await ctx.ask();
  p.note(sayShape.wouldRemove(entries.map((e) => ({ id: shortId(e.id), date: e.date, kind: e.kind })), ours.entries.length));
  return p.confirm(sayShape.removeAsk(ids.length), false);
}

/**
 * Merges the copy at `source` (a resolved path) into the journal, writing
 * only when it brings something; undefined when the person said no to
 * what it would remove. Shared by `trust import` and `trust sync`.
 */
export async function mergeCopy(source: string, ctx: Context, opts: MergeOptions): Promise<MergeResult | undefined> {
  const theirs = await readSource(source, ctx);
  const ours = await ctx.store.read();
  const result = mergeJournals(ours, theirs);
  if (!(await removalsAgreed(result, ours, opts, ctx))) return undefined;
  if (!result.changed) return result;
  const agreed = new Set(result.removed);
  // Merged again on the fresh copy read under the lock, so nothing written meanwhile is lost.
  return ctx.store.update((j) => {
    const r = mergeJournals(j, theirs);
    // Never more removed than was shown and agreed to.
    if (!opts.yes && r.removed.some((id) => !agreed.has(id))) throw new JournalError(sayShape.changedMeanwhile, sayShape.hintAgain);
    Object.assign(j, r.journal);
    return r;
  });
}

export async function importJournal(opts: ImportOptions, ctx: Context): Promise<void> {
  const source = resolve(opts.source);
  if (await sameFile(source, ctx.file)) throw new UsageError(saySync.importSelf(opts.source));
  const result = await mergeCopy(source, ctx, opts);
  if (!result) return ctx.print(sayShape.keptAll);
  report(result, source, ctx, opts.json === true);
}
