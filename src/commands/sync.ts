// Joining copies made by sync engines, with the import's merge by id (so
// nothing new to trust): `trust sync` for the conflict copies Syncthing
// leaves beside the journal, `trust merge-driver` for git.
import { readdir, unlink } from 'node:fs/promises';
import { basename, dirname, extname, join } from 'node:path';
import type { Context } from '../context.js';
import { mergeJournals } from '../domain/merge.js';
import { JournalError, UsageError } from '../errors.js';
import { readBytes, writeAtomic } from '../storage/file.js';
import { JournalAdapter } from '../storage/journal.js';
import { serialize } from '../storage/schema.js';
import { sayFit } from '../ui/messages-fit.js';
import { mergeCopy, type MergeOptions } from './import.js';

/** Syncthing names a conflict copy of journal.json `journal.sync-conflict-<date>-<time>-<device>.json`. */
export function isConflictCopy(journal: string, name: string): boolean {
  const ext = extname(journal);
  const stem = basename(journal, ext);
  return name.startsWith(`${stem}.sync-conflict-`) && name.endsWith(ext) && name.length > stem.length + '.sync-conflict-'.length + ext.length;
}

export async function syncCopies(opts: MergeOptions, ctx: Context): Promise<void> {
  const dir = dirname(ctx.file);
  const names = await readdir(dir).catch(() => []); // no folder that can be listed holds no copies to merge
  const copies = names.filter((n) => isConflictCopy(ctx.file, n)).sort();
  const merged: { file: string; added: number; conflicts: number }[] = [];
  for (const name of copies) {
    const path = join(dir, name);
    // One at a time, each removed only once its entries are safe in the journal.
    const r = await mergeCopy(path, ctx, opts);
    // Said no to what it would remove: that copy stays for another look.
    if (!r) continue;
    await unlink(path);
    merged.push({ file: path, added: r.added.length, conflicts: r.conflicts.length });
  }
  if (opts.json) return ctx.json({ merged, total: (await ctx.store.read()).entries.length });
  if (merged.length === 0) return ctx.print(sayFit.noConflictCopies(dir));
  for (const m of merged) ctx.print(sayFit.mergedCopy(basename(m.file), m.added, m.conflicts));
}

/**
 * git's merge driver (`journal.json merge=trust` in .gitattributes): joins
 * `ours` and `theirs` by id and writes the result into `ours`. The common
 * ancestor is not needed: entries are never edited in place, and deletions
 * travel as the ids in `deleted`. Written as `ours` was, plain or sealed,
 * with no backups or notes, since these are git's temp files.
 */
export async function mergeDriver(opts: { base?: string; ours?: string; theirs?: string }, ctx: Context): Promise<void> {
  const { ours, theirs } = opts;
  if (!ours || !theirs) throw new UsageError(sayFit.driverArgs);
  const secrets = ctx.deps.secrets;
  const read = async (file: string) => {
    const adapter = new JournalAdapter(file, file, secrets); // git's own temp files: no links to resolve
    const journal = await adapter.parse(await readBytes(file));
    if (!journal) throw new JournalError(sayFit.driverEmpty(file));
    return { journal, adapter };
  };
  const mine = await read(ours);
  const other = await read(theirs);
  const { journal } = mergeJournals(mine.journal, other.journal);
  await writeAtomic(ours, await mine.adapter.codec.encode(serialize(journal)), { backups: 0, mode: 0o600 });
}
