// The sentences many commands share; each area has its own
// messages-<area>.ts, whose words are say<Area> (see docs/ARCHITECTURE.md,
// "Words"); the content catalogue's wording lives in data/catalog.json.
// Short, plain and kind: the person reading may be having a hard day.
import { byKey } from './lookup.js';

/** A feeling as a question names it: "the fear" from the list; one of the person's own (`own`), in their words and in quotes. */
export const feelingNamed = (name: string, own: boolean): string => (own ? `"${name}"` : `the ${name}`);

const list = (items: readonly string[]) => items.join(', ');

/** "1 thing", "2 things". */
export const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;

export const say = {
  // input problems (exit 2)
  badRating: (flag: string, value: string, max: number) => `${flag} takes a whole number from 0 to ${max}, not "${value}".`,
  badChoice: (flag: string, value: string, allowed: readonly string[]) => `${flag}: "${value.trim()}" is not one of ${list(allowed)}.`,
  badDate: (flag: string, value: string) => `${flag} takes a date as YYYY-MM-DD, not "${value}".`,
  futureDate: (flag: string, value: string, today: string) => `${flag} ${value} is in the future (today is ${today}).`,
  badEmotion: (value: string, flag = '--emotion') => `${flag} takes name:intensity, e.g. fear:70, not "${value}".`,
  nothingToLog: 'Nothing to log: give a --thought, an --action, a feeling (--emotion fear:70), --checklist or --gratitude (or run `trust log` in a terminal to be asked).',
  rateWithout: (flag: string, needs: string) => `${flag} rates something that is not there: add ${needs} "..." too.`,
  noPrediction: (id: string) => `The small step in entry ${id} had no fear written down, so --came-true has nothing to answer: leave it out.`,
  tooMuchGratitude: (max: number) => `--gratitude: at most ${max} good things a day.`,
  idTooShort: (id: string, min: number) => `"${id}" is too short to find an entry: give at least ${min} characters of its id.`,
  noSuchEntry: (id: string) => `No entry has an id starting with "${id}" (see \`trust list\`).`,
  ambiguousId: (id: string, n: number) => `"${id}" matches ${n} entries: give more of the id.`,
  notAnAction: (id: string) => `Entry ${id} has no small step (action) to look back on.`,
  alreadyReviewed: (id: string) => `The small step in entry ${id} has already been reviewed.`,
  needsTerminal: (what: string) => `${what} (no terminal to ask in).`,
  reviewNeedsDone: 'Say how it went with --done yes|partly|no.',
  reviewNeedsId: 'Give the id of the small step to review (see `trust list --open`), or run `trust review` in a terminal.',
  deleteNeedsYes: (id: string) => `Deleting is permanent: add --yes to delete ${id} without being asked.`,
  badCount: (value: string) => `-n takes a whole number of at least 1, not "${value}".`,
  badNow: (value: string) => `TRUST_NOW must be an ISO date or date-time, not "${value}".`,
  sinceAfterUntil: (since: string, until: string) => `--since ${since} is after --until ${until}.`,

  // journal problems (exit 1)
  ioFailed: (file: string, action: 'read' | 'write', why: string) => `Could not ${action} the journal ${file} (${why}).`,
  cannotLock: (file: string, why: string) => `Could not lock the journal ${file} (${why}).`,
  locked: (file: string, pid: number | undefined) =>
    `The journal ${file} is busy${pid ? ` (process ${pid} is writing to it)` : ''}.`,
  notJson: (file: string, why: string) => `The journal ${file} is damaged: it is not valid JSON (${why}).`,
  badShape: (file: string, why: string) => `The journal ${file} is not in the expected shape: ${why}.`,
  newerSchema: (file: string, found: number, known: number) =>
    `The journal ${file} was written by a newer trust (schema ${found}; this one knows ${known}).`,
  hintDoctor: 'Nothing was changed. Run `trust doctor` to check it and restore a backup.',
  hintUpgrade: 'Nothing was changed. Update trust to read it.',
  hintLocked: 'Another trust is saving right now: try again in a moment. `trust doctor` shows what holds the lock.',
  hintDiskFull: 'The disk is full: free some space and try again. Nothing was changed.',
  hintPermissions: 'Check the file and folder permissions, or pick another journal with --file. Nothing was changed.',
  stopped: 'Stopped. Nothing was saved.',
  unexpected: (why: string) => `Something went wrong: ${why}. Run with TRUST_DEBUG=1 for details.`,

  // results
  saved: (id: string) => `Saved ${id}.`,
  reviewed: (id: string, ref: string) => `Saved review ${id} of ${ref}.`,
  deleteAsk: (id: string) => `Delete ${id} for good?`,
  deleted: (id: string, reviews: number) => `Deleted ${id}${reviews > 0 ? ' and its review' : ''}.`,
  nothingFound: 'No entries match.',
  nothingOpen: 'No small steps waiting for a look back.',
  keptDelete: 'Kept it. Nothing was deleted.',
};

/** Words for the help screens. */
export const sayHelp = {
  about:
    'A private journal for rebuilding trust, one small step a day:\n' +
    'write the thought that makes you pull away, challenge it, try one small step, look back on how it went.\n' +
    'It supports self-help; it is not therapy. In danger or in crisis: `trust safety` shows who to call.',
  file: 'journal file (default: $TRUST_JOURNAL, else $XDG_DATA_HOME/trust/journal.json, else ~/.local/share/trust/journal.json)',
  noColor: 'no colours in the output',
  json: 'print machine-readable JSON',
};

/** The questions of the daily exercise and the review. */
export const sayQuestions = {
  resumeYes: 'Yes, carry on',
  resumeNo: 'No, start fresh (the draft is thrown away)',
  reviewOffer: (n: number) => `${n === 1 ? 'One earlier small step is' : `${n} earlier small steps are`} waiting for a look back. Do that first?`,
  reviewHeader: (date: string, action: string) => `On ${date} you planned: ${action}`,
  done: 'Did you do it?',
  doneChoices: byKey({ yes: 'Yes', partly: 'Partly', no: 'Not this time' }),
  later: 'Ask me later',
  outcome: 'What actually happened?',
  outcomeNot: 'What got in the way? (optional)',
  cameTrue: (prediction: string) => `You feared: "${prediction}". Did that happen?`,
  cameTrueChoices: byKey({ yes: 'Yes, it did', partly: 'Partly', no: 'No, it did not' }),
  talked: (partner: string) => `Have you talked it over with ${partner}?`,
  safety: 'How safe did it feel? 0 is not at all, 10 is completely',
  beliefNow: (thought: string) => `How much do you believe "${thought}" now?`,
  checklist: 'Today, did you… (space to tick, enter when done)',
  hasThought: 'Is there a thought today that makes you want to pull away?',
  phaseWrite: 'Write it down. Just as it comes; nobody else reads this.',
  phaseChallenge: 'Now test it. What proof do you really have?',
  phaseAct: 'Pick one small step that puts trust to a gentle test today.',
  situation: 'What set it off? (a moment, a message, a memory; optional)',
  thought: 'What is the thought, in your own words?',
  types: 'Which kinds of trust does it touch? (optional)',
  emotions: 'What do you feel? (pick any)',
  /** No thought to work on: the feelings alone are a check-in of their own. */
  mood: 'How are you feeling today, all the same? (pick any, or none)',
  otherEmotion: 'Another feeling? (type it, or leave empty)',
  intensity: (name: string, own = false) => `How strong is ${feelingNamed(name, own)}?`,
  belief: 'How much do you believe the thought right now?',
  evidenceFor: 'What proof do you have for it?',
  evidenceAgainst: 'And what does not fit it? Anything that points the other way?',
  traps: 'Does it fall into any of these thinking traps? (optional)',
  trapHint: (explain: string, example: string) => `${explain} For example: "${example}"`,
  balanced: 'Try a fairer way to say it: a thought that fits all the proof.',
  beliefAfter: 'How much do you believe the first thought now?',
  ownAction: 'Something else (write my own)',
  ownActionText: 'Your small step:',
  prediction: 'What are you afraid will happen when you do it? (optional)',
  gratitude: (n: number, partner: string) => `A good thing ${partner} did${n > 0 ? ' (another, or leave empty)' : ' today (optional)'}:`,
  yourPartner: 'your partner',
};

/** Short lines printed around the daily entry. */
export const sayLog = {
  nothingSaved: 'Nothing to save today, and that is fine too.',
  actionSet: (action: string, id: string) => `Today's step: ${action}\nWhen you have tried it: trust review ${id}`,
  reviewSkippedRace: (id: string) => `The small step ${id} was reviewed elsewhere meanwhile; your review of it was not added.`,
  reviewsSaved: (n: number) => `Saved ${n} review${n === 1 ? '' : 's'}.`,
};

// Keeping the journal safe: storage problems and interrupted sessions.
/** The second line under an I/O error, by its code. */
export function hintFor(code: string): string | undefined {
  if (code === 'ENOSPC' || code === 'EDQUOT') return say.hintDiskFull;
  if (code === 'EROFS') return sayStorage.hintReadOnly;
  if (code === 'EACCES' || code === 'EPERM') return say.hintPermissions;
  return undefined;
}

export const sayStorage = {
  hintReadOnly: 'That folder is read-only: pick a writable place with --file or TRUST_JOURNAL. Nothing was changed.',
  changedMeanwhile: (file: string) => `The journal ${file} was changed by another program while trust was saving.`,
  hintTryAgain: 'Nothing was saved over it: run the command again.',
  missingWithBackups: (file: string, what: 'missing' | 'empty') =>
    `The journal ${file} is ${what}, but its backups are still there.`,
  hintRestore: 'Run `trust doctor --restore` to bring it back (or move the .bak files away to start afresh). Nothing was changed.',
  jsonCutShort: 'it stops short, as if cut off',
  jsonAt: (line: number, column: number) => `it goes wrong at line ${line}, column ${column}`,
  jsonUnexpected: 'it holds something other than JSON',
};

