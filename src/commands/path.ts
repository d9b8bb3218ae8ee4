// `trust path`: the road after an affair in three stages (atone, attune,
// attach), what the journal shows of each lately, and what could come next.
// Reads only the weeks it looks at.
import type { Context } from '../context.js';
import { pathAt, pathSpan } from '../domain/path.js';
import { renderPath } from '../ui/path-text.js';

export async function path(opts: { json?: boolean }, ctx: Context): Promise<void> {
  const span = pathSpan(ctx.today);
  const { journal } = await ctx.store.readSpan(span.from, span.to);
  const road = pathAt(journal.entries, ctx.today);
  const { role } = journal.profile;
  if (opts.json) return ctx.json({ role: role ?? null, ...road });
  ctx.print(renderPath(road, journal.profile, ctx.paint));
}
