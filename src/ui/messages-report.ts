// Every sentence and label of `trust report`. Observations, never verdicts:
// the person reading may have had a hard week, and writing anything at all
// was already work.
import { plural } from './messages.js';
import { byKey } from './lookup.js';

/** 1 → "once", 2 → "twice", n → "n times". */
export const sayTimes = (n: number) => (n === 1 ? 'once' : n === 2 ? 'twice' : `${n} times`);
/** "this week" for a 7-day period, else "these n days". */
export const saySpan = (days: number) => (days === 7 ? 'this week' : days === 1 ? 'this day' : `these ${days} days`);
const spanBefore = (days: number) => (days === 7 ? 'the week before' : `the ${days} days before`);

export const sayReport = {
  // usage problems (exit 2)
  weekAndRange: '--week picks a whole Monday-to-Sunday week: use it without --since and --until.',
  sinceAfterToday: (since: string, until: string) => `--since ${since} is after the end of the report (${until}); add --until or pick an earlier day.`,
  formatAndJson: (format: string) => `--json means --format json, but --format ${format} was given too: pick one.`,

  // the headline: feared versus what actually happened
  feared: (tested: number, happened: number, partly: number) => {
    const head = `You feared the worst ${sayTimes(tested)}`;
    if (happened === 0 && partly === 0) return `${head}; ${tested === 1 ? 'it did not happen' : 'none of it happened'}.`;
    if (happened === 0) return `${head}; it never happened in full, and partly ${sayTimes(partly)}.`;
    return `${head}; it happened ${sayTimes(happened)}${partly ? `, and partly ${sayTimes(partly)}` : ''}.`;
  },
  untested: (planned: number, days: number) =>
    `${plural(planned, 'small step')} planned ${saySpan(days)}; no feared outcome checked yet.`,
  loggedOnly: (logged: number, days: number) => `You wrote on ${plural(logged, 'day')} ${saySpan(days)}.`,
  quiet: (days: number) => `Nothing written ${saySpan(days)}.`,
  /** No thought records, but reviews, marbles, exercises or checks. */
  otherOnly: (entries: number, days: number) => `No new thoughts written ${saySpan(days)}, but you came back to the journal ${sayTimes(entries)}. Reviews and marbles count.`,

  // notes
  quietNote: 'A pause is allowed. When you are ready, one small step is enough to start again.',
  beliefFell: (before: number, after: number) => `Challenging the old thoughts loosened their grip: from ${before} to ${after} on average.`,
  beliefHeld: (before: number, after: number) =>
    `The old thoughts held on (${before} before challenging, ${after} after). That happens; writing them down still counts.`,
  beliefLower: (now: number, then: number, days: number) => `After challenging, belief in the old thoughts is at ${now}, down from ${then} ${spanBefore(days)}.`,
  talked: (talked: number, reviewed: number, partner: string) => `You talked ${talked} of ${plural(reviewed, 'step')} over with ${partner}.`,
  notTalked: (partner: string) => `When it feels possible, telling ${partner} how a step went can make it count twice.`,
  open: (n: number) => `${n === 1 ? 'One step is' : `${n} steps are`} still waiting for a look back: \`trust review\`.`,
  trap: (label: string, n: number) => `${label} came up ${sayTimes(n)}. Next time it shows, you will know its name.`,
  gratitude: (n: number, partner: string) => `You noticed ${plural(n, 'good thing')} ${partner} did.`,
  streak: (n: number) => `${n} days in a row now.`,
  jar: (added: number, removed: number) =>
    removed === 0 ? `The marble jar gained ${plural(added, 'marble')}.`
      : added === 0 ? `The marble jar lost ${plural(removed, 'marble')}; the next small kept promise starts refilling it.`
        : `The marble jar gained ${plural(added, 'marble')} and lost ${removed}.`,
  yourPartner: 'your partner',
  distress: byKey({
    'beliefs-high': 'the old thoughts have stayed strong for two periods in a row',
    'feels-unsafe': 'the steps have mostly not felt safe',
    'warning-signs': 'the self-check found several warning signs',
  }),
  help: (reasons: string[], note: string) =>
    `It has been heavy for a while (${reasons.join('; ')}), and you do not have to carry that alone. ${note}`,

  // headings and labels
  title: 'Your week in the journal',
  titleFor: (days: number) => (days === 7 ? 'Your week in the journal' : `Your ${days} days in the journal`),
  beforeAfter: 'Belief in the old thought, day by day (0-100)',
  beforeAfterLong: 'Belief in the old thought over time (0-100)',
  before: 'before',
  after: 'after',
  daysStrip: 'Days written',
  daysPerWeek: 'Days written per week (taller is more)',
  trapsTitle: 'Thinking traps that came up',
  typesTitle: 'Kinds of trust touched',
  checklistTitle: 'Daily checklist (days ticked)',
  notesTitle: 'Notes',
  numbersTitle: 'The numbers',
  comparedWith: (period: string) => `arrows compare with ${period}`,
  signsTitle: 'Warning signs in the self-checks',
  noPrevious: 'nothing earlier to compare with',
  previousPeriod: (period: string) => `Before: ${period}`,
  badFormat: (format: string, allowed: readonly string[]) => `--format: "${format}" is not one of ${allowed.join(', ')}.`,
  column: { what: 'What', now: 'This period', before: 'Before', change: 'Change' },
  notTherapy: 'trust supports self-help; it is not therapy.',
  generated: (today: string) => `Made with trust on ${today}.`,
};

/** Headings over the groups of numbers in the markdown and HTML tables. */
export const sayRowGroups = {
  days: 'Days',
  thoughts: 'Thoughts',
  steps: 'Small steps',
  fears: 'What you feared',
  more: 'Good things and more',
};

/** The numbers shown in every format, in order; keys point into the report. */
export const sayRowLabels = {
  daysLogged: 'Days written',
  streak: 'Days in a row now',
  longest: 'Longest run',
  thoughtsWritten: 'Thoughts written',
  thoughts: 'Thoughts challenged',
  beliefBefore: 'Belief before (avg)',
  beliefAfter: 'Belief after (avg)',
  beliefNow: 'After the step (avg)',
  planned: 'Steps planned',
  reviewed: 'Looked back on',
  done: 'Done',
  partly: 'Partly done',
  notDone: 'Not done',
  open: 'Still open',
  talked: 'Talked over',
  safety: 'Felt safe (avg 0-10)',
  tested: 'Fears put to the test',
  sureBefore: 'How sure before (avg)',
  cameTrue: 'Fear came true',
  cameTruePartly: 'Came partly true',
  didNot: 'Did not come true',
  gratitude: 'Good things noticed',
  jarAdded: 'Marbles added',
  jarRemoved: 'Marbles removed',
  exercises: 'Exercises together',
  checks: 'Warning-sign checks',
} as const;
