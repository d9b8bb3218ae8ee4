// `trust review [id]`: how did an action go? By id with flags for scripts;
// at a terminal without flags it asks, and without an id it walks through
// every open action, oldest first.
import type { Context } from '../context.js';
import { current } from '../domain/corrections.js';
import { findEntry, newReview, openActions, reviewable, shortId, type ReviewFields } from '../domain/entries.js';
import type { ReviewEntry } from '../domain/types.js';
import { UsageError } from '../errors.js';
import * as v from '../domain/validate.js';
import { REVIEW_FLAGS, type ReviewFlagValues } from '../ui/entry-flags.js';
import { anyGiven, checkFlags } from './flag-values.js';
import { sayQuestions, say } from '../ui/messages.js';
import { askReview } from './review-questions.js';
import { answerCare, withCare, type CareJson } from './care-note.js';
import { afterReview, alarming, noteBack } from './answer-back.js';
import { reviewFacts } from '../domain/answer-back.js';

export type ReviewOptions = ReviewFlagValues & { id?: string; json?: boolean };

function fieldsFromFlags(o: ReviewOptions): ReviewFields | undefined {
  if (!anyGiven(REVIEW_FLAGS, o)) return undefined;
  if (o.done === undefined) throw new UsageError(say.reviewNeedsDone);
  return { ...checkFlags<Partial<ReviewFields>>(REVIEW_FLAGS, o), done: v.answer('--done', o.done) };
}

/** Saves one review, re-checking under the lock that the action is still open. */
async function save(ctx: Context, ref: string, fields: ReviewFields): Promise<ReviewEntry> {
  return ctx.store.update((j) => {
    // The action as it reads now: a correction may have given it its step or its fear.
    const now = current(j.entries);
    const review = newReview(findEntry(now, ref), now, fields, ctx.today, ctx.stamp());
    j.entries.push(review);
    return review;
  });
}

/** Answers with care at once, then says it is saved; hands back the care found. */
async function done(ctx: Context, review: ReviewEntry, json: boolean): Promise<CareJson | undefined> {
  const care = await answerCare(ctx, [review], { json });
  if (json) ctx.json(withCare(review, care));
  else said(ctx, review);
  return care;
}

function said(ctx: Context, review: ReviewEntry): void {
  if (!ctx.deps.stdout.isTTY) return ctx.print(review.id);
  ctx.print(ctx.paint.green(say.reviewed(shortId(review.id), shortId(review.ref))));
}

export async function review(opts: ReviewOptions, ctx: Context): Promise<void> {
  const fromFlags = fieldsFromFlags(opts);
  if (opts.id === undefined && fromFlags) throw new UsageError(say.reviewNeedsId);
  const read = await ctx.store.read();
  const journal = { ...read, entries: current(read.entries) };

  if (opts.id !== undefined) {
    // A wrong target fails before anything is asked.
    const target = reviewable(findEntry(journal.entries, opts.id), journal.entries);
    if (!fromFlags && !ctx.interactive) throw new UsageError(say.needsTerminal(say.reviewNeedsDone));
    const fields = fromFlags ?? (await askReview(await ctx.ask(), target, journal.profile, false));
    if (!fields) return;
    const saved = await save(ctx, target.id, fields);
    // The care note comes first; after a crisis or danger signal nothing cheerful follows it.
    if (!alarming((await done(ctx, saved, opts.json === true))?.level)) afterReview(ctx, saved, target, journal.profile.role, opts.json === true);
    return;
  }

  if (!ctx.interactive) throw new UsageError(say.reviewNeedsId);
  const open = openActions(journal.entries);
  if (open.length === 0) return ctx.print(say.nothingOpen);
  const p = await ctx.ask();
  const saved: (ReviewEntry & { care?: CareJson })[] = [];
  for (const action of open) {
    p.note(sayQuestions.reviewHeader(action.date, action.action));
    const fields = await askReview(p, action, journal.profile, true);
    if (!fields) continue;
    // Saved one by one, so stopping halfway keeps the reviews already given;
    // each is answered with care at once, before the next question.
    const review = await save(ctx, action.id, fields);
    const care = await answerCare(ctx, [review], { json: opts.json === true });
    saved.push(withCare(review, care));
    if (!alarming(care?.level)) noteBack(p, reviewFacts(review, action), journal.profile.role);
  }
  if (opts.json) return ctx.json(saved);
  for (const r of saved) said(ctx, r);
}
