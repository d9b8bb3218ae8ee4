// The words of `trust export`, `trust import` and `trust share`.
import { plural } from './messages.js';
import { byKey } from './lookup.js';

const wasWere = (n: number) => (n === 1 ? 'was' : 'were');

/** Friendlier names for profile fields filled in by an import. */
const PROFILE_NAMES: Record<string, string> = {
  name: 'your name',
  role: 'your role',
  partner: "your partner's name",
  remindAt: 'the reminder time',
};

export const saySync = {
  // usage (exit 2)
  outIsJournal: (file: string) => `--out ${file} is the journal itself: pick another file name for the export.`,
  importSelf: (file: string) => `${file} is this journal already: give the other copy (a backup, a sync conflict file or an export).`,
  shareNeedsWhat: 'Give the id of an entry to share (see `trust list`), or --week <date> for a whole week.',
  shareBoth: 'Give either an entry id or --week, not both.',
  shareNoFields: (allowed: readonly string[]) => `--fields needs at least one of ${allowed.join(', ')}.`,
  nothingToShare: (what: string, has: readonly string[]) =>
    has.length === 0
      ? `${what} has nothing that fits on a card.`
      : `${what} has none of those fields; it has ${has.join(', ')}.`,

  // the other copy cannot be read (exit 1)
  noSource: (file: string) => `There is no file at ${file}.`,
  sourceIsFolder: (file: string) => `${file} is a folder: give the journal file inside it.`,
  hintNoSource: 'Check the path and try again. Your journal was not changed.',
  sourceEmpty: (file: string) => `${file} is empty, so there is nothing to import.`,
  hintSource: 'Your journal was not changed. Import a trust journal: a backup, a sync copy or `trust export --format json`.',
  cannotWriteOut: (file: string, why: string) => `Could not write ${file} (${why}).`,
  hintOut: 'Check that you can write there (and that the disk has room), or pick another --out. Your journal was not changed.',

  // results
  exported: (n: number, file: string) => `Wrote ${plural(n, 'entry', 'entries')} to ${file}.`,
  plaintext: 'This copy is not encrypted: keep it somewhere private.',
  imported: (added: number, same: number) =>
    added === 0
      ? same === 0 ? 'Nothing to add: the other copy has no entries.' : `Nothing new: ${plural(same, 'entry', 'entries')} ${wasWere(same)} already here.`
      : `Added ${plural(added, 'entry', 'entries')}; ${same} ${wasWere(same)} already here.`,
  conflicts: (ids: readonly string[]) =>
    `${plural(ids.length, 'entry', 'entries')} had the same id here but different content; kept the one${ids.length === 1 ? '' : 's'} here: ${ids.join(', ')}.`,
  removedDeleted: (n: number) => `Removed ${plural(n, 'entry', 'entries')} deleted in the other copy.`,
  skippedDeleted: (n: number) => `Left out ${plural(n, 'entry', 'entries')} you had deleted here.`,
  filledProfile: (keys: readonly string[]) => `Filled in from the other copy: ${keys.map((k) => PROFILE_NAMES[k] ?? k).join(', ')}.`,
  shareNothingChosen: 'Nothing chosen, so nothing to show.',
};

/** Headings and labels of the markdown export. */
export const sayMarkdown = {
  title: 'Trust journal',
  whose: (name: string | undefined, partner: string | undefined) =>
    name && partner ? `${name}, with ${partner}` : name ? name : partner ? `With ${partner}` : undefined,
  period: (from: string, to: string, n: number) => `${from === to ? from : `${from} to ${to}`} · ${plural(n, 'entry', 'entries')}`,
  exported: (today: string) => `Exported ${today}. A private copy: keep it where only you can open it.`,
  empty: 'No entries match.',
  thought: 'A thought, and a small step',
  step: 'A small step',
  checklist: 'Daily checklist',
  gratitude: (partner: string | undefined) => `Good things ${partner ?? 'my partner'} did`,
  lookingBack: (date: string) => `Looking back (${date})`,
  lookingBackOn: (action: string | undefined, date: string | undefined) =>
    action ? `Looking back on “${action}”${date ? ` (${date})` : ''}` : 'Looking back on an earlier step',
  marbleAdded: 'A marble in the jar',
  marbleRemoved: 'A marble out of the jar',
  exercise: (title: string) => `Exercise: ${title}`,
  check: 'Self-check',
  noSigns: 'No warning signs ticked.',
  signs: 'Warning signs ticked',
};

/** The labels of a share card, written to be read aloud. */
export const sayCard = {
  fieldNames: byKey({
    situation: 'what set it off',
    thought: 'the thought',
    feelings: 'feelings',
    belief: 'how much I believed it',
    evidence: 'proof for and against',
    traps: 'thinking traps',
    types: 'kinds of trust',
    balanced: 'the fairer thought',
    action: 'the small step',
    prediction: 'what I feared',
    outcome: 'how it went',
    checklist: 'the daily checklist',
    gratitude: 'good things',
    jar: 'marbles',
    exercise: 'exercises',
    requests: 'requests met',
  }),
  pickFields: 'What goes on the card? (space to tick, enter when done)',
  situation: 'What set it off',
  thought: 'The thought I had',
  feelings: 'What I felt',
  belief: 'How much I believed it',
  evidenceFor: 'What seemed to fit it',
  evidenceAgainst: "What didn't fit",
  traps: 'Thinking traps I noticed',
  types: 'Kinds of trust it touched',
  balanced: 'A fairer thought',
  action: 'My small step',
  prediction: 'What I feared would happen',
  outcome: 'How it went',
  done: byKey({ yes: 'I did it.', partly: 'I partly did it.', no: "I didn't manage it this time." }),
  cameTrue: byKey({ yes: 'What I feared did happen.', partly: 'What I feared partly happened.', no: "What I feared didn't happen." }),
  talked: byKey({ true: 'We talked it over.', false: "We haven't talked it over yet." }),
  safety: (n: number) => `How safe it felt: ${n} out of 10.`,
  notYet: 'Not looked back on yet.',
  lookingBackOn: (action: string) => `Looking back on “${action}”`,
  checklist: 'From the daily checklist',
  gratitude: (partner: string | undefined) => `Good things ${partner ?? 'my partner'} did`,
  marbleAdded: 'A marble in the jar',
  marbleRemoved: 'A marble out of the jar',
  week: (from: string, to: string) => `My week, ${from} to ${to}`,
  emptyWeek: 'Nothing from this week fits on the card with the parts chosen.',
};
