// `trust suggest`: the small steps `trust log` would offer today. While a
// concern is open these are steps for safety and self-care, not trust tests.
import type { Context } from '../context.js';
import { suggestToday } from '../domain/suggest.js';
import { saySuggest } from '../ui/messages-care.js';
import { personalise } from '../ui/messages-practice.js';

export async function suggest(opts: { json?: boolean }, ctx: Context): Promise<void> {
  // The whole journal: a growing step follows the last review of its kind, however long ago.
  const { entries, profile } = await ctx.store.read();
  const ideas = suggestToday(entries, ctx.today, [], profile.role).map(({ behaviour, step, text, kind }) => ({
    behaviour, step, text: personalise(text, profile.partner), kind,
  }));
  if (opts.json) return ctx.json(ideas);
  const paused = ideas.some((i) => i.kind !== 'trust');
  ctx.print(paused ? saySuggest.paused : saySuggest.header);
  for (const i of ideas) ctx.print(`  • ${i.text}`);
  if (paused) ctx.print(saySuggest.pausedAfter);
}
