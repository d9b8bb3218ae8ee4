// `trust log`: the daily entry. With flags (or without a terminal) it saves
// exactly what the flags say; at a terminal with no flags it walks through
// the exercise (log-flow.ts).
import type { Context } from '../context.js';
import { compact, newLog, shortId, type LogFields } from '../domain/entries.js';
import { CHECKLIST, TRAPS, TRUST_TYPES, type LogEntry } from '../domain/types.js';
import * as v from '../domain/validate.js';
import { say, tell } from '../ui/messages.js';
import { welcomeOnce } from './welcome.js';
import { answerCare, withCare, type CareJson } from './care-note.js';
import { afterLog, alarming } from './answer-back.js';

export interface LogOptions {
  date?: string;
  situation?: string;
  thought?: string;
  type?: string;
  emotion?: string[];
  belief?: string;
  evidenceFor?: string;
  evidenceAgainst?: string;
  trap?: string;
  balanced?: string;
  beliefBalanced?: string;
  beliefAfter?: string;
  emotionAfter?: string[];
  action?: string;
  prediction?: string;
  predictionBelief?: string;
  checklist?: string;
  gratitude?: string[];
  json?: boolean;
}

const CONTENT_FLAGS = [
  'situation', 'thought', 'type', 'emotion', 'belief', 'evidenceFor', 'evidenceAgainst', 'trap',
  'balanced', 'beliefAfter', 'action', 'prediction', 'checklist', 'gratitude',
  'beliefBalanced', 'emotionAfter', 'predictionBelief',
] as const;

/** Every flag checked before the journal is touched. */
export function fieldsFromFlags(o: LogOptions, date: string): LogFields {
  return compact({
    date,
    situation: v.text(o.situation),
    thought: v.text(o.thought),
    types: o.type === undefined ? undefined : v.listOf('--type', o.type, TRUST_TYPES),
    emotions: o.emotion?.map(v.emotion),
    belief: o.belief === undefined ? undefined : v.rating('--belief', o.belief, 100),
    evidenceFor: v.text(o.evidenceFor),
    evidenceAgainst: v.text(o.evidenceAgainst),
    traps: o.trap === undefined ? undefined : v.listOf('--trap', o.trap, TRAPS),
    balanced: v.text(o.balanced),
    beliefBalanced: o.beliefBalanced === undefined ? undefined : v.rating('--belief-balanced', o.beliefBalanced, 100),
    beliefAfter: o.beliefAfter === undefined ? undefined : v.rating('--belief-after', o.beliefAfter, 100),
    emotionsAfter: o.emotionAfter?.map((raw) => v.feeling('--emotion-after', raw)),
    action: v.text(o.action),
    prediction: v.text(o.prediction),
    predictionBelief: o.predictionBelief === undefined ? undefined : v.rating('--prediction-belief', o.predictionBelief, 100),
    checklist: o.checklist === undefined ? undefined : v.listOf('--checklist', o.checklist, CHECKLIST),
    gratitude: o.gratitude?.map((g) => g.trim()).filter(Boolean),
  });
}

export async function log(opts: LogOptions, ctx: Context): Promise<void> {
  const date = opts.date === undefined ? ctx.today : v.pastDate('--date', opts.date, ctx.today);
  const usesFlags = CONTENT_FLAGS.some((k) => opts[k] !== undefined);
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
  if (entry.action) ctx.print(tell.actionSet(entry.action, shortId(entry.id)));
}

