// `trust trigger`: a wave of hurt set off by a reminder, noted in one line
// with flags, or in a few short questions at a terminal.
import type { Context } from '../context.js';
import { shortId } from '../domain/entries.js';
import { MAX_STRENGTH, newTrigger, type TriggerFields } from '../domain/recovery.js';
import type { Loose } from '../domain/entries.js';
import type { Profile, TriggerEntry } from '../domain/types.js';
import * as v from '../domain/validate.js';
import { UsageError } from '../errors.js';
import { sayRecovery } from '../ui/messages-recovery.js';
import type { Prompter } from '../ui/prompts.js';
import { answerCare, withCare, type CareJson } from './care-note.js';

export interface TriggerOptions {
  what?: string;
  strength?: string;
  helped?: string;
  reassured?: string;
  date?: string;
  json?: boolean;
}

/** Every flag checked before the journal is touched. */
export function triggerFromFlags(o: TriggerOptions, date: string): Loose<TriggerFields> {
  return {
    date,
    what: v.text(o.what),
    strength: o.strength === undefined ? undefined : v.rating('--strength', o.strength, MAX_STRENGTH),
    helped: v.text(o.helped),
    reassured: o.reassured === undefined ? undefined : v.answer('--reassured', o.reassured),
  };
}

/** What set it off, how strong, what helped, and whether reassurance came. */
export async function askTrigger(p: Prompter, profile: Profile, date: string): Promise<Loose<TriggerFields>> {
  const what = await p.text(sayRecovery.askWhat(profile.role, profile.partner));
  const strength = await p.number(sayRecovery.askStrength, { min: 0, max: MAX_STRENGTH, required: true });
  const helped = await p.text(sayRecovery.askHelped);
  const labels = sayRecovery.reassuredChoices;
  const reassured = await p.select(sayRecovery.askReassured(profile.role, profile.partner), [
    { value: 'yes' as const, name: labels.yes ?? 'yes' },
    { value: 'partly' as const, name: labels.partly ?? 'partly' },
    { value: 'no' as const, name: labels.no ?? 'no' },
    { value: undefined, name: labels.skip ?? 'skip' },
  ]);
  return { date, what: v.text(what), strength, helped: v.text(helped), reassured };
}

export async function trigger(opts: TriggerOptions, ctx: Context): Promise<void> {
  const date = opts.date === undefined ? ctx.today : v.pastDate('--date', opts.date, ctx.today);
  const flags = triggerFromFlags(opts, date);
  const given = opts.what ?? opts.strength ?? opts.helped ?? opts.reassured;
  let fields = flags;
  if (given === undefined) {
    if (!ctx.interactive) throw new UsageError(sayRecovery.triggerNeedsStrength);
    const { profile } = await ctx.store.read();
    fields = await askTrigger(await ctx.ask(), profile, date);
  }
  const entry = newTrigger(fields, ctx.stamp());
  await ctx.store.append([entry]);
  // A trigger is a place the care signals look (words of crisis or danger in what set it off, or what helped).
  const care = await answerCare(ctx, [entry], { json: opts.json === true });
  done(ctx, entry, opts.json === true, care);
}

function done(ctx: Context, entry: TriggerEntry, json: boolean, care: CareJson | undefined): void {
  if (json) return ctx.json(withCare(entry, care));
  if (!ctx.deps.stdout.isTTY) return ctx.print(entry.id);
  ctx.print(ctx.paint.green(sayRecovery.triggerSaved(shortId(entry.id), entry.strength)));
}
