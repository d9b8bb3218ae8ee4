// Where the passphrase comes from: TRUST_PASSPHRASE, else a question at a
// terminal (the prompt library is loaded only then), else an error that says
// how to give it. Built once per run in main.ts; asked at most once per file.
import { JournalError, UsageError } from '../errors.js';
import type { Secrets } from '../storage/codec.js';
import { sayCrypt } from './messages-crypt.js';
import type { Prompter } from './prompts.js';

const TRIES = 3;

export function passphraseSecrets(env: NodeJS.ProcessEnv, ask?: () => Promise<Prompter>): Secrets {
  const given = env.TRUST_PASSPHRASE;
  const asked = new Map<string, Promise<string>>();
  return {
    passphrase(file) {
      if (given) return Promise.resolve(given);
      if (!ask) return Promise.reject(new JournalError(sayCrypt.needPassphrase(file), sayCrypt.hintPassphrase));
      let answer = asked.get(file);
      if (!answer) {
        answer = ask().then((p) => p.secret(sayCrypt.askPassphrase(file)));
        asked.set(file, answer);
      }
      return answer;
    },

    async newPassphrase(file) {
      if (given !== undefined && given.trim() !== '') return given;
      if (given !== undefined && !ask) throw new UsageError(sayCrypt.emptyFromEnv);
      if (!ask) throw new JournalError(sayCrypt.noPassphrase(file), sayCrypt.hintPassphrase);
      const p = await ask();
      for (let i = 0; i < TRIES; i++) {
        const first = await p.secret(sayCrypt.askNew);
        if (first.trim() === '') {
          p.note(sayCrypt.emptyRefused);
          continue;
        }
        if ((await p.secret(sayCrypt.askAgain)) === first) return first;
        p.note(sayCrypt.mismatch);
      }
      throw new UsageError(sayCrypt.gaveUp);
    },
  };
}
