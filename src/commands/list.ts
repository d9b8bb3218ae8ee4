// `trust list` and `trust show <id>`.
import type { Context } from '../context.js';
import { filterEntries, findEntry, type EntryFilter } from '../domain/entries.js';
import { KINDS, TRAPS, TRUST_TYPES } from '../domain/types.js';
import * as v from '../domain/validate.js';
import { UsageError } from '../errors.js';
import { listLine } from '../ui/entry-text.js';
import { columnsOf } from '../ui/fit.js';
import { showPage, showText } from '../ui/show-text.js';
import { current } from '../domain/corrections.js';
import { readCurrent } from './read-current.js';
import { say } from '../ui/messages.js';
import { sayNewcomer } from '../ui/messages-newcomer.js';

export interface ListOptions {
  since?: string;
  until?: string;
  kind?: string;
  type?: string;
  trap?: string;
  contains?: string;
  open?: boolean;
  n?: string;
  json?: boolean;
}

/** The filters shared by `list` and `export`, checked. */
export function filterFromFlags(o: ListOptions): EntryFilter {
  const f: EntryFilter = {};
  if (o.since !== undefined) f.since = v.anyDate('--since', o.since);
  if (o.until !== undefined) f.until = v.anyDate('--until', o.until);
  if (f.since && f.until && f.since > f.until) throw new UsageError(say.sinceAfterUntil(f.since, f.until));
  if (o.kind !== undefined) f.kind = v.oneOf('--kind', o.kind, KINDS);
  if (o.type !== undefined) f.type = v.oneOf('--type', o.type, TRUST_TYPES);
  if (o.trap !== undefined) f.trap = v.oneOf('--trap', o.trap, TRAPS);
  if (o.contains !== undefined) f.contains = o.contains;
  if (o.open) f.open = true;
  if (o.n !== undefined) {
    const n = Number(o.n);
    if (!Number.isInteger(n) || n < 1) throw new UsageError(say.badCount(o.n));
    f.limit = n;
  }
  return f;
}

export async function list(opts: ListOptions, ctx: Context): Promise<void> {
  const filter = filterFromFlags(opts);
  const { entries } = await readCurrent(ctx, filter);
  const hits = filterEntries(entries, filter);
  if (opts.json) return ctx.json(hits);
  // Read only what the filter wants (entries may be just the matches): an empty answer to no filter is an empty journal.
  const filtered = Object.keys(filter).some((k) => k !== 'limit');
  if (hits.length === 0) return ctx.print(filtered ? say.nothingFound : sayNewcomer.emptyJournal);
  const width = columnsOf(ctx.deps.stdout, ctx.deps.env);
  for (const e of hits) ctx.print(listLine(e, ctx.paint, width));
}

export async function show(opts: { id: string; json?: boolean }, ctx: Context): Promise<void> {
  // The entry, and what is shown with it: its reviews and the corrections of both, or the times a request was met.
  const { entries } = await ctx.store.readSome([{ idPrefix: opts.id.trim().toLowerCase() }, { kinds: ['review', 'edit', 'request-met', 'request-drop'] }]);
  const found = findEntry(entries, opts.id);
  const page = showPage(found, entries, current(entries));
  if (opts.json) return ctx.json(page.entry);
  ctx.print(showText(page, ctx.paint, columnsOf(ctx.deps.stdout, ctx.deps.env)));
}
