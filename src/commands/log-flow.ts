// The interactive daily exercise. Each answer is a step with a key; answers
// are kept in a draft after every step, so an interrupted session can be
// picked up again, and the journal is written once, at the end, under the lock.
import type { Context } from '../context.js';
import { catalog, forRole } from '../domain/catalog.js';
import { compact, hasContent, MAX_GRATITUDE, newLog, newReview, reviewedIds, shortId, type LogFields } from '../domain/entries.js';
import { suggestToday } from '../domain/suggest.js';
import type { ChecklistId, Emotion, Entry, Journal, LogEntry, ReviewEntry, TrapId, TrustType } from '../domain/types.js';
import { addDays } from '../domain/dates.js';
import { CONCERN_DAYS } from '../domain/care.js';
import { clearDraft, loadDraft, saveDraft, type Draft } from '../storage/draft.js';
import type { Prompter } from '../ui/prompts.js';
import { askUpTo } from '../ui/ask.js';
import { sayQuestions, sayLog } from '../ui/messages.js';
import { CancelledError } from '../errors.js';
import { askReview } from './review-questions.js';
import { personalise, sayRole, sayTrend } from '../ui/messages-practice.js';
import { askMarbles, marblesFor } from './jar.js';
import { sayAnswer } from '../ui/messages-answer.js';
import { challengeFacts, fearedBefore, reviewFacts, type Challenged } from '../domain/answer-back.js';
import { alarming, noteBack } from './answer-back.js';
import { answerCare, type CareJson } from './care-note.js';
import { FlowCare } from './log-care.js';
import { sayCare } from '../ui/messages-care.js';
import { sayNewcomer } from '../ui/messages-newcomer.js';
import { firstRead, type FirstRead } from './log-read.js';
import { keepValid, logAnswers, reviewAnswers, type ActionChoice, type Answers } from './log-answers.js';
import { typing } from './log-partial.js';
import { saveOnSignal } from '../signals.js';

interface Step {
  key: string;
  when?: (a: Answers) => boolean;
  ask: (a: Answers) => Promise<unknown>;
}

const OWN = '\u0000own';
/** The answer "not today" where a step is offered. */
export const NOT_TODAY = '\u0000not-today';

/** Each challenge question shows the thought above it, so it stays in view while it is tested. */
const about = (a: Answers, question: string) => (typeof a.thought === 'string' && a.thought ? sayAnswer.aboutThought(a.thought, question) : question);

/** A feeling the person named in their own words, not one from the list. */
const ownFeeling = (name: string) => !catalog.emotions.includes(name);

/** Feelings picked from the list or named, each with how strong it is: a ticked one needs its number, asked again until given. */
async function askFeelings(p: Prompter, question: string): Promise<Emotion[]> {
  const picked = await p.checkbox<string>(question, catalog.emotions.map((e) => ({ value: e, name: e })));
  const other = (await p.text(sayQuestions.otherEmotion)).toLowerCase();
  if (other) picked.push(other);
  const out: Emotion[] = [];
  for (const name of picked) {
    const intensity = await p.number(sayQuestions.intensity(name, ownFeeling(name)), { min: 0, max: 100, required: true });
    if (intensity !== undefined) out.push({ name, intensity });
  }
  return out;
}

function thoughtSteps(p: Prompter, journal: Journal, care: FlowCare, whole: () => Promise<Journal>): Step[] {
  const yes = (a: Answers) => a.hasThought === true;
  const step = (key: string, ask: (a: Answers) => Promise<unknown>): Step => ({ key, when: yes, ask });
  // While a concern is open the fear may be real: no hunting for traps in it, no feared outcome of a trust test.
  const calm = (key: string, ask: (a: Answers) => Promise<unknown>): Step => ({ key, when: (a) => yes(a) && !care.open, ask });
  return [
    { key: 'hasThought', ask: () => p.confirm(sayQuestions.hasThought, true) },
    // No thought today: how the day feels is still worth a line (a mood check-in, as `--emotion` alone is).
    { key: 'mood', when: (a) => a.hasThought === false, ask: () => askFeelings(p, sayQuestions.mood) },
    step('situation', () => {
      p.note(sayQuestions.phaseWrite);
      return p.text(sayQuestions.situation);
    }),
    step('thought', () => p.text(sayQuestions.thought, { required: true })),
    step('types', () => p.checkbox<TrustType>(sayQuestions.types, catalog.trustTypes.map((t) => ({ value: t.id, name: t.label, description: sayNewcomer.withFlag(t.question, '--type', t.id) })))),
    step('emotions', () => askFeelings(p, sayQuestions.emotions)),
    step('belief', () => p.number(sayQuestions.belief, { min: 0, max: 100 })),
    step('evidenceFor', (a) => {
      p.note(care.open ? sayCare.phaseChallenge : sayQuestions.phaseChallenge);
      return p.text(about(a, sayQuestions.evidenceFor));
    }),
    step('evidenceAgainst', (a) => p.text(about(a, sayQuestions.evidenceAgainst))),
    calm('traps', async (a) => {
      if (care.fearsCameTrue) p.note(sayCare.notATrap);
      const role = journal.profile.role;
      const traps = await p.checkbox<TrapId>(about(a, sayQuestions.traps), catalog.traps.map((trap) => {
        const t = forRole(trap, role);
        return { value: t.id, name: t.label, description: sayNewcomer.withFlag(sayQuestions.trapHint(t.explain, t.example), '--trap', t.id) };
      }));
      const before = fearedBefore({ traps }, (await whole()).entries);
      if (before && !alarming(care.level)) noteBack(p, [before], role);
      return traps;
    }),
    step('balanced', (a) => p.text(about(a, sayQuestions.balanced))),
    // The fairer thought in view while it is rated.
    { key: 'beliefBalanced', when: (a) => yes(a) && Boolean(a.balanced), ask: (a) => p.number(sayAnswer.aboutThought(String(a.balanced), sayAnswer.beliefBalanced), { min: 0, max: 100 }) },
    step('beliefAfter', (a) => p.number(about(a, sayQuestions.beliefAfter), { min: 0, max: 100 })),
    step('emotionsAfter', async (a) => {
      const { emotions: felt = [], belief, beliefAfter } = logAnswers(a);
      const out: Emotion[] = [];
      if (felt.length > 0) p.note(sayAnswer.emotionsAfter);
      for (const { name } of felt) {
        const intensity = await p.number(sayAnswer.intensityNow(name, ownFeeling(name)), { min: 0, max: 100 });
        if (intensity !== undefined) out.push({ name, intensity });
      }
      const numbers = { belief, beliefAfter, emotions: felt, emotionsAfter: out };
      // After a crisis or danger signal the care note stands alone.
      if (!alarming(care.level)) noteBack(p, challengeFacts(compact<Challenged>(numbers)), journal.profile.role);
      return out;
    }),
  ];
}

/** One small step: after a thought, or on its own (a calm day can grow trust too); "not today" is an answer. */
function actionSteps(p: Prompter, journal: Journal, care: FlowCare, today: string, whole: () => Promise<Journal>): Step[] {
  const chosen = (a: Answers) => Boolean(a.action);
  // While a concern is open the fear may be real: no feared outcome of a trust test.
  const calmChosen = (a: Answers) => chosen(a) && !care.open;
  return [
    {
      key: 'action',
      ask: async (a): Promise<ActionChoice | null> => {
        p.note(care.open ? sayCare.phaseAct : a.hasThought === true ? sayQuestions.phaseAct : sayAnswer.stepAnyway);
        const { role, partner } = journal.profile;
        const ideas = suggestToday((await whole()).entries, today, logAnswers(a).types ?? [], role, { concern: care.level });
        const tagged = (t: string) => (sayTrend[t] ? ` (${sayTrend[t]})` : '');
        const pick = await p.select<string>(care.open ? sayCare.actionAsk : sayRole.action(role, partner), [
          ...ideas.map((s, i) => ({ value: String(i), name: personalise(s.text, partner) + tagged(s.trend) })),
          { value: OWN, name: sayQuestions.ownAction },
          { value: NOT_TODAY, name: sayAnswer.notToday },
        ]);
        if (pick === NOT_TODAY) return null;
        const idea = ideas[Number(pick)];
        if (pick === OWN || !idea) return { text: await p.text(sayQuestions.ownActionText, { required: true }) };
        // A safety step is not a growing step: it keeps no behaviour or size, so the trust steps resume where they were.
        if (idea.kind !== 'trust') return { text: personalise(idea.text, partner) };
        return { text: personalise(idea.text, partner), behaviour: idea.behaviour, step: idea.step };
      },
    },
    {
      key: 'prediction',
      when: calmChosen,
      ask: async () => {
        const prediction = await p.text(sayQuestions.prediction);
        const before = prediction ? fearedBefore({ prediction }, (await whole()).entries) : undefined;
        if (before && before.kind === 'feared-before' && before.trap === undefined && !alarming(care.level)) noteBack(p, [before], journal.profile.role);
        return prediction;
      },
    },
    { key: 'predictionBelief', when: (a) => calmChosen(a) && Boolean(a.prediction), ask: () => p.number(sayAnswer.predictionBelief, { min: 0, max: 100 }) },
  ];
}

function gratitudeStep(p: Prompter, journal: Journal, care: FlowCare): Step {
  return {
    key: 'gratitude',
    when: () => !care.open,
    ask: () => askUpTo(p, MAX_GRATITUDE, (n) => sayQuestions.gratitude(n, journal.profile.partner ?? sayQuestions.yourPartner)),
  };
}

function reviewSteps(p: Prompter, first: FirstRead, date: string, care: FlowCare): Step[] {
  const { journal } = first;
  const open = first.open.filter((a) => a.date < date);
  if (open.length === 0) return [];
  const steps: Step[] = [{ key: 'reviewNow', ask: () => p.confirm(sayQuestions.reviewOffer(open.length), true) }];
  for (const { id } of open) {
    steps.push({
      key: `review:${id}`,
      when: (a) => a.reviewNow === true,
      ask: async () => {
        const action = await first.action(id);
        // Reviewed (or deleted) by another trust since the first question: nothing left to ask.
        if (!action) return null;
        p.note(sayQuestions.reviewHeader(action.date, action.action));
        const fields = await askReview(p, action, journal.profile, true);
        if (fields) {
          // The care note first (listening now, as the loop would after this step), then a word back when it is calm.
          care.listen(p, [{ ...fields, id: `draft:${action.id}`, kind: 'review', ref: action.id, date, createdAt: '' }]);
          if (!alarming(care.level)) noteBack(p, reviewFacts(fields, action), journal.profile.role);
        }
        return fields ?? null;
      },
    });
  }
  return steps;
}

/** Turns the answers into the log entry's fields. */
function logFields(raw: Answers, date: string): LogFields {
  const a = logAnswers(raw);
  const action: ActionChoice | undefined = a.action ?? undefined;
  const thoughtWork = a.hasThought === true;
  return compact({
    date,
    checklist: a.checklist,
    ...(thoughtWork
      ? {
          situation: a.situation,
          thought: a.thought,
          types: a.types,
          emotions: a.emotions,
          belief: a.belief,
          evidenceFor: a.evidenceFor,
          evidenceAgainst: a.evidenceAgainst,
          traps: a.traps,
          balanced: a.balanced,
          beliefBalanced: a.beliefBalanced,
          beliefAfter: a.beliefAfter,
          emotionsAfter: a.emotionsAfter,
        }
      : { emotions: a.mood }),
    action: action?.text,
    behaviour: action?.behaviour,
    step: action?.step,
    prediction: action ? a.prediction : undefined,
    predictionBelief: action ? a.predictionBelief : undefined,
    gratitude: a.gratitude,
  });
}

/** The session's answers so far as the entries they would make, for listening to them before the save. */
function draftEntries(a: Answers, date: string): Entry[] {
  const stamp = { createdAt: '' };
  const out: Entry[] = [];
  for (const [ref, fields] of reviewAnswers(a)) out.push({ ...fields, id: `draft:${ref}`, kind: 'review', ref, date, ...stamp });
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
  // care); the steps that look back over everything read the whole journal
  // when first asked (suggestions, fears noted before).
  const first = await firstRead(ctx, addDays(ctx.today, -(CONCERN_DAYS - 1)));
  const { journal } = first;
  let read: Promise<Journal> | undefined;
  const whole = () => (read ??= ctx.store.read());
  const codec = ctx.store.adapter.codec;
  const asker = await ctx.ask();

  let draft: Draft = { date, startedAt: ctx.now.toISOString(), answers: {} };
  const old = await loadDraft(ctx.file, codec);
  // Read back from disk: an answer that no longer fits is asked again.
  if (old) keepValid(old.answers);
  if (old && (Object.keys(old.answers).length > 0 || old.partial)) {
    const resume = await asker.select(sayNewcomer.resumeDraft(old.date, old.startedAt, ctx.today), [
      { value: true, name: sayQuestions.resumeYes },
      { value: false, name: sayQuestions.resumeNo },
    ]);
    if (resume) draft = { ...old, date: old.date <= ctx.today ? old.date : date };
    else await clearDraft(ctx.file);
  }
  const typed = typing(asker, draft.partial);
  const p = typed.prompter;

  const care = new FlowCare(journal, ctx.today);
  care.greet(p);
  const calm = () => !care.open;
  const steps: Step[] = [
    ...reviewSteps(p, first, draft.date, care),
    { key: 'checklist', when: calm, ask: () => p.checkbox<ChecklistId>(sayQuestions.checklist, catalog.checklist.map((item) => {
      const c = forRole(item, journal.profile.role);
      return { value: c.id, name: c.label, description: sayNewcomer.withFlag(c.hint, '--checklist', c.id) };
    })) },
    ...thoughtSteps(p, journal, care, whole),
    ...actionSteps(p, journal, care, ctx.today, whole),
    gratitudeStep(p, journal, care),
    { key: 'marbles', when: calm, ask: (a) => askMarbles(p, journal.profile, Array.isArray(a.gratitude) ? a.gratitude.length : 0) },
  ];
  // A signal ends the run at once: the words on the line are saved first. Ctrl-C ends the prompt instead (below).
  const withWords = async () => {
    const words = typed.unsaved();
    if (words) await saveDraft(ctx.file, codec, { ...draft, partial: words });
    return words;
  };
  const unhook = saveOnSignal(async () => void (await withWords()));
  try {
    // A resumed draft's answers are heard before the first question; a new one has none to hear yet.
    if (Object.keys(draft.answers).length > 0) care.listen(p, draftEntries(draft.answers, draft.date));
    for (const step of steps) {
      if (step.key in draft.answers || (step.when && !step.when(draft.answers))) continue;
      typed.begin(step.key);
      draft.answers[step.key] = await step.ask(draft.answers);
      // The step is answered: words kept from a stop in it are used up (or the step went another way).
      if (draft.partial?.step === step.key) delete draft.partial;
      await saveDraft(ctx.file, codec, draft);
      care.listen(p, draftEntries(draft.answers, draft.date));
    }
  } catch (e) {
    // Ctrl-C or a closed terminal: the words on the line join the draft, and the message says what it holds.
    const stopped = e instanceof Error && (e.name === 'ExitPromptError' || e.name === 'AbortPromptError');
    if (stopped) {
      const words = await withWords();
      if (words || draft.partial) throw new CancelledError(sayNewcomer.stoppedTypingKept, { cause: e });
      if (Object.keys(draft.answers).length > 0) throw new CancelledError(sayNewcomer.stoppedDraftKept, { cause: e });
    }
    throw e;
  } finally {
    unhook();
  }

  const fields = logFields(draft.answers, draft.date);
  const reviews = reviewAnswers(draft.answers);
  const entry = hasContent(fields) ? newLog(fields, ctx.stamp()) : undefined;
  const marbles = marblesFor(logAnswers(draft.answers).marbles ?? [], draft.date, ctx);

  const added: ReviewEntry[] = [];
  if (!entry && reviews.length === 0 && marbles.length === 0) {
    await clearDraft(ctx.file);
    status(sayLog.nothingSaved);
    return undefined;
  }
  await ctx.store.update((j) => {
    const reviewed = reviewedIds(j.entries);
    for (const [ref, answers] of reviews) {
      const target = j.entries.find((e) => e.id === ref);
      if (!target || reviewed.has(ref)) {
        status(sayLog.reviewSkippedRace(shortId(ref)));
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
  if (added.length > 0) status(sayLog.reviewsSaved(added.length));
  if (marbles.length > 0) status(sayRole.marblesSaved(marbles.length));
  return { entry, care: saved };
}
