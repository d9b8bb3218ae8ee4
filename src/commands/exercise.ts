// `trust exercise [name]`: the couples exercises and rituals, one step at a
// time. At a terminal it guides; for scripts, `--answer field=text` saves the
// answers directly. `--list` works anywhere.
import type { Context } from '../context.js';
import type { Exercise } from '../domain/catalog.js';
import { catalog } from '../domain/catalog.js';
import { shortId } from '../domain/entries.js';
import { exerciseIds, fieldsOf, findExercise, newExercise, parseAnswers } from '../domain/exercise.js';
import type { ExerciseEntry, Profile } from '../domain/types.js';
import * as v from '../domain/validate.js';
import { UsageError } from '../errors.js';
import { personalise, sayExercise } from '../ui/messages-practice.js';
import type { Prompter } from '../ui/prompts.js';
import { answerCare, withCare, type CareJson } from './care-note.js';

export interface ExerciseOptions {
  name?: string;
  list?: boolean;
  answer?: string[];
  date?: string;
  json?: boolean;
}

function list(ctx: Context, json: boolean): void {
  if (json) {
    return ctx.json(catalog.exercises.map((x) => ({ id: x.id, title: x.title, goal: x.goal, minutes: x.minutes, together: x.together, fields: fieldsOf(x) })));
  }
  ctx.print(sayExercise.listHeader);
  for (const x of catalog.exercises) {
    ctx.print(sayExercise.listLine(x.id, x.title, x.minutes, x.together, x.goal));
    ctx.print(ctx.paint.dim(sayExercise.fieldsLine(fieldsOf(x))));
  }
}

interface Guided {
  answers: Record<string, string>;
  finished: boolean;
}

/** Intro, then each step: a question where the step has a field, a pause where it is something to do together. */
async function guide(p: Prompter, x: Exercise, profile: Profile): Promise<Guided> {
  const you = (text: string) => personalise(text, profile.partner);
  p.note([sayExercise.heading(x.title, x.minutes, x.together, profile.partner), you(x.goal), you(x.intro), sayExercise.howToAnswer].join('\n'));
  const answers: Record<string, string> = {};
  for (const [i, step] of x.steps.entries()) {
    const label = `${sayExercise.stepNumber(i + 1, x.steps.length)}: ${you(step.prompt)}`;
    if (step.field) {
      answers[step.field] = await p.text(label);
      continue;
    }
    const last = i === x.steps.length - 1;
    const go = await p.select(label, [
      { value: true, name: last ? sayExercise.finish : sayExercise.next },
      { value: false, name: sayExercise.stop },
    ]);
    if (!go) return { answers, finished: false };
  }
  return { answers, finished: true };
}

/** Appends the entry and answers with care at once. */
async function save(ctx: Context, entry: ExerciseEntry, json: boolean): Promise<CareJson | undefined> {
  await ctx.store.append([entry]);
  return answerCare(ctx, [entry], { json });
}

export async function exercise(opts: ExerciseOptions, ctx: Context): Promise<void> {
  if (opts.list) return list(ctx, opts.json === true);
  const date = opts.date === undefined ? ctx.today : v.pastDate('--date', opts.date, ctx.today);
  const scripted = opts.answer ?? [];
  let name = opts.name;
  if (name === undefined) {
    if (scripted.length > 0) throw new UsageError(sayExercise.needsName(exerciseIds()));
    if (!ctx.interactive) return list(ctx, opts.json === true);
    const choices = catalog.exercises.map((x) => ({ value: x.id, name: x.title, description: x.goal }));
    name = await (await ctx.ask()).select(sayExercise.pick, choices);
  }
  const x = findExercise(name);

  if (scripted.length > 0) {
    const entry = newExercise(x, parseAnswers(x, scripted), date, ctx.stamp());
    const care = await save(ctx, entry, opts.json === true);
    if (opts.json) return ctx.json(withCare(entry, care));
    return ctx.print(ctx.deps.stdout.isTTY ? sayExercise.saved(shortId(entry.id)) : entry.id);
  }
  if (!ctx.interactive) throw new UsageError(sayExercise.needsTerminalOrAnswers(x.id, fieldsOf(x)));

  const { profile, entries } = await ctx.store.read();
  const before = entries.filter((e) => e.kind === 'exercise' && e.exercise === x.id).map((e) => e.date).sort();
  const { answers, finished } = await guide(await ctx.ask(), x, profile);
  const written = Object.values(answers).some(Boolean);
  if (!finished && !written) return ctx.print(sayExercise.stoppedNothing);

  const entry = newExercise(x, answers, date, ctx.stamp());
  const care = await save(ctx, entry, opts.json === true);
  if (opts.json) return ctx.json(withCare(entry, care));
  ctx.print(ctx.paint.green(finished ? sayExercise.saved(shortId(entry.id)) : sayExercise.savedPartly(shortId(entry.id))));
  // After a word of danger or crisis, no cheerful thanks or tally.
  if (!finished || care) return;
  ctx.print(sayExercise.thanks(x.together, profile.partner));
  const last = before[before.length - 1];
  if (last) ctx.print(ctx.paint.dim(sayExercise.doneBefore(before.length, last)));
}
