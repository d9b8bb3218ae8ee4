// The weekly self-check against the warning signs (catalog.warningSigns),
// offered at the end of an interactive text `trust report` when none was
// taken in the last seven days. When several signs come up it points,
// gently, to professional help; it never goes further than that. One
// question is not a sign of trust issues at all: "was I afraid of my
// partner?". An honest yes opens a concern and is answered with the care
// note; it is not counted among the signs, and the couples-therapy pointer
// is left out, as abuse services advise against couples work while someone
// is afraid.
import type { Context } from '../context.js';
import { catalog } from '../domain/catalog.js';
import { addDays } from '../domain/dates.js';
import { SEVERAL_SIGNS } from '../domain/report-notes.js';
import { AFRAID_SIGN } from '../domain/care.js';
import type { CheckEntry, Entry } from '../domain/types.js';
import { personalise, sayCheck } from '../ui/messages-practice.js';
import { answerCare } from './care-note.js';

const CHECK_EVERY_DAYS = 7;

/**
 * A check counts as recent when dated within the seven days ending today.
 * A `trust safety --safe` check is not the weekly self-check and does not count.
 */
export function checkDue(entries: readonly Entry[], today: string, declined?: string): boolean {
  const since = addDays(today, -(CHECK_EVERY_DAYS - 1));
  // A "no, thank you" holds for the same seven days as a check taken.
  if (declined !== undefined && declined >= since && declined <= today) return false;
  return !entries.some((e) => e.kind === 'check' && e.safe !== true && e.date >= since && e.date <= today);
}

function checkReply(ctx: Context, all: readonly string[]): void {
  const afraid = all.includes(AFRAID_SIGN);
  const signs = all.filter((s) => s !== AFRAID_SIGN);
  if (signs.length === 0) return afraid ? undefined : ctx.print(sayCheck.none);
  if (signs.length < SEVERAL_SIGNS) return ctx.print(sayCheck.few(signs.length));
  const help = catalog.professionalHelp;
  ctx.print(sayCheck.many(signs.length));
  if (afraid) return;
  ctx.print(sayCheck.helpWhen);
  for (const when of help.when) ctx.print(`  • ${when}`);
  ctx.print(help.note);
}

/** Offered at the end of an interactive `trust report`: the weekly warning-signs check. */
export async function offerSelfCheck(ctx: Context): Promise<void> {
  if (!ctx.interactive) return;
  const { entries, profile } = await ctx.store.read();
  if (!checkDue(entries, ctx.today, profile.selfCheckDeclined)) return;
  const p = await ctx.ask();
  if (!(await p.confirm(sayCheck.offer, true))) {
    await ctx.store.update((j) => void (j.profile = { ...j.profile, selfCheckDeclined: ctx.today }));
    return;
  }
  p.note(sayCheck.intro);
  const signs: string[] = [];
  for (const sign of catalog.warningSigns) {
    if (await p.confirm(personalise(sign.question, profile.partner), false)) signs.push(sign.id);
  }
  const { id, createdAt } = ctx.stamp();
  const entry: CheckEntry = { id, kind: 'check', date: ctx.today, createdAt, signs };
  await ctx.store.append([entry]);
  await answerCare(ctx, [entry], { json: false });
  checkReply(ctx, signs);
  ctx.print(ctx.paint.dim(sayCheck.saved));
}
