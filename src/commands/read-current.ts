// Reading entries as they read now (corrections applied) while reading only
// what a filter needs: the lines the filter picks, and every correction
// (few, and each small). A filter on the words (--contains, --type, --trap,
// --open) could miss an entry whose correction is what matches, so when the
// journal holds corrections those read the whole journal.
import type { Context } from '../context.js';
import { current, type Current } from '../domain/corrections.js';
import type { EntryFilter } from '../domain/entries.js';
import type { Journal } from '../domain/types.js';
import { wantsFor } from '../storage/scan.js';

export async function readCurrent(ctx: Context, filter: EntryFilter): Promise<{ journal: Journal; entries: Current[] }> {
  // Corrections asked for themselves are listed as written.
  if (filter.kind === 'edit') {
    const journal = await ctx.store.readSome(wantsFor(filter));
    return { journal, entries: journal.entries };
  }
  let journal = await ctx.store.readSome([...wantsFor(filter), { kinds: ['edit'] }]);
  const byWords = filter.contains !== undefined || filter.type !== undefined || filter.trap !== undefined || filter.open === true;
  if (byWords && journal.entries.some((e) => e.kind === 'edit')) journal = await ctx.store.read();
  return { journal, entries: current(journal.entries) };
}
