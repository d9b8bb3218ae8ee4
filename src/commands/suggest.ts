// `trust suggest`: the small steps `trust log` would offer today. While a
// concern is open these are steps for safety and self-care, not trust tests.
import type { Context } from '../context.js';
import { suggestToday } from '../domain/suggest.js';
import { saySuggest } from '../ui/messages-care.js';
import { personalise } from '../ui/messages-practice.js';
import { columnsOf, wrapBlock } from '../ui/fit.js';

export async function suggest(opts: { json?: boolean }, ctx: Context): Promise<void> {
  // The whole journal: a growing step follows the last review of its kind, however long ago.
  const { entries, profile } = await ctx.store.read();
  const ideas = suggestToday(entries, ctx.today, [], profile.role).map(({ behaviour, step, text, kind }) => ({
    behaviour, step, text: personalise(text, profile.partner), kind,
  }));
  if (opts.json) return ctx.json(ideas);
  const paused = ideas.some((i) => i.kind !== 'trust');
  const width = columnsOf(ctx.deps.stdout, ctx.deps.env);
  ctx.print(wrapBlock(paused ? saySuggest.paused : saySuggest.header, width));
  for (const i of ideas) ctx.print(wrapBlock(i.text, width, { first: '  • ', indent: '    ' }));
  if (paused) ctx.print(wrapBlock(saySuggest.pausedAfter, width));
}
