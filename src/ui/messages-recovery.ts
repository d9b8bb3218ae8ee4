// Words for life after an affair: triggers, requests and the road in stages
// (`trust trigger`, `trust request`, `trust path`, and their part of the
// report). The person reading may be hurting: plain, warm, no verdicts.
import type { Role } from '../domain/types.js';
import { plural } from './messages.js';
import { saySpan, sayTimes } from './messages-report.js';
import { partnerOr } from './messages-practice.js';
import { byKey } from './lookup.js';

/** The partner's name, or "your partner" ("Your partner" at the start of a sentence). */
const who = (partner: string | undefined, start = false) => (partner ? partner : start ? 'Your partner' : 'your partner');
const quote = (text: string) => `“${text}”`;

export const sayRecovery = {
  // usage problems (exit 2)
  triggerNeedsStrength: 'Say how strong it was with --strength 0-10 (or run `trust trigger` in a terminal to be asked).',
  requestNeedsText: 'Say what the request is: trust request add "Text me when you leave work".',
  requestNeedsId: (what: 'met' | 'drop') => `Give the id of the request (see \`trust request\`): trust request ${what} <id>.`,
  pickRequest: (what: 'met' | 'drop') => (what === 'met' ? 'Which request was met?' : 'Which request to set aside?'),
  notARequest: (id: string) => `Entry ${id} is not a request (see \`trust request\` for their ids).`,
  alreadyDropped: (id: string, text: string) => `The request ${id} (${quote(text)}) was set aside already.`,
  metBeforeAsked: (date: string, asked: string) => `--date ${date} is before the request was made (${asked}).`,

  // trigger questions
  askWhat: (role: Role | undefined, partner: string | undefined) =>
    role === 'broke-trust'
      ? `What set ${partnerOr(partner)} off? (a place, a song, a date, anything; optional)`
      : 'What set it off? (a place, a song, a date, anything; optional)',
  askStrength: 'How strong was it?',
  askHelped: 'What helped, if anything? (optional)',
  askReassured: (role: Role | undefined, partner: string | undefined) =>
    role === 'broke-trust' ? 'Did you answer with reassurance?' : `Did ${partnerOr(partner)} answer with reassurance?`,
  reassuredChoices: byKey({ yes: 'Yes', partly: 'Partly', no: 'No', skip: 'Not this time / did not ask' }),
  triggerSaved: (id: string, strength: number) => `Noted a trigger of ${strength}/10 (${id}). Writing it down is how you will see it fade.`,

  // requests
  askRequest: (role: Role | undefined, partner: string | undefined) =>
    role === 'broke-trust' ? `What has ${partnerOr(partner)} asked of you?` : `What do you need from ${partnerOr(partner)}? Make it specific:`,
  askCost: 'Is it easy to give, or does it cost a lot?',
  costChoices: byKey({ low: 'Easy to give', high: 'Costs a lot', skip: 'Not sure' }),
  askMarbles: 'When a request is met, should that also add a marble to the jar? (asked once; `trust init` keeps your answer)',
  requestAdded: (id: string, text: string) => `Noted the request ${quote(text)} (${id}). Mark each time it is met: trust request met ${id}.`,
  requestMet: (text: string, n: number) => `Met: ${quote(text)}. That is ${sayTimes(n)} now.`,
  marbleToo: 'A marble went in the jar for it.',
  requestDropped: (text: string) => `Set aside: ${quote(text)}. Needs change, and that is allowed.`,

  // the list
  listTitle: (role: Role | undefined, partner: string | undefined) =>
    role === 'broke-trust' ? `What ${who(partner)} has asked of you` : role === 'both' ? 'Requests between you' : `What you have asked of ${who(partner)}`,
  none: (role: Role | undefined) =>
    role === 'broke-trust'
      ? 'No requests noted yet. When your partner asks for something, note it: trust request add "…".'
      : 'No requests yet. Write down one specific thing you need: trust request add "Text me when you leave work".',
  costTag: byKey({ low: 'easy', high: 'costly' }),
  metLine: (met: number, lastWeek: number, lastAgo: number | null) => {
    if (met === 0) return 'not met yet';
    const when = lastAgo === 0 ? 'last today' : lastAgo === 1 ? 'last yesterday' : `last ${lastAgo} days ago`;
    return `met ${sayTimes(met)}${lastWeek > 0 ? `, ${lastWeek} this week` : ''}, ${when}`;
  },
  quietTitle: 'Gone quiet (not met in two weeks):',
  quietHint: 'A quiet request is worth a gentle word: is it still needed, or has it changed?',
  droppedTitle: 'Set aside:',

  deletedRequest: (id: string, linked: number) =>
    `Deleted the request ${id}${linked > 0 ? ` and ${linked === 1 ? 'the one entry' : `the ${linked} entries`} of it being met or set aside` : ''}.`,

  // the marble a met request adds
  marbleText: (text: string) => `Met a request: ${text}`,
};

const stageNames = byKey({ atone: 'Atone', attune: 'Attune', attach: 'Attach' });

/** What each stage is about, for the person's role. */
function stageMeaning(stage: string, role: Role | undefined, partner: string | undefined): string {
  const p = who(partner);
  if (stage === 'atone') {
    if (role === 'broke-trust') return `Owning what happened: answering ${p}'s questions straight and meeting what is asked, again and again, without asking for forgiveness.`;
    if (role === 'hurt') return `${who(partner, true)} owns what happened: your questions get straight answers and your requests are met, again and again.`;
    return 'Owning what happened: honest answers, and requests met again and again.';
  }
  if (stage === 'attune') return 'Learning to turn toward each other: talking about feelings and needs, and being heard.';
  return 'A new closeness, and a future you shape together.';
}

/** A sign, as the journal sees it, for the person's role. */
function signText(sign: string, role: Role | undefined, partner: string | undefined): string {
  const p = who(partner);
  const broke = role === 'broke-trust';
  switch (sign) {
    case 'reassurance':
      if (role === 'both') return 'When a trigger hits, reassurance comes';
      return broke ? `When ${p} is triggered, you answer with reassurance` : `When a trigger hits, ${p} answers with reassurance`;
    case 'check-in': return 'An accountability check-in together';
    case 'requests-met':
      if (role === 'both') return 'Requests met, again and again';
      return broke ? `You meet what ${p} asked, again and again` : `${who(partner, true)} meets your requests, again and again`;
    case 'talked': return 'Small steps talked over together';
    case 'turning-toward': return 'Turning toward each other: feelings checked in on, good things noticed, marbles';
    case 'temperature': return 'Temperature readings together';
    case 'shared-future': return 'Talking about a future together';
    case 'triggers-fading': return 'Triggers fading: fewer or milder than the four weeks before';
    case 'belief-low': return 'The old thoughts losing their grip';
    default: return sign;
  }
}

/** The number behind a sign, in a few words; empty when there is nothing to count. */
function signValue(sign: string, value: number | null): string {
  if (value === null) return '';
  switch (sign) {
    case 'reassurance': return `reassured ${value}% of the times noted`;
    case 'check-in': case 'temperature': case 'shared-future': return value === 0 ? '' : sayTimes(value);
    case 'requests-met': return value === 0 ? '' : `${sayTimes(value)} in four weeks`;
    case 'talked': return value === 0 ? '' : `${plural(value, 'step')}`;
    case 'turning-toward': return value === 0 ? '' : `on ${plural(value, 'day')}`;
    case 'triggers-fading': return `${plural(value, 'trigger')} in four weeks`;
    case 'belief-low': return `belief ${value} on average`;
    default: return String(value);
  }
}

/** One thing to try next for an unseen sign. */
function nextText(sign: string, role: Role | undefined, partner: string | undefined): string {
  const p = who(partner);
  const broke = role === 'broke-trust';
  switch (sign) {
    case 'reassurance':
      return broke
        ? `When ${p} is triggered, stay close, answer straight and reassure; then note it: \`trust trigger --reassured yes\`.`
        : `When a trigger comes, tell ${p} if you can, and note whether reassurance came: \`trust trigger\`.`;
    case 'check-in': return 'Sit down together for an accountability check-in: `trust exercise accountability-check-in`.';
    case 'requests-met':
      return broke
        ? `Pick one thing ${p} asked for and meet it every day this week: \`trust request met <id>\`.`
        : `Write down one specific thing you need from ${p} (\`trust request add "…"\`) and mark each time it is met.`;
    case 'talked': return `After a small step, tell ${p} how it went, and say so in \`trust review --talked\`.`;
    case 'turning-toward': return 'Notice one good thing a day, or tick the feelings check-in, in `trust log`.';
    case 'temperature': return 'Try a fifteen-minute temperature reading together: `trust exercise temperature-reading`.';
    case 'shared-future': return 'Talk about what you hope for, together: `trust exercise vision-sharing`.';
    case 'triggers-fading': return 'Keep noting triggers with `trust trigger`: fading only shows once they are written down.';
    case 'belief-low': return 'When an old thought comes, put it to the test in `trust log`.';
    default: return sign;
  }
}

export const sayPath = {
  title: 'The road after an affair',
  intro: 'Three stretches, roughly in this order: atone, attune, attach. What the journal shows from the last four weeks:',
  stageName: (stage: string) => stageNames[stage] ?? stage,
  stageMeaning,
  signText,
  signValue,
  nextText,
  here: 'you are here',
  reached: 'the signs are there',
  seen: 'seen lately',
  notYet: 'not yet',
  begun: 'a start',
  slipped: 'seen before, not lately',
  forgiveness: 'Forgiveness along this stretch:',
  nextTitle: 'Next, if it feels right:',
  safetyFirst:
    'Right now your safety comes first, and the road can wait. `trust safety` lists lines you can call or text, including support for abuse at home.',
  keepGoing: 'Keep doing what is working; these signs count only while they keep happening.',
  winding:
    'Some signs have come and gone. Recovery is not a straight line: going back over old ground is part of the road, not the end of it.',
  time: 'Healing after an affair often takes two to five years. There is no deadline here, and no score.',
};

/** "four weeks ago", or "n days earlier" when the report is longer than four weeks. */
const thenWords = (back: number) => (back === 28 ? 'four weeks ago' : `the same days ${back} days earlier`);

export const sayRecoveryReport = {
  title: 'Triggers and requests',
  /** The report's headline when only triggers and requests were noted. */
  headline: (triggers: number, met: number, days: number) =>
    `You noted ${[triggers ? plural(triggers, 'trigger') : '', met ? `${plural(met, 'request')} met` : ''].filter(Boolean).join(' and ')} ${saySpan(days)}.`,
  triggersLead: (when: string) => `Triggers ${when}:`,
  strip: 'Triggers each day',
  none: 'No triggers noted.',
  count: (n: number, strength: number | null) => `${plural(n, 'trigger')}${strength === null ? '' : `, ${strength}/10 on average`}.`,
  trend: byKey({
    'fewer-milder': (back: number) => `Fewer and milder than ${thenWords(back)}.`,
    fewer: (back: number) => `Fewer than ${thenWords(back)}.`,
    milder: (back: number) => `Milder than ${thenWords(back)}.`,
    same: (back: number) => `About the same as ${thenWords(back)}.`,
    mixed: (back: number) => `Not clearly better or worse than ${thenWords(back)}.`,
    more: (back: number) => `More than ${thenWords(back)}. Hard stretches come back; that is part of healing, not a return to the start.`,
    stronger: (back: number) => `Stronger than ${thenWords(back)}. Hard stretches come back; that is part of healing, not a return to the start.`,
    'more-stronger': (back: number) =>
      `More and stronger than ${thenWords(back)}. Hard stretches come back; be gentle with yourselves, and reach for support if it stays heavy.`,
    'none-now': (back: number) => `None noted, where there were some ${thenWords(back)}.`,
    none: () => '',
    'too-soon': () => '',
  }),
  helped: (text: string, n: number) => `What helped most often: ${quote(text)} (${sayTimes(n)}).`,
  reassured: (yes: number, partly: number, answered: number) =>
    `Reassurance came ${yes} of ${answered} times${partly ? `, and partly ${sayTimes(partly)}` : ''}.`,
  requestsAsked: (n: number) => `${plural(n, 'new request')}.`,
  metPlain: (text: string, n: number, when: string) => `${quote(text)} was met ${sayTimes(n)} ${when}.`,
  /** The report's note, with the partner's name and the person's role. */
  met: (role: Role | undefined, partner: string | undefined, text: string, n: number, when: string) =>
    role === 'broke-trust' ? `You met ${quote(text)} ${sayTimes(n)} ${when}.`
      : role === 'both' ? sayRecoveryReport.metPlain(text, n, when)
        : `${who(partner, true)} met ${quote(text)} ${sayTimes(n)} ${when}.`,
  stage: (stage: string) => `On the road: ${stageNames[stage] ?? stage} (see \`trust path\`).`,
  rows: { triggers: 'Triggers noted', triggerStrength: 'Trigger strength (avg 0-10)', requestsMet: 'Requests met' },
  group: 'After the affair',
};

/** Headings of the markdown export. */
export const sayRecoveryMarkdown = {
  trigger: 'A trigger',
  request: 'A request',
  met: (text: string) => `Request met: “${text}”`,
  dropped: (text: string | undefined) => (text ? `Request set aside: “${text}”` : 'A request set aside'),
};

/** The share card's words for requests met. */
export const sayRecoveryCard = {
  met: 'Request met',
  tallyTitle: 'Requests met this week:',
  tally: (text: string, n: number) => `  ${quote(text)}: ${sayTimes(n)}`,
};
