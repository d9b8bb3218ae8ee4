// `trust path`: the road after an affair in three stages (atone, attune,
// attach), what the journal shows of each lately, and what could come next.
// Reads only the weeks it looks at. While a concern for the person's safety
// is open, it suggests nothing to do with the partner: safety comes first.
import type { Context } from '../context.js';
import { openConcern } from '../domain/care.js';
import { pathAt, pathSpan } from '../domain/path.js';
import { renderPath } from '../ui/path-text.js';

export async function path(opts: { json?: boolean }, ctx: Context): Promise<void> {
  const span = pathSpan(ctx.today);
  const { journal } = await ctx.store.readSpan(span.from, span.to);
  const road = pathAt(journal.entries, ctx.today);
  const concern = openConcern(journal.entries, ctx.today);
  const shown = concern ? { ...road, next: [] } : road;
  if (opts.json) {
    const care = concern?.level ? { care: { level: concern.level, since: concern.since } } : {};
    return ctx.json({ role: journal.profile.role ?? null, ...shown, ...care });
  }
  ctx.print(renderPath(shown, journal.profile, ctx.paint, concern !== undefined));
}
