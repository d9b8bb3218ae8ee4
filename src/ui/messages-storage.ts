// Words for what storage reports as facts (storage/problems.ts): the line
// that says what happened to the journal, and the one that says what to do.
import type { StoreProblem } from '../storage/problems.js';
import { sayCrypt } from './messages-crypt.js';
import { hintFor, sayStorage, say } from './messages.js';

export function storeText(p: StoreProblem): { message: string; hint: string | undefined } {
  switch (p.kind) {
    case 'io':
      return { message: say.ioFailed(p.file, p.action, p.code || p.detail), hint: hintFor(p.code) };
    case 'changed-meanwhile':
      return { message: sayStorage.changedMeanwhile(p.file), hint: sayStorage.hintTryAgain };
    case 'missing-with-backups':
      return { message: sayStorage.missingWithBackups(p.file, p.what), hint: sayStorage.hintRestore };
    case 'cannot-lock':
      return { message: say.cannotLock(p.file, p.code), hint: hintFor(p.code) };
    case 'locked':
      return { message: say.locked(p.file, p.pid), hint: say.hintLocked };
    case 'entry-not-json':
      return { message: say.badShape(p.file, `an entry dated ${p.date} is not valid JSON`), hint: say.hintDoctor };
    case 'need-passphrase':
      return { message: sayCrypt.needPassphrase(p.file), hint: sayCrypt.hintPassphrase };
    case 'wrong-passphrase':
      return { message: sayCrypt.wrongPassphrase(p.file), hint: sayCrypt.hintWrong };
    case 'newer-seal':
      return { message: sayCrypt.newerFormat(p.file, p.detail), hint: say.hintUpgrade };
    case 'seal-damaged':
      return { message: sayCrypt.damaged(p.file, p.detail), hint: say.hintDoctor };
    case 'unreadable':
      return { message: sayCrypt.unreadable(p.file), hint: say.hintDoctor };
  }
}
