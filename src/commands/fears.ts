// `trust fears`: the ledger of fears put to the test, by trap or trust type.
import { current } from '../domain/corrections.js';
import type { Context } from '../context.js';
import { fearLedger, type FearFilter } from '../domain/fears.js';
import { TRAPS, TRUST_TYPES } from '../domain/types.js';
import * as v from '../domain/validate.js';
import { catalog, labelOf } from '../domain/catalog.js';
import { sayFears } from '../ui/messages-answer.js';
import { longDate } from '../ui/report-rows.js';
import { columnsOf, wrapText } from '../ui/fit.js';

export interface FearsOptions {
  trap?: string;
  type?: string;
  json?: boolean;
}

export async function fears(opts: FearsOptions, ctx: Context): Promise<void> {
  const filter: FearFilter = {
    trap: opts.trap === undefined ? undefined : v.oneOf('--trap', opts.trap, TRAPS),
    type: opts.type === undefined ? undefined : v.oneOf('--type', opts.type, TRUST_TYPES),
  };
  const { entries } = await ctx.store.read();
  const ledger = fearLedger(current(entries), filter);
  if (opts.json) return ctx.json(ledger);

  const by = [filter.trap && labelOf(catalog.traps, filter.trap), filter.type && labelOf(catalog.trustTypes, filter.type)].filter(Boolean);
  ctx.print(ctx.paint.bold(by.length ? sayFears.filtered(by.join(', ')) : sayFears.title));
  if (ledger.tested === 0) return ctx.print(by.length ? sayFears.noneFiltered : sayFears.none);
  const width = columnsOf(ctx.deps.stdout, ctx.deps.env);
  const say = (text: string, first: string, indent: string, paint = (l: string) => l) => {
    for (const line of wrapText(text, width, { first, indent })) ctx.print(paint(line));
  };
  say(sayFears.summary(ledger), '', '');
  // At 60 columns the date column would leave too little room for the words: they go under it.
  const indent = ' '.repeat(width >= 70 ? 19 : 4);
  for (const item of ledger.items) {
    ctx.print();
    say(sayFears.item(longDate(item.date).padEnd(15), item), '  ', indent);
    if (item.outcome) say(sayFears.outcome(item.outcome), indent, indent, ctx.paint.dim);
    if (item.learned) say(sayFears.learned(item.learned), indent, indent, ctx.paint.dim);
  }
}
