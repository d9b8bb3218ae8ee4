// Words for the wider practice: the profile and roles, the marble jar, the
// couples exercises, growing steps and the weekly self-check. Kept apart from
// messages.ts so each area's wording can change on its own.
import type { Role } from '../domain/types.js';
import { plural } from './messages.js';

const list = (items: readonly string[]) => items.join(', ');

/** Catalogue text says "your partner" / "my partner"; with a name it reads warmer. */
export function personalise(text: string, partner: string | undefined): string {
  if (!partner) return text;
  return text.replace(/\b([Yy]our|[Mm]y) partner\b/g, partner);
}

export const partnerOr = (partner: string | undefined) => partner ?? 'your partner';

export const sayInit = {
  timeAgain: (value: string) => `"${value}" is not a time trust can read: try HH:MM on a 24-hour clock, e.g. 20:30.`,
  emptyValue: (flag: string) => `${flag} needs a value.`,
  nothingGiven:
    'Nothing to set: give --name, --role hurt|broke-trust|both, --partner or --remind-at HH:MM (or run `trust init` in a terminal to be asked).',
  askName: 'What should trust call you? (optional)',
  askRole: 'Where are you in this?',
  askPartner: "Your partner's name (used in the questions; optional):",
  askRemind: 'A daily reminder at what time? (HH:MM, e.g. 20:30; leave empty for none)',
  welcome: (name: string | undefined) => (name ? `Saved. Welcome, ${name}.` : 'Saved your profile.'),
  profileLine: (label: string, value: string) => `  ${label.padEnd(9)} ${value}`,
  labels: { name: 'Name', role: 'Role', partner: 'Partner', remindAt: 'Reminder' },
  focusHeader: 'What helps most from here:',
  reminderFailed: (why: string) =>
    `Your profile is saved, but the daily reminder could not be set up: ${why.charAt(0).toLowerCase()}${why.slice(1).replace(/\.?$/, '.')}`,
  reminderRetry: (at: string) => `Try again later with \`trust remind --install --at ${at}\`.`,
};

/** How a role shapes the daily questions. */
export const sayRole = {
  action: (role: Role | undefined, partner: string | undefined): string => {
    const who = partnerOr(partner);
    if (role === 'broke-trust') return `One small step today that shows ${who} you can be relied on:`;
    if (role === 'hurt') return `One small step today to test trust with ${who} (or to say what you need):`;
    return partner ? `One small step to test trust with ${partner} today:` : 'One small step to test trust today:';
  },
  /** `goodThings`: how many good things were just written in the same log; the question then builds on them. */
  marble: (role: Role | undefined, partner: string | undefined, n: number, goodThings = 0): string => {
    const who = partnerOr(partner);
    const more = n > 0 ? ' (another, or leave empty)' : ' (optional)';
    if (goodThings > 0 && n === 0 && role !== 'broke-trust') {
      return `Did ${goodThings === 1 ? 'that good thing' : 'one of those good things'} show ${role === 'both' ? 'either of you' : who} can be counted on? Name it and it earns a marble${more}:`;
    }
    if (role === 'broke-trust') return `A moment today when you kept your word or ${who} saw you could be counted on? It earns a marble${more}:`;
    if (role === 'both') return `Anything trustworthy you or ${who} did today that earns a marble?${more}`;
    return `Anything trustworthy ${who} did today that earns a marble?${more}`;
  },
  marblesSaved: (n: number) => `${plural(n, 'marble')} added to the jar.`,
  /** One line for the weekly report's notes: what matters most for this role in the week ahead. */
  reportNote: (role: Role | undefined, partner: string | undefined): string | undefined => {
    const who = partnerOr(partner);
    if (role === 'broke-trust') {
      return `For the week ahead: own any slip quickly, answer ${who}'s questions straight, and keep a short check-in each night. Rebuilding takes longer than breaking, and that is normal.`;
    }
    if (role === 'hurt') {
      return `For the week ahead: reread what you need from ${who} and say it plainly. New boundaries are allowed, and so is noticing the small good things.`;
    }
    if (role === 'both') return 'For the week ahead: talk together about what is working, and look again at your boundaries as things change.';
    return undefined;
  },
};

/** A short tag after a suggested step, so growth is visible. */
export const sayTrend: Record<string, string> = {
  up: 'a step up from last time',
  down: 'a gentler step',
};

export const sayJar = {
  needsText: (change: 'add' | 'remove') =>
    change === 'add' ? 'Say what the marble is for: trust jar add "kept their word about Friday".' : 'Say what the marble comes out for: trust jar remove "…".',
  ask: (change: 'add' | 'remove') => (change === 'add' ? 'What small trustworthy act earns this marble?' : 'What broken promise or hurt takes a marble out?'),
  added: (text: string) => `A marble in for: ${text}`,
  removed: (text: string) => `A marble out for: ${text}`,
  nowHolds: (n: number, capacity: number) => `The jar holds ${n} of ${capacity} over the last four weeks.`,
  title: 'The marble jar',
  windowLine: (from: string, to: string) => `Last four weeks (${from} to ${to}):`,
  counts: (added: number, removed: number) => `${plural(added, 'marble')} in, ${removed} out`,
  balance: {
    empty: 'Nothing in the jar yet. Each small trustworthy act earns a marble: `trust jar add "…"`.',
    'no-removals': 'Only marbles in so far, none taken out.',
    above: (r: number) => `That is ${r} to 1: at or above the 5 to 1 that steady couples tend to keep.`,
    near: (r: number) => `That is ${r} to 1. Steady couples tend to keep about 5 good moments for every hard one; you are getting close.`,
    below: (r: number) => `That is ${r} to 1. Steady couples tend to keep about 5 good moments for every hard one; small, reliable acts tip the balance back.`,
  },
  total: (added: number, removed: number) => `Since the start: ${plural(added, 'marble')} in, ${removed} out.`,
  timeline: 'Week by week (● in, ○ out):',
  weekLabel: (monday: string) => `week of ${monday}`,
  marbleQuietWeek: '·',
};

export const sayExercise = {
  unknown: (name: string, ids: readonly string[]) => `No exercise called "${name}". Try one of: ${list(ids)}.`,
  badAnswer: (pair: string, id: string, fields: readonly string[]) =>
    `--answer "${pair}" does not fit ${id}: use field=text with a field from ${list(fields)}.`,
  needsName: (ids: readonly string[]) => `--answer needs an exercise: trust exercise <name> --answer field=text (names: ${list(ids)}).`,
  answerTwice: (field: string) => `--answer ${field}=… is given twice: give each field once.`,
  needsTerminalOrAnswers: (id: string, fields: readonly string[]) =>
    `The ${id} exercise needs a terminal to guide you, or answers by flag: --answer field=text (fields: ${list(fields)}).`,
  pick: 'Which exercise?',
  listHeader: 'Exercises for the two of you (run one with `trust exercise <name>`):',
  listLine: (id: string, title: string, minutes: number, together: boolean, goal: string) =>
    `  ${id.padEnd(24)} ${title}, ~${minutes} min${together ? ', together' : ''}: ${goal}`,
  fieldsLine: (fields: readonly string[]) => `  ${''.padEnd(24)} answers: ${list(fields)}`,
  heading: (title: string, minutes: number, together: boolean, partner: string | undefined) =>
    `${title} (about ${minutes} minutes${together ? `, with ${partnerOr(partner)}` : ''})`,
  stepNumber: (i: number, n: number) => `Step ${i} of ${n}`,
  howToAnswer: 'Write as much or as little as you like; Enter on an empty answer skips it.',
  next: 'Done, next step',
  stop: 'Stop here for now',
  finish: 'Done',
  saved: (id: string) => `Saved ${id}.`,
  savedPartly: (id: string) => `Saved what you wrote so far as ${id}.`,
  stoppedNothing: 'Stopped. Nothing was written, so nothing was saved.',
  doneBefore: (n: number, last: string) => `You have done this ${n === 1 ? 'once' : `${n} times`} before, last on ${last}.`,
  thanks: (together: boolean, partner: string | undefined) =>
    together ? `Thank you both for making the time, you and ${partnerOr(partner)}.` : 'Thank you for taking the time.',
};

export const sayCheck = {
  offer: 'A weekly look at a few warning signs takes a minute. Take it now?',
  intro:
    'Answer for the past week, honestly and without judging yourself. A calm, specific feeling about what is happening now is intuition; ' +
    'a general worry rooted in the past is more often an old wound.',
  none: 'None of the warning signs this week.',
  few: (n: number) => `${plural(n, 'sign')} this week. Worth noticing, and worth talking over gently.`,
  many: (n: number) =>
    `${n} of the signs came up this week. That is not a failing: it may mean the hurt needs more support than a journal can give.`,
  helpWhen: 'A couples therapist or counsellor can help, especially when:',
  saved: 'Saved this week\'s check; it will be offered again in seven days.',
};
