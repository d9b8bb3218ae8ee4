// Words for `trust safety`, the help-line questions of `trust init`, and the
// greeting of a first `trust log`. Calm and short: whoever reads these may
// be frightened or in pain right now.
import type { LineKind } from '../domain/helplines.js';

export const saySafety = {
  dangerNow: (emergency: string | undefined) =>
    `If you are in danger right now, call ${emergency ?? 'your local emergency number'}.`,
  kinds: { emergency: 'In danger', crisis: 'In crisis', abuse: 'Abuse at home' } satisfies Record<LineKind, string>,
  line: (label: string, name: string, contact: string) => `  ${label.padEnd(14)} ${name}: ${contact}`,
  ownHeader: 'Your own:',
  ownLine: (name: string, contact: string) => `  ${name}: ${contact}`,
  orLocal: 'Or your local emergency number, wherever you are.',
  notAlone: 'You do not have to carry this alone.',
  general: 'For numbers where you live, set your country: trust init --country GB (your two-letter code).',
  unknownCountry: (country: string) => `No numbers are stored for ${country} yet, so these are the general lines.`,
  encrypted: 'Your journal is encrypted, so your country could not be read without the passphrase: these are the general lines.',
  damaged: 'Your journal could not be read just now, so these are the general lines. That can wait; `trust doctor` can look at it later.',
  whenSafe: 'When you are safe again: trust safety --safe',
  safeSaved: 'Noted: you are safe now. Glad to hear it. Go gently with yourself today.',
};

export const sayHelplineInit = {
  badCountry: (raw: string) => `--country takes a two-letter country code such as US, GB or AU, not "${raw}".`,
  badHelpline: (raw: string) => `--helpline takes "name: contact", such as "My sister: 0400 123 456", not "${raw}".`,
  askCountry: 'Your country, as two letters, for local help lines (e.g. US, GB, AU; optional):',
  countryAgain: (raw: string) => `"${raw}" is not a two-letter country code: try e.g. US, GB or AU, or leave it empty.`,
  askHelpline: 'Someone you would call in a hard moment, as name: number (optional):',
  helplineAgain: (raw: string) => `"${raw}" needs a name and a contact with a colon between, e.g. My sister: 0400 123 456.`,
  labels: { country: 'Country', helpline: 'Help line' },
  noLinesFor: (country: string) => `No help lines are stored for ${country} yet: \`trust safety\` shows the general ones and your own.`,
};

/** The first `trust log` on a new journal, once. */
export const sayWelcome = [
  'Welcome to trust. What you write here stays on this computer, in a file only you can read.',
  'It supports self-help; it is not therapy.',
  'If you are ever in danger or in crisis, `trust safety` shows who to call.',
  'To add your role, your partner and your country: `trust init`.',
];
