// Words for encryption: the passphrase questions, what went wrong, what was done.
// None of these ever include any of the journal's text.

export const sayCrypt = {
  // questions
  askPassphrase: (file: string) => `Passphrase for ${file}:`,
  askNew: 'Choose a passphrase for the journal:',
  askAgain: 'Type it once more:',
  emptyRefused: 'A passphrase cannot be empty. Try again.',
  mismatch: 'Those two were not the same. Try again.',
  tryAgain: 'That passphrase did not open it. Try again.',
  weakAsk: (n: number) => `That passphrase is short (under ${n} characters), so it could be guessed. Use it anyway?`,
  weakFromEnv: (n: number) => `The new passphrase is short (under ${n} characters), so it could be guessed; a few words together are stronger.`,
  askChange: 'Choose the new passphrase:',

  // input problems (exit 2)
  gaveUp: 'The passphrase was not confirmed, so nothing was changed.',
  emptyFromEnv: 'TRUST_PASSPHRASE is empty: a journal cannot be encrypted with an empty passphrase. Nothing was changed.',
  alreadyEncrypted: (file: string) =>
    `The journal ${file} is already encrypted; nothing was changed (to change the passphrase: \`trust encrypt --change\`).`,
  notEncryptedToChange: (file: string) => `The journal ${file} is not encrypted, so it has no passphrase to change (\`trust encrypt\` gives it one).`,
  notEncrypted: (file: string) => `The journal ${file} is not encrypted, so there is nothing to decrypt.`,
  noJournal: (file: string) => `There is no journal at ${file} yet, so there is nothing to decrypt.`,
  badCost: (value: string, lo: number, hi: number) => `TRUST_KDF_COST takes a whole number from ${lo} to ${hi}, not "${value}".`,

  // journal problems (exit 1)
  needPassphrase: (file: string) => `The journal ${file} is encrypted, and there is no terminal to ask for its passphrase.`,
  hintPassphrase:
    'Set TRUST_PASSPHRASE_COMMAND to a command that prints it (a keyring: `secret-tool lookup app trust`), or run it at a terminal to be asked. Nothing was changed.',
  commandFailed: (why: string) => `TRUST_PASSPHRASE_COMMAND did not give a passphrase (${why}).`,
  hintCommand: 'Run that command by hand to see what it says. Nothing was changed.',
  noPassphrase: (file: string) => `There is no passphrase to encrypt ${file} with, and no terminal to ask for one.`,
  wrongPassphrase: (file: string) => `Could not open the journal ${file}: the passphrase is wrong, or the file is damaged.`,
  hintWrong: 'Nothing was changed. Check the passphrase and try again; if it is right, `trust doctor` can restore a backup.',
  damaged: (file: string, why: string) => `The encrypted journal ${file} is damaged (${why}).`,
  newerFormat: (file: string, what: string) => `The journal ${file} uses an ${what} that this trust cannot read.`,
  copyNotSealed: (file: string, path: string) => `Could not encrypt ${path}, a copy of ${file}, so the journal was left as it was (not encrypted).`,
  hintRemove: (path: string) => `Fix that file's permissions (or delete it: rm "${path}"), then run \`trust encrypt\` again.`,
  unreadable: (file: string) => `The journal ${file} is damaged: it is neither JSON text nor an encrypted trust journal.`,

  copyNotResealed: (file: string, path: string) => `Could not seal ${path}, a copy of ${file}, with the new passphrase, so the journal keeps its old one.`,

  // results
  changed: (file: string) => `The journal ${file} now opens with the new passphrase, and so do its backups and any draft.`,
  encrypted: (file: string) => `Encrypted ${file}, with its backups and any unfinished draft.`,
  encryptedNext:
    'From now on every command needs the passphrase: typed when asked, or from TRUST_PASSPHRASE.\n' +
    'Keep it somewhere safe. If it is lost, nobody can open the journal again, not even you.',
  decrypted: (file: string) => `Decrypted ${file}: it is plain JSON again, readable by anyone who can open the file.`,
  decryptedKept: (n: number) =>
    `${n} older cop${n === 1 ? 'y' : 'ies'} (backups or a draft) sealed with another passphrase stay${n === 1 ? 's' : ''} encrypted.`,
};
