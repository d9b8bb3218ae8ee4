// `trust jar`, `trust jar add <text>`, `trust jar remove <text>`: the marble
// jar. Also the small marble question at the end of `trust log`.
import type { Context } from '../context.js';
import { shortId } from '../domain/entries.js';
import { jarView, newMarble, type Change } from '../domain/jar.js';
import type { JarEntry, Profile } from '../domain/types.js';
import * as v from '../domain/validate.js';
import { renderJar } from '../ui/jar-art.js';
import { sayRole, sayJar } from '../ui/messages-practice.js';
import type { Prompter } from '../ui/prompts.js';
import { askUpTo } from '../ui/ask.js';
import { answerCare, withCare } from './care-note.js';

export interface MarbleOptions {
  text?: string[] | string;
  date?: string;
  json?: boolean;
}

/** At most this many marbles are asked for at the end of `trust log`. */
export const MARBLES_PER_LOG = 3;

async function change(kind: Change, opts: MarbleOptions, ctx: Context): Promise<void> {
  const date = opts.date === undefined ? ctx.today : v.pastDate('--date', opts.date, ctx.today);
  let text = Array.isArray(opts.text) ? opts.text.join(' ') : (opts.text ?? '');
  if (!text.trim() && ctx.interactive) text = await (await ctx.ask()).text(sayJar.ask(kind), { required: true });
  const entry = newMarble(kind, text, date, ctx.stamp());
  await ctx.store.append([entry]);
  const care = await answerCare(ctx, [entry], { json: opts.json === true });
  if (opts.json) return ctx.json(withCare(entry, care));
  if (!ctx.deps.stdout.isTTY) return ctx.print(entry.id);
  const view = jarView((await ctx.store.readSome(MARBLES)).entries, ctx.today);
  ctx.print(ctx.paint.green(kind === 'add' ? sayJar.added(entry.text) : sayJar.removed(entry.text)) + ctx.paint.dim(` (${shortId(entry.id)})`));
  ctx.print(sayJar.nowHolds(view.marbles, view.capacity));
}

export const addMarble = (opts: MarbleOptions, ctx: Context) => change('add', opts, ctx);
export const removeMarble = (opts: MarbleOptions, ctx: Context) => change('remove', opts, ctx);

/** The jar is drawn from its own entries only. */
const MARBLES = [{ kinds: ['jar'] }] as const;

export async function showJar(opts: { json?: boolean }, ctx: Context): Promise<void> {
  const { entries } = await ctx.store.readSome(MARBLES);
  const view = jarView(entries, ctx.today);
  if (opts.json) return ctx.json(view);
  ctx.print(renderJar(view, ctx.paint));
}

/** The optional last step of `trust log`: up to three marbles for today, empty to stop (`goodThings`: just written). */
export function askMarbles(p: Prompter, profile: Profile, goodThings = 0): Promise<string[]> {
  return askUpTo(p, MARBLES_PER_LOG, (n) => sayRole.marble(profile.role, profile.partner, n, goodThings));
}

/** Jar entries for the marbles given during `trust log`, dated like the log entry. */
export function marblesFor(texts: readonly string[], date: string, ctx: Context): JarEntry[] {
  return texts.map((t) => newMarble('add', t, date, ctx.stamp()));
}
