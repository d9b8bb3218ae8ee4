// `trust delete <id>`: removes an entry for good (a review of it too, since
// a review means nothing without its action; a request, with each time it was met).
import type { Context } from '../context.js';
import { findEntry, shortId } from '../domain/entries.js';
import { forget } from '../domain/merge.js';
import { UsageError } from '../errors.js';
import { fullText } from '../ui/entry-text.js';
import { say } from '../ui/messages.js';
import { sayRecovery } from '../ui/messages-recovery.js';

export async function remove(opts: { id: string; yes?: boolean }, ctx: Context): Promise<void> {
  const { entries } = await ctx.store.read();
  const target = findEntry(entries, opts.id);
  if (!opts.yes) {
    if (!ctx.interactive) throw new UsageError(say.deleteNeedsYes(shortId(target.id)));
    const p = await ctx.ask();
    p.note(fullText(target, ctx.paint));
    if (!(await p.confirm(say.deleteAsk(shortId(target.id)), false))) return ctx.print(say.keptDelete);
  }
  const removed = await ctx.store.update((j) => {
    // forget() keeps the deleted ids (only the ids), so `trust import` of an older copy cannot bring them back.
    const { entries, deleted, removed } = forget(j, findEntry(j.entries, target.id).id);
    // Its corrections go too, unnamed: the words count the reviews and times met.
    const gone = new Set(removed);
    const corrections = j.entries.filter((e) => e.kind === 'edit' && gone.has(e.id)).length;
    Object.assign(j, { entries, deleted });
    return removed.length - corrections;
  });
  ctx.print(target.kind === 'request' ? sayRecovery.deletedRequest(shortId(target.id), removed - 1) : say.deleted(shortId(target.id), removed - 1));
}
