// `trust log`: the daily entry. With flags (or without a terminal) it saves
// exactly what the flags say; at a terminal with no flags it walks through
// the exercise (log-flow.ts).
import type { Context } from '../context.js';
import { newLog, shortId, type LogFields } from '../domain/entries.js';
import type { LogEntry } from '../domain/types.js';
import * as v from '../domain/validate.js';
import { LOG_FLAGS, type LogFlagValues } from '../ui/entry-flags.js';
import { anyGiven, checkFlags } from './flag-values.js';
import { say, sayLog } from '../ui/messages.js';
import { welcomeOnce } from './welcome.js';
import { answerCare, withCare, type CareJson } from './care-note.js';
import { afterLog, alarming } from './answer-back.js';

export type LogOptions = LogFlagValues & { date?: string; json?: boolean };

/** Every flag checked before the journal is touched. */
function fieldsFromFlags(o: LogOptions, date: string): LogFields {
  return { date, ...checkFlags<Omit<LogFields, 'date'>>(LOG_FLAGS, o) };
}

export async function log(opts: LogOptions, ctx: Context): Promise<void> {
  const date = opts.date === undefined ? ctx.today : v.pastDate('--date', opts.date, ctx.today);
  const usesFlags = anyGiven(LOG_FLAGS, opts);
  let saved: LogEntry;
  let care: CareJson | undefined;
  if (usesFlags || !ctx.interactive) {
    const entry = newLog(fieldsFromFlags(opts, date), ctx.stamp());
    await ctx.store.append([entry]);
    care = await answerCare(ctx, [entry], { json: opts.json === true });
    saved = entry;
  } else {
    // The prompt library loads while the greeting looks at the journal's first bytes (on the thread pool).
    ctx.ask().catch(() => undefined);
    await welcomeOnce(ctx, opts.json === true);
    const { logFlow } = await import('./log-flow.js');
    const status = opts.json ? (line: string) => void ctx.deps.stderr.write(`${line}\n`) : ctx.print;
    const result = await logFlow(ctx, date, status, opts.json === true);
    // With --json, a session that saved only reviews or marbles (or nothing) prints null.
    if (!result?.entry) return opts.json ? ctx.json(null) : undefined;
    saved = result.entry;
    care = result.care;
  }
  report(saved, care, ctx, opts.json === true);
  // The care note came first; after a crisis or danger signal nothing cheerful follows it.
  // A session at a terminal has said its lines along the way.
  if ((usesFlags || !ctx.interactive) && !alarming(care?.level)) await afterLog(ctx, saved, opts.json === true);
}

function report(entry: LogEntry, care: CareJson | undefined, ctx: Context, json: boolean): void {
  if (json) return ctx.json(withCare(entry, care));
  if (!ctx.deps.stdout.isTTY) return ctx.print(entry.id);
  ctx.print(ctx.paint.green(say.saved(shortId(entry.id))));
  if (entry.action) ctx.print(sayLog.actionSet(entry.action, shortId(entry.id)));
}

