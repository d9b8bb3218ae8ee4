// The words of the journal answering back, the ledger of tested fears, and
// the rest of the complete thought record (its questions, its lines on cards
// and in reports). Facts come from src/domain (answer-back.ts, fears.ts).
// A line or two, warm and plain; a fear that came true is said as it is.
import type { AnswerFact } from '../domain/answer-back.js';
import type { FearItem, FearLedger } from '../domain/fears.js';
import type { Answer, Role } from '../domain/types.js';
import { feelingNamed, plural } from './messages.js';
import { sayTimes as times } from './messages-report.js';

/** How often a tested fear came true, in a few words. */
function cameTrueText(t: { tested: number; cameTrue: number; partly: number }): string {
  if (t.cameTrue === 0 && t.partly === 0) return t.tested === 1 ? 'it did not come true' : 'it has not come true yet';
  const partly = t.partly > 0 ? `${t.cameTrue > 0 ? ', and ' : ''}partly ${times(t.partly)}` : '';
  return t.cameTrue > 0 ? `it came true ${times(t.cameTrue)}${partly}` : `it came true only in part, ${times(t.partly)}`;
}

// The care note has already said plainly that the fear came true (and that it is no thinking trap);
// these lines follow it, for the person's side of the repair, without saying it twice.
const CAME_TRUE: Record<Role, string> = {
  hurt: 'You went and looked anyway, and what you feel about it is real. The next step can be a gentler one.',
  'broke-trust': 'Staying honest and steady through it is exactly what rebuilds trust, one step at a time.',
  both: 'That is hard for both of you; the next step can be a smaller one.',
};

/** One sentence for one fact. `trapLabel` names a trap id for people. */
export function answerLine(f: AnswerFact, role: Role | undefined, trapLabel: (id: string) => string): string {
  switch (f.kind) {
    case 'belief-moved':
      if (f.to < f.from) return `Belief in the old thought went from ${f.from} to ${f.to}. Looking at the proof did that.`;
      if (f.to === f.from) return `The old thought still sits at ${f.from}. That is allowed: you looked it in the eye, and that counts.`;
      return `It feels stronger right now (${f.from} to ${f.to}). Some days the hurt weighs more than the proof; writing it down still helps.`;
    case 'feeling-eased':
      return `The ${f.name} eased from ${f.from} to ${f.to}.`;
    case 'feared-before': {
      const what = f.trap ? `Fears that come with ${trapLabel(f.trap).toLowerCase()} have been put to the test ${times(f.tested)}` : `You have feared this ${times(f.tested)}`;
      return `${what}; ${cameTrueText(f)}.`;
    }
    case 'fear-checked': {
      if (f.cameTrue === 'yes') return CAME_TRUE[role ?? 'both'];
      const sure = f.sure === undefined ? '' : ` You were ${f.sure} out of 100 sure it would.`;
      if (f.cameTrue === 'partly') return `Part of what you feared happened, not all of it.${sure} Which part is worth noting.`;
      return `What you feared did not happen.${sure} Worth remembering the next time that fear comes back.`;
    }
    case 'belief-since':
      return f.to < f.from
        ? `Belief in the old thought: ${f.from} when you wrote it, ${f.to} now. The step moved it.`
        : `Belief in the old thought: ${f.from} when you wrote it, ${f.to} now. Thoughts like this often ease slowly, over many small steps.`;
  }
}

/** The ledger as text for `trust fears`. */
export const sayFears = {
  title: 'Fears put to the test',
  filtered: (what: string) => `Fears put to the test (${what})`,
  none: 'No fear has been put to the test yet. When a small step comes with a fear, `trust review` asks afterwards whether it happened.',
  noneFiltered: 'No tested fear matches that.',
  summary: (l: FearLedger) =>
    `${plural(l.tested, 'fear')} tested: ${l.didNot} did not happen, ${l.partly} partly, ${l.cameTrue} came true.`,
  answer: { yes: 'came true', partly: 'partly', no: 'did not happen' } satisfies Record<Answer, string>,
  item: (date: string, i: FearItem) => `${date}  ${sayFears.answer[i.cameTrue]}: ${i.prediction}`,
  outcome: (text: string) => `what happened: ${text}`,
  learned: (text: string) => `learned: ${text}`,
  /** For the report's notes, under the headline: the trap behind most of the tested fears, and where the ledger is. */
  reportLine: (trap: string | undefined, trapTested: number, tested: number) =>
    `${trap && trapTested > 1 ? `${trap} was behind ${trapTested} of the ${tested} fears you tested. ` : ''}Every fear you have put to the test is kept in \`trust fears\`.`,
};

/** The new questions of the thought record, and the way a number is asked for. */
export const sayAnswer = {
  aboutThought: (thought: string, question: string) => `“${thought}”\n  ${question}`,
  beliefBalanced: 'How much do you believe the fairer thought?',
  emotionsAfter: 'Now rate the feelings again, after looking at the proof.',
  intensityNow: (name: string, own = false) => `How strong is ${feelingNamed(name, own)} now?`,
  predictionBelief: 'How sure are you that it will happen?',
  learned: 'What did this step teach you? (optional)',
  stepAnyway: 'No thought to work on today. A small step can still grow trust:',
  notToday: 'Not today',
  numberRange: (min: number, max: number) => `A whole number from ${min} to ${max}, please.`,
  numberOrSkip: (min: number, max: number) => `A whole number from ${min} to ${max}, please, or leave it empty to skip.`,
  numberNeeded: (min: number, max: number) => `This one needs a number, from ${min} to ${max}: a rough guess is fine.`,
};

/** Lines of the complete record on share cards, in reports and exports. */
export const sayRecord = {
  beliefPath: (before: number | undefined, afterChallenge: number | undefined, afterStep: number | undefined) =>
    [
      before === undefined ? undefined : `${before} out of 100 at first`,
      afterChallenge === undefined ? undefined : `${afterChallenge} after thinking it through`,
      afterStep === undefined ? undefined : `${afterStep} after the step`,
    ].filter(Boolean).join(', '),
  beliefBalanced: 'How much I believe the fairer thought',
  outOf100: (n: number) => `${n} out of 100`,
  sure: 'How sure I was it would happen',
  learned: 'What I learned',
  feelingsAfter: 'What I felt after thinking it through',
  beliefsTitle: 'Belief, thought by thought (before → after challenge → after the step)',
  beliefsLine: (day: string, path: string, thought: string) => `${day}  ${path}  ${thought}`,
  emotionsTitle: 'Feelings (average strength, before → after the challenge)',
  emotionLine: (name: string, count: number, before: number | null, after: number | null) =>
    `${name} ${before ?? '–'} → ${after ?? '–'} (${plural(count, 'time')})`,
};
