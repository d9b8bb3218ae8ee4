// `trust edit <id>`: corrects a daily entry or a review. The correction is a
// new entry (kind `edit`) holding only the fields that change; the first
// version stays as it was written. By flags (the same as `log` or `review`),
// or at a terminal by asking which field to change.
import type { Context } from '../context.js';
import { current, isEditable, newEdit, type Current, type Editable } from '../domain/corrections.js';
import { findEntry, shortId } from '../domain/entries.js';
import type { EditEntry, EditFields } from '../domain/types.js';
import { UsageError } from '../errors.js';
import { valueText } from '../ui/entry-text.js';
import { sayEdit } from '../ui/messages-edit.js';
import type { Prompter } from '../ui/prompts.js';
import { answerCare, withCare } from './care-note.js';
import { LOG_FLAGS, REVIEW_FLAGS, type LogFlagValues, type ReviewFlagValues } from '../ui/entry-flags.js';
import { anyGiven, checkFlags } from './flag-values.js';
import { askField, editableFields } from './edit-questions.js';

export type EditOptions = LogFlagValues & ReviewFlagValues & { id: string; json?: boolean };

/** The fields the flags give, checked against the kind of entry; undefined when no flag was given. */
function fromFlags(o: EditOptions, target: Editable): EditFields | undefined {
  const [own, other] = target.kind === 'log' ? [LOG_FLAGS, REVIEW_FLAGS] : [REVIEW_FLAGS, LOG_FLAGS];
  const stray = other.find((f) => anyGiven([f], o));
  if (stray !== undefined) throw new UsageError(sayEdit.wrongFlag(stray.name, target.kind, shortId(target.id)));
  return anyGiven(own, o) ? checkFlags<EditFields>(own, o) : undefined;
}

/** At a terminal: one field at a time, until the person says that is all. */
async function fromQuestions(p: Prompter, target: Current<Editable>): Promise<EditFields> {
  const wanted: Record<string, unknown> = {};
  for (;;) {
    const now: Record<string, unknown> = { ...target, ...wanted };
    const choices = editableFields(target.kind).map((f) => ({
      value: f.key,
      name: `${f.label}: ${now[f.key] === undefined ? sayEdit.empty : valueText(f.key, now[f.key]).replace(/\s+/g, ' ').trim()}`,
    }));
    const key = await p.select(sayEdit.which, [{ value: '', name: sayEdit.done }, ...choices]);
    const field = editableFields(target.kind).find((f) => f.key === key);
    if (!field) return wanted;
    const answer = await askField(p, field, now[field.key]);
    if (answer !== undefined) wanted[field.key] = answer;
  }
}

function said(ctx: Context, edit: EditEntry): void {
  if (!ctx.deps.stdout.isTTY) return ctx.print(edit.id);
  ctx.print(ctx.paint.green(sayEdit.saved(shortId(edit.id), shortId(edit.ref))));
}

export async function edit(opts: EditOptions, ctx: Context): Promise<void> {
  const journal = await ctx.store.read();
  const entries = current(journal.entries);
  const target = findEntry(entries, opts.id);
  if (!isEditable(target)) throw new UsageError(sayEdit.notEditable(shortId(target.id), target.kind));
  let wanted = fromFlags(opts, target);
  if (wanted === undefined) {
    if (!ctx.interactive) throw new UsageError(sayEdit.needsFlags(shortId(target.id)));
    wanted = await fromQuestions(await ctx.ask(), target);
  }
  // Checked before the save, and again under the lock against the journal as it is then.
  newEdit(target, entries, wanted, ctx.stamp());
  const fields = wanted;
  const saved = await ctx.store.update((j) => {
    const now = current(j.entries);
    const again = findEntry(now, target.id);
    if (!isEditable(again)) throw new UsageError(sayEdit.notEditable(shortId(again.id), again.kind));
    const entry = newEdit(again, now, fields, ctx.stamp());
    j.entries.push(entry);
    return entry;
  });
  const care = await answerCare(ctx, [saved], { json: opts.json === true });
  if (opts.json) return ctx.json(withCare(saved, care));
  said(ctx, saved);
}
