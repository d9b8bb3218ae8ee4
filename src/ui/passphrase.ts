// Where the passphrase comes from, in order: TRUST_PASSPHRASE; the command
// named by TRUST_PASSPHRASE_COMMAND (a keyring or `pass`, as restic and borg
// take one); a question at the terminal: the prompts' own when the run is
// interactive, else the controlling terminal, so `trust report > week.html`
// still asks (as gpg and ssh do); else an error that says how to give it.
// Built once per run in main.ts; asked once per file, and again after a wrong one.
import { JournalError, UsageError } from '../errors.js';
import type { Secrets } from '../storage/codec.js';
import { sayCrypt } from './messages-crypt.js';
import type { Prompter } from './prompts.js';
import type { Terminal } from './terminal.js';

const TRIES = 3;
/** Shorter than this, a passphrase falls to a guess quickly. */
export const WEAK_BELOW = 10;

type Asker = <T>(questions: (p: Prompter) => Promise<T>) => Promise<T | undefined>;
/** Opens the controlling terminal (tests hand in one that finds none). */
export type TerminalOpener = () => Promise<Terminal | undefined>;

const openControlling: TerminalOpener = async () => (await import('./terminal.js')).controllingTerminal();

/** Runs `questions` with the run's own prompts, or on the controlling terminal; undefined when there is neither. */
function asker(ask: (() => Promise<Prompter>) | undefined, openTerminal: TerminalOpener): Asker {
  return async (questions) => {
    if (ask) return questions(await ask());
    const tty = await openTerminal();
    if (!tty) return undefined;
    const { inquirerPrompter } = await import('./prompts.js');
    try {
      return await questions({ ...inquirerPrompter(tty), note: (message) => void tty.output.write(`${message}\n`) });
    } finally {
      // Let the terminal go, or the run would never end.
      tty.close();
    }
  };
}

async function choose(p: Prompter): Promise<string> {
  for (let i = 0; i < TRIES; i++) {
    const first = await p.secret(sayCrypt.askNew);
    if (first.trim() === '') {
      p.note(sayCrypt.emptyRefused);
      continue;
    }
    // Said before anything is encrypted, so a better one can still be chosen.
    if (first.length < WEAK_BELOW && !(await p.confirm(sayCrypt.weakAsk(WEAK_BELOW), false))) continue;
    if ((await p.secret(sayCrypt.askAgain)) === first) return first;
    p.note(sayCrypt.mismatch);
  }
  throw new UsageError(sayCrypt.gaveUp);
}

export function passphraseSecrets(
  env: NodeJS.ProcessEnv,
  ask?: () => Promise<Prompter>,
  warn: (line: string) => void = () => {},
  openTerminal: TerminalOpener = openControlling,
): Secrets {
  const given = env.TRUST_PASSPHRASE;
  const command = env.TRUST_PASSPHRASE_COMMAND;
  const questions = asker(ask, openTerminal);
  const asked = new Map<string, Promise<string>>();
  const tries = new Map<string, number>();

  const secrets: Secrets = {
    passphrase(file) {
      if (given) return Promise.resolve(given);
      let answer = asked.get(file);
      if (!answer) {
        answer = command
          ? // loaded on use: node:child_process costs every command ~5 ms at start-up
            import('../system/passphrase-command.js').then((m) => m.passphraseFromCommand(command, env))
          : questions((p) => p.secret(sayCrypt.askPassphrase(file))).then((typed) => {
              if (typed === undefined) throw new JournalError(sayCrypt.needPassphrase(file), sayCrypt.hintPassphrase);
              return typed;
            });
        asked.set(file, answer);
      }
      return answer;
    },

    async newPassphrase(file, purpose = 'encrypt') {
      // When changing, TRUST_PASSPHRASE is the old one and the new one has its own variable.
      const fromEnv = purpose === 'change' ? env.TRUST_NEW_PASSPHRASE : (env.TRUST_NEW_PASSPHRASE ?? given);
      if (fromEnv !== undefined && fromEnv.trim() !== '') {
        if (fromEnv.length < WEAK_BELOW) warn(sayCrypt.weakFromEnv(WEAK_BELOW));
        return fromEnv;
      }
      const chosen = await questions(choose);
      if (chosen !== undefined) return chosen;
      if (fromEnv !== undefined) throw new UsageError(sayCrypt.emptyFromEnv);
      throw new JournalError(sayCrypt.noPassphrase(file), sayCrypt.hintPassphrase);
    },
  };
  // Only a typed answer can differ the second time: the environment and a command would say the same again.
  if (given || command) return secrets;
  return {
    ...secrets,
    async retry(file) {
      const n = (tries.get(file) ?? 1) + 1;
      if (n > TRIES) return false;
      tries.set(file, n);
      asked.delete(file);
      const asking = await questions(async (p) => {
        p.note(sayCrypt.tryAgain);
        return true;
      });
      return asking === true;
    },
  };
}
