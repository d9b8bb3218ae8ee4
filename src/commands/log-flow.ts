// The interactive daily exercise. Each answer is a step with a key; answers
// are kept in a draft after every step, so an interrupted session can be
// picked up again, and the journal is written once, at the end, under the lock.
import type { Context } from '../context.js';
import { catalog } from '../domain/catalog.js';
import { compact, hasContent, MAX_GRATITUDE, newLog, newReview, openActions, reviewedIds, shortId, type LogFields, type ReviewFields } from '../domain/entries.js';
import { suggestToday } from '../domain/suggest.js';
import type { ChecklistId, Emotion, Entry, Journal, LogEntry, ReviewEntry, TrapId, TrustType } from '../domain/types.js';
import { addDays } from '../domain/dates.js';
import { CONCERN_DAYS } from '../domain/care.js';
import { clearDraft, loadDraft, saveDraft, type Draft } from '../storage/draft.js';
import { OPEN_ACTIONS } from '../storage/scan.js';
import type { Prompter } from '../ui/prompts.js';
import { askUpTo } from '../ui/ask.js';
import { q, tell } from '../ui/messages.js';
import { safe } from '../ui/messages.js';
import { CancelledError } from '../errors.js';
import { askReview } from './review-questions.js';
import { personalise, roleWords, trendTag } from '../ui/messages-practice.js';
import { askMarbles, marblesFor } from './jar.js';
import { answerCare, type CareJson } from './care-note.js';
import { FlowCare } from './log-care.js';
import { sayCare } from '../ui/messages-care.js';

type Answers = Record<string, unknown>;

interface Step {
  key: string;
  when?: (a: Answers) => boolean;
  ask: (a: Answers) => Promise<unknown>;
}

interface ActionChoice {
  text: string;
  behaviour?: string;
  step?: number;
}

const OWN = '\u0000own';

function thoughtSteps(p: Prompter, journal: Journal, care: FlowCare, today: string, whole: () => Promise<Journal>): Step[] {
  const yes = (a: Answers) => a.hasThought === true;
  const step = (key: string, ask: (a: Answers) => Promise<unknown>): Step => ({ key, when: yes, ask });
  // While a concern is open the fear may be real: no hunting for traps in it, no feared outcome of a trust test.
  const calm = (key: string, ask: (a: Answers) => Promise<unknown>): Step => ({ key, when: (a) => yes(a) && !care.open, ask });
  return [
    { key: 'hasThought', ask: () => p.confirm(q.hasThought, true) },
    step('situation', () => {
      p.note(q.phaseWrite);
      return p.text(q.situation);
    }),
    step('thought', () => p.text(q.thought, { required: true })),
    step('types', () => p.checkbox<TrustType>(q.types, catalog.trustTypes.map((t) => ({ value: t.id, name: t.label, description: t.question })))),
    step('emotions', async () => {
      const picked = await p.checkbox<string>(q.emotions, catalog.emotions.map((e) => ({ value: e, name: e })));
      const other = (await p.text(q.otherEmotion)).toLowerCase();
      if (other) picked.push(other);
      const out: Emotion[] = [];
      for (const name of picked) {
        const intensity = await p.number(q.intensity(name), { min: 0, max: 100 });
        if (intensity !== undefined) out.push({ name, intensity });
      }
      return out;
    }),
    step('belief', () => p.number(q.belief, { min: 0, max: 100 })),
    step('evidenceFor', () => {
      p.note(care.open ? sayCare.phaseChallenge : q.phaseChallenge);
      return p.text(q.evidenceFor);
    }),
    step('evidenceAgainst', () => p.text(q.evidenceAgainst)),
    calm('traps', () => {
      if (care.fearsCameTrue) p.note(sayCare.notATrap);
      return p.checkbox<TrapId>(q.traps, catalog.traps.map((t) => ({ value: t.id, name: t.label, description: q.trapHint(t.explain, t.example) })));
    }),
    step('balanced', () => p.text(q.balanced)),
    step('beliefAfter', () => p.number(q.beliefAfter, { min: 0, max: 100 })),
    step('action', async (a): Promise<ActionChoice> => {
      p.note(care.open ? sayCare.phaseAct : q.phaseAct);
      const { role, partner } = journal.profile;
      const ideas = suggestToday((await whole()).entries, today, (a.types as TrustType[] | undefined) ?? [], role, { concern: care.level });
      const tagged = (t: string) => (trendTag[t] ? ` (${trendTag[t]})` : '');
      const pick = await p.select<string>(care.open ? sayCare.actionAsk : roleWords.action(role, partner), [
        ...ideas.map((s, i) => ({ value: String(i), name: personalise(s.text, partner) + tagged(s.trend) })),
        { value: OWN, name: q.ownAction },
      ]);
      const idea = ideas[Number(pick)];
      if (pick === OWN || !idea) return { text: await p.text(q.ownActionText, { required: true }) };
      // A safety step is not a growing step: it keeps no behaviour or size, so the trust steps resume where they were.
      if (idea.kind !== 'trust') return { text: personalise(idea.text, partner) };
      return { text: personalise(idea.text, partner), behaviour: idea.behaviour, step: idea.step };
    }),
    calm('prediction', () => p.text(q.prediction)),
  ];
}

function gratitudeStep(p: Prompter, journal: Journal, care: FlowCare): Step {
  return {
    key: 'gratitude',
    when: () => !care.open,
    ask: () => askUpTo(p, MAX_GRATITUDE, (n) => q.gratitude(n, journal.profile.partner ?? q.yourPartner)),
  };
}

function reviewSteps(p: Prompter, journal: Journal, date: string): Step[] {
  const open = openActions(journal.entries, date);
  if (open.length === 0) return [];
  const steps: Step[] = [{ key: 'reviewNow', ask: () => p.confirm(q.reviewOffer(open.length), true) }];
  for (const action of open) {
    steps.push({
      key: `review:${action.id}`,
      when: (a) => a.reviewNow === true,
      ask: async () => {
        p.note(q.reviewHeader(action.date, action.action));
        return (await askReview(p, action, journal.profile, true)) ?? null;
      },
    });
  }
  return steps;
}

/** Turns the answers into the log entry's fields. */
export function logFields(a: Answers, date: string): LogFields {
  const action = a.action as ActionChoice | undefined;
  const thoughtWork = a.hasThought === true;
  return compact({
    date,
    checklist: a.checklist as ChecklistId[] | undefined,
    ...(thoughtWork
      ? {
          situation: a.situation as string | undefined,
          thought: a.thought as string | undefined,
          types: a.types as TrustType[] | undefined,
          emotions: a.emotions as Emotion[] | undefined,
          belief: a.belief as number | undefined,
          evidenceFor: a.evidenceFor as string | undefined,
          evidenceAgainst: a.evidenceAgainst as string | undefined,
          traps: a.traps as TrapId[] | undefined,
          balanced: a.balanced as string | undefined,
          beliefAfter: a.beliefAfter as number | undefined,
          action: action?.text,
          behaviour: action?.behaviour,
          step: action?.step,
          prediction: a.prediction as string | undefined,
        }
      : {}),
    gratitude: a.gratitude as string[] | undefined,
  });
}

/** The session's answers so far as the entries they would make, for listening to them before the save. */
function draftEntries(a: Answers, date: string): Entry[] {
  const stamp = { createdAt: '' };
  const out: Entry[] = [];
  for (const [key, fields] of Object.entries(a)) {
    if (!key.startsWith('review:') || !fields) continue;
    const ref = key.slice('review:'.length);
    out.push({ ...(fields as ReviewFields), id: `draft:${ref}`, kind: 'review', ref, date, ...stamp });
  }
  out.push({ ...logFields(a, date), id: 'draft:log', kind: 'log', ...stamp });
  return out;
}

export interface LogSession {
  /** The log entry saved, if the session made one (it may have saved only reviews or marbles). */
  entry: LogEntry | undefined;
  care: CareJson | undefined;
}

/** `status` carries the lines said around the save (to stderr when stdout must hold only JSON). */
export async function logFlow(ctx: Context, date: string, status: (line: string) => void = ctx.print, json = false): Promise<LogSession | undefined> {
  // The first screen needs only the open actions and the last two weeks (for
  // care); the suggestions look at the whole journal, read when first asked for.
  const journal = await ctx.store.readSome([{ since: addDays(ctx.today, -(CONCERN_DAYS - 1)) }, ...OPEN_ACTIONS]);
  let read: Promise<Journal> | undefined;
  const whole = () => (read ??= ctx.store.read());
  const codec = ctx.store.adapter.codec;
  const p = await ctx.ask();

  let draft: Draft = { date, startedAt: ctx.now.toISOString(), answers: {} };
  const old = await loadDraft(ctx.file, codec);
  if (old && Object.keys(old.answers).length > 0) {
    const resume = await p.select(q.resumeDraft(old.date, old.startedAt), [
      { value: true, name: q.resumeYes },
      { value: false, name: q.resumeNo },
    ]);
    if (resume) draft = { ...old, date: old.date <= ctx.today ? old.date : date };
    else await clearDraft(ctx.file);
  }

  const care = new FlowCare(journal, ctx.today);
  care.greet(p);
  const calm = () => !care.open;
  const steps: Step[] = [
    ...reviewSteps(p, journal, draft.date),
    { key: 'checklist', when: calm, ask: () => p.checkbox<ChecklistId>(q.checklist, catalog.checklist.map((c) => ({ value: c.id, name: c.label, description: c.hint }))) },
    ...thoughtSteps(p, journal, care, ctx.today, whole),
    gratitudeStep(p, journal, care),
    { key: 'marbles', when: calm, ask: () => askMarbles(p, journal.profile) },
  ];
  try {
    care.listen(p, draftEntries(draft.answers, draft.date));
    for (const step of steps) {
      if (step.key in draft.answers || (step.when && !step.when(draft.answers))) continue;
      draft.answers[step.key] = await step.ask(draft.answers);
      await saveDraft(ctx.file, codec, draft);
      care.listen(p, draftEntries(draft.answers, draft.date));
    }
  } catch (e) {
    // Ctrl-C or a closed terminal: say that the answers so far are safe in the draft.
    const stopped = e instanceof Error && (e.name === 'ExitPromptError' || e.name === 'AbortPromptError');
    if (stopped && Object.keys(draft.answers).length > 0) throw new CancelledError(safe.stoppedDraftKept, { cause: e });
    throw e;
  }

  const fields = logFields(draft.answers, draft.date);
  const reviews = Object.entries(draft.answers).filter(([k, v]) => k.startsWith('review:') && v) as [string, ReviewFields][];
  const entry = hasContent(fields) ? newLog(fields, ctx.stamp()) : undefined;
  const marbles = marblesFor((draft.answers.marbles as string[] | undefined) ?? [], draft.date, ctx);

  const added: ReviewEntry[] = [];
  if (!entry && reviews.length === 0 && marbles.length === 0) {
    await clearDraft(ctx.file);
    status(tell.nothingSaved);
    return undefined;
  }
  await ctx.store.update((j) => {
    const reviewed = reviewedIds(j.entries);
    for (const [key, answers] of reviews) {
      const ref = key.slice('review:'.length);
      const target = j.entries.find((e) => e.id === ref);
      if (!target || reviewed.has(ref)) {
        status(tell.reviewSkippedRace(shortId(ref)));
        continue;
      }
      const review = newReview(target, j.entries, answers, ctx.today, ctx.stamp());
      j.entries.push(review);
      added.push(review);
    }
    if (entry) j.entries.push(entry);
    j.entries.push(...marbles);
  });
  await clearDraft(ctx.file);

  const saved = await answerCare(ctx, [...added, ...(entry ? [entry] : []), ...marbles], { json, shown: care.shown });
  if (added.length > 0) status(tell.reviewsSaved(added.length));
  if (marbles.length > 0) status(roleWords.marblesSaved(marbles.length));
  return { entry, care: saved };
}
