// `trust safety`: who to call, at once. It reads only the profile (never
// under the lock, never asking for a passphrase), and answers with the
// general lines whenever that cannot be done: a missing, damaged or
// encrypted journal must never stand between someone and help.
// `--safe` records that the person is safe now, which closes an open concern.
import type { Context } from '../context.js';
import { helplines, safetyHelp, type SafetyHelp } from '../domain/helplines.js';
import type { CheckEntry } from '../domain/types.js';
import { peekProfile, type Peek } from '../storage/peek.js';
import { saySafety } from '../ui/messages-safety.js';

export interface SafetyOptions {
  safe?: boolean;
  json?: boolean;
}

/** The journal's state as `--json` names it. */
type Read = Peek['state'];

function safetyText(help: SafetyHelp, read: Read): string[] {
  const emergency = help.known ? help.lines.find((l) => l.for === 'emergency')?.contact : undefined;
  const out = [saySafety.dangerNow(emergency), ''];
  for (const l of help.lines) out.push(saySafety.line(saySafety.kinds[l.for], l.name, l.contact));
  if (help.own.length > 0) {
    out.push('', saySafety.ownHeader);
    for (const l of help.own) out.push(saySafety.ownLine(l.name, l.contact));
  }
  out.push('', saySafety.orLocal, saySafety.notAlone);
  const why =
    read === 'encrypted' ? saySafety.encrypted
    : read === 'damaged' ? saySafety.damaged
    : help.country && !help.known ? saySafety.unknownCountry(help.country)
    : help.country ? undefined
    : saySafety.general;
  if (why) out.push('', why);
  out.push(saySafety.whenSafe);
  return out;
}

async function markSafe(ctx: Context, json: boolean): Promise<void> {
  const { id, createdAt } = ctx.stamp();
  const entry: CheckEntry = { id, kind: 'check', date: ctx.today, createdAt, signs: [], safe: true };
  await ctx.store.append([entry]);
  if (json) ctx.json(entry);
  else ctx.print(saySafety.safeSaved);
}

export async function safety(opts: SafetyOptions, ctx: Context): Promise<void> {
  if (opts.safe) return markSafe(ctx, opts.json === true);
  const peek = await peekProfile(ctx.file, ctx.env.TRUST_PASSPHRASE);
  const help = safetyHelp(helplines, peek.state === 'read' ? peek.profile : undefined);
  if (opts.json) {
    const { country, lines, own } = help;
    return ctx.json({ country, lines, own, journal: peek.state });
  }
  for (const line of safetyText(help, peek.state)) ctx.print(line);
}

// Help must come even when TRUST_NOW is unusable: the clock is read only by --safe.
safety.clockWhenUsed = true;
