// The words of the command tree: each command's one line in `trust --help`
// and the help of its flags. The flags that fill an entry's fields carry
// their words in entry-flags.ts, beside the rest of their declaration.

const filters = {
  since: 'from this day (YYYY-MM-DD)',
  until: 'up to this day (YYYY-MM-DD)',
  kind: 'only entries of this kind: log, review, jar, exercise, check, trigger, request, request-met, request-drop, edit',
  type: 'only thoughts touching this trust type',
  trap: 'only thoughts caught in this thinking trap',
  contains: 'only entries whose text contains this',
  open: 'only small steps still waiting for a look back',
  n: 'at most this many entries',
};

const format = 'output format';
const askFirst = 'do not ask first';

export const sayCli = {
  version: 'print the version',
  help: 'show help',
  helpCommand: 'show help for a command',
  filters,
  safety: { about: 'help now: who to call if you are in danger or in crisis', safe: 'record that you are safe now' },
  log: { about: 'the daily entry: write a thought, challenge it, pick one small step', date: 'the day the entry is for (default today)' },
  review: { about: 'look back on a small step: how did it go?' },
  suggest: { about: 'the small steps trust log would offer today' },
  fears: {
    about: 'the ledger of fears put to the test: what you feared, and what happened',
    trap: 'only fears that came with this thinking trap',
    type: 'only fears touching this trust type',
  },
  list: { about: 'browse entries, newest first' },
  show: { about: 'show one entry in full' },
  edit: { about: 'correct a daily entry or a review (the first version is kept)' },
  delete: { about: 'delete an entry for good', yes: askFirst },
  report: {
    about: 'the weekly summary',
    week: 'the Monday-to-Sunday week containing this day',
    since: 'from this day',
    until: 'up to this day (default today)',
    format,
    json: 'same as --format json',
  },
  remind: {
    about: 'one line when something is due, silence otherwise (for cron)',
    notify: 'also show a desktop notification',
    install: 'add a daily crontab line',
    at: 'time of day for --install or --print (default 20:00)',
    uninstall: 'remove the crontab line',
    print: 'show the crontab line without installing it',
  },
  jar: {
    about: 'the marble jar: small trustworthy acts add up',
    add: 'add a marble for a trustworthy act',
    remove: 'take a marble out for a broken promise',
    date: 'the day it happened',
  },
  export: { about: 'write the journal out as json, markdown or csv', format, out: 'write to this file instead of stdout' },
  import: { about: 'merge another copy of the journal into this one', yes: 'remove the entries the other copy deleted without asking, however many' },
  share: {
    about: 'one entry, or a week, as a short card to read aloud or send',
    week: 'the Monday-to-Sunday week containing this day, instead of one entry',
    fields: 'what goes on the card, comma-separated (default: balanced,action,outcome,gratitude)',
  },
  encrypt: {
    about: 'encrypt the journal with a passphrase',
    change: 'change the passphrase, in one step (the new one from TRUST_NEW_PASSPHRASE, or asked twice)',
  },
  decrypt: { about: 'remove the passphrase and store the journal as plain JSON' },
  init: {
    about: 'set up your profile: your role, your partner, a reminder',
    name: 'what to call you',
    role: 'hurt, broke-trust or both',
    partner: "your partner's name",
    remindAt: 'a daily reminder at this time',
    country: 'your country as a two-letter code (US, GB, AU, ...), for the help lines of `trust safety`',
    helpline: 'a help line of your own as "name: contact", for `trust safety` (repeatable)',
  },
  exercise: {
    about: 'guided exercises for the two of you',
    list: 'list the exercises',
    answer: 'save an answer without being asked (repeatable; fields in --list)',
    date: 'the day it was done (default today)',
  },
  trigger: {
    about: 'note a trigger: what set it off, how strong, what helped',
    what: 'what set it off (a place, a song, a date...)',
    strength: 'how strong it was',
    helped: 'what helped, if anything',
    reassured: 'did your partner answer with reassurance?',
    date: 'the day it happened (default today)',
  },
  request: {
    about: 'requests: what was asked for, and each time it was met',
    add: 'note something asked for',
    cost: 'easy to give (low) or costly (high)',
    asked: 'the day it was asked',
    met: 'note a time the request was met',
    note: 'a word on how',
    metOn: 'the day it was met',
    drop: 'set a request aside',
  },
  path: { about: 'the road after an affair: atone, attune, attach' },
  doctor: {
    about: 'check the journal, its permissions and backups',
    restore: 'bring back the newest good backup (the current file is kept aside)',
    fix: 'make the files private again and remove what killed saves left behind',
    yes: askFirst,
  },
  sync: {
    about: 'merge the sync conflict copies beside the journal (Syncthing) and remove them',
    yes: 'merge a copy even when it would remove many entries (deleted on the other device)',
  },
  mergeDriver: { about: 'a git merge driver for the journal (see the README)' },
  completion: { about: 'print a completion script for bash, zsh or fish' },
};
