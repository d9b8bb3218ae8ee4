// Saying the answer-back lines: on stderr when the output is scripted (stdout
// keeps only the id or the JSON), on screen at a terminal. Facts come from
// domain/answer-back.ts, words from ui/messages-answer.ts.
import type { Context } from '../context.js';
import { current } from '../domain/corrections.js';
import { catalog, labelOf } from '../domain/catalog.js';
import { logFacts, reviewFacts, type AnswerFact } from '../domain/answer-back.js';
import type { LogEntry, ReviewEntry, Role } from '../domain/types.js';
import type { Prompter } from '../ui/prompts.js';
import type { CareLevel } from '../domain/care.js';
import { answerLine } from '../ui/messages-answer.js';

const trapLabel = (id: string) => labelOf(catalog.traps, id);

/** A crisis or danger signal (just found, or a concern still open): the care note stands alone. */
export const alarming = (level: CareLevel | null | undefined): boolean => level === 'crisis' || level === 'danger';

function answerLines(facts: readonly AnswerFact[], role: Role | undefined): string[] {
  return facts.map((f) => answerLine(f, role, trapLabel)).filter(Boolean);
}

/** After a save by flags or at the end of a session. */
function sayBack(ctx: Context, facts: readonly AnswerFact[], role: Role | undefined, json: boolean): void {
  const lines = answerLines(facts, role);
  if (lines.length === 0) return;
  if (json || !ctx.deps.stdout.isTTY) return void ctx.deps.stderr.write(`${lines.join('\n')}\n`);
  for (const line of lines) ctx.print(ctx.paint.cyan(line));
}

/** In the middle of a session, between questions. */
export function noteBack(p: Prompter, facts: readonly AnswerFact[], role: Role | undefined): void {
  const lines = answerLines(facts, role);
  if (lines.length > 0) p.note(lines.join('\n'));
}

/** What a log entry saved by flags hears back: how far belief moved, a fear tested before. */
export async function afterLog(ctx: Context, entry: LogEntry, json: boolean): Promise<void> {
  const needsHistory = Boolean(entry.prediction || entry.traps?.length);
  const journal = needsHistory ? await ctx.store.read() : undefined;
  sayBack(ctx, logFacts(entry, current(journal?.entries ?? [])), journal?.profile.role, json);
}

/** What a review hears back: feared against what happened, belief then and now. */
export function afterReview(ctx: Context, review: ReviewEntry, action: LogEntry, role: Role | undefined, json: boolean): void {
  sayBack(ctx, reviewFacts(review, action), role, json);
}
