// `trust request add <text>`, `met <id>`, `drop <id>`, and bare `trust
// request`: what the hurt partner asked for, and each time it was met.
import type { Context } from '../context.js';
import { shortId } from '../domain/entries.js';
import { newMarble } from '../domain/jar.js';
import { daysAgo, newRequest, newRequestDrop, newRequestMet, requestTarget, requestViews, type RequestView } from '../domain/recovery.js';
import { COSTS, type Cost, type Entry, type JarEntry, type RequestMetEntry } from '../domain/types.js';
import * as v from '../domain/validate.js';
import { UsageError } from '../errors.js';
import { sayRecovery } from '../ui/messages-recovery.js';
import { answerCare, withCare } from './care-note.js';

export interface RequestAddOptions {
  text?: string[] | string;
  cost?: string;
  date?: string;
  json?: boolean;
}

export async function addRequest(opts: RequestAddOptions, ctx: Context): Promise<void> {
  const date = opts.date === undefined ? ctx.today : v.pastDate('--date', opts.date, ctx.today);
  let cost: Cost | undefined = opts.cost === undefined ? undefined : v.oneOf('--cost', opts.cost, COSTS);
  let text = Array.isArray(opts.text) ? opts.text.join(' ') : (opts.text ?? '');
  if (!text.trim() && ctx.interactive) {
    const { profile } = await ctx.store.read();
    const p = await ctx.ask();
    text = await p.text(sayRecovery.askRequest(profile.role, profile.partner), { required: true });
    if (opts.cost === undefined) {
      const labels = sayRecovery.costChoices;
      cost = await p.select(sayRecovery.askCost, [
        { value: 'low' as const, name: labels.low ?? 'low' },
        { value: 'high' as const, name: labels.high ?? 'high' },
        { value: undefined, name: labels.skip ?? 'skip' },
      ]);
    }
  }
  const entry = newRequest(text, cost, date, ctx.stamp());
  await ctx.store.append([entry]);
  const care = await answerCare(ctx, [entry], { json: opts.json === true });
  if (opts.json) return ctx.json(withCare(entry, care));
  if (!ctx.deps.stdout.isTTY) return ctx.print(entry.id);
  ctx.print(ctx.paint.green(sayRecovery.requestAdded(shortId(entry.id), entry.text)));
}

export interface RequestMetOptions {
  id?: string;
  note?: string;
  date?: string;
  json?: boolean;
}

/** The id given, or at a terminal a pick among the requests still kept. */
async function whichRequest(ctx: Context, given: string | undefined, what: 'met' | 'drop', entries: readonly Entry[]): Promise<string> {
  if (given !== undefined) return given;
  const kept = requestViews(entries, ctx.today).filter((r) => !r.dropped);
  if (!ctx.interactive || kept.length === 0) throw new UsageError(sayRecovery.requestNeedsId(what));
  return (await ctx.ask()).select(sayRecovery.pickRequest(what), kept.map((r) => ({ value: r.id, name: r.text })));
}

export async function metRequest(opts: RequestMetOptions, ctx: Context): Promise<void> {
  if (opts.id === undefined && !ctx.interactive) throw new UsageError(sayRecovery.requestNeedsId('met'));
  const date = opts.date === undefined ? ctx.today : v.pastDate('--date', opts.date, ctx.today);
  const note = v.text(opts.note);
  // A wrong id fails before anything is asked.
  const journal = await ctx.store.read();
  const ref = await whichRequest(ctx, opts.id, 'met', journal.entries);
  requestTarget(journal.entries, ref);
  let marbles = journal.profile.requestMarbles;
  const decided = marbles === undefined && ctx.interactive ? (marbles = await (await ctx.ask()).confirm(sayRecovery.askMarbles, true)) : undefined;

  const { met, marble, times } = await ctx.store.update((j) => {
    const met = newRequestMet(requestTarget(j.entries, ref), note, date, ctx.stamp());
    const marble: JarEntry | undefined = marbles ? newMarble('add', sayRecovery.marbleText(met.text), date, ctx.stamp()) : undefined;
    j.entries.push(met, ...(marble ? [marble] : []));
    if (decided !== undefined && j.profile.requestMarbles === undefined) j.profile.requestMarbles = decided;
    const times = j.entries.filter((e) => e.kind === 'request-met' && e.ref === met.ref).length;
    return { met, marble, times };
  });
  const care = await answerCare(ctx, marble ? [met, marble] : [met], { json: opts.json === true });
  if (opts.json) return ctx.json(withCare(marble ? { ...met, marble } : met, care));
  if (!ctx.deps.stdout.isTTY) return ctx.print(met.id);
  printMet(ctx, met, times, marble !== undefined);
}

function printMet(ctx: Context, met: RequestMetEntry, times: number, marble: boolean): void {
  ctx.print(ctx.paint.green(sayRecovery.requestMet(met.text, times)));
  if (marble) ctx.print(sayRecovery.marbleToo);
}

export async function dropRequest(opts: { id?: string; json?: boolean }, ctx: Context): Promise<void> {
  if (opts.id === undefined && !ctx.interactive) throw new UsageError(sayRecovery.requestNeedsId('drop'));
  const ref = await whichRequest(ctx, opts.id, 'drop', opts.id === undefined ? (await ctx.store.read()).entries : []);
  const { drop, text } = await ctx.store.update((j) => {
    const target = requestTarget(j.entries, ref);
    const drop = newRequestDrop(target, ctx.today, ctx.stamp());
    j.entries.push(drop);
    return { drop, text: target.text };
  });
  const care = await answerCare(ctx, [drop], { json: opts.json === true });
  if (opts.json) return ctx.json(withCare(drop, care));
  if (!ctx.deps.stdout.isTTY) return ctx.print(drop.id);
  ctx.print(sayRecovery.requestDropped(text));
}

export async function listRequests(opts: { json?: boolean }, ctx: Context): Promise<void> {
  const { entries, profile } = await ctx.store.read();
  const views = requestViews(entries, ctx.today);
  if (opts.json) return ctx.json({ requests: views });
  const { role, partner } = profile;
  if (views.length === 0) return ctx.print(sayRecovery.none(role));
  const line = (r: RequestView) => {
    const cost = r.cost ? ctx.paint.dim(` (${sayRecovery.costTag[r.cost] ?? r.cost})`) : '';
    const met = sayRecovery.metLine(r.met, r.lastWeek, r.last === null ? null : daysAgo(r.last, ctx.today));
    return `  ${ctx.paint.dim(shortId(r.id))}  ${r.text}${cost}\n  ${' '.repeat(8)}  ${ctx.paint.dim(met)}`;
  };
  const kept = views.filter((r) => !r.dropped && !r.quiet);
  const quiet = views.filter((r) => r.quiet);
  const dropped = views.filter((r) => r.dropped);
  ctx.print(ctx.paint.bold(sayRecovery.listTitle(role, partner)));
  for (const r of kept) ctx.print(line(r));
  if (quiet.length > 0) {
    ctx.print();
    ctx.print(ctx.paint.bold(sayRecovery.quietTitle));
    for (const r of quiet) ctx.print(line(r));
    ctx.print(ctx.paint.dim(`  ${sayRecovery.quietHint}`));
  }
  if (dropped.length > 0) {
    ctx.print();
    ctx.print(ctx.paint.bold(sayRecovery.droppedTitle));
    for (const r of dropped) ctx.print(`  ${ctx.paint.dim(shortId(r.id))}  ${r.text}`);
  }
}
