// TRUST_PASSPHRASE_COMMAND: a command whose output is the passphrase, so a
// keyring (`secret-tool lookup app trust`) or `pass show trust` can hand it
// over without it ever sitting in the environment or a crontab.
import { execFile } from 'node:child_process';
import { JournalError } from '../errors.js';
import { sayCrypt } from '../ui/messages-crypt.js';
import { childEnv } from './child-env.js';

export function passphraseFromCommand(command: string, env: NodeJS.ProcessEnv): Promise<string> {
  return new Promise((done, fail) => {
    // Through the shell, as the person wrote it; stdin stays the terminal so a keyring can ask to unlock.
    execFile('/bin/sh', ['-c', command], { env: childEnv(env), timeout: 120_000, maxBuffer: 64 * 1024 }, (error, stdout) => {
      if (error) {
        const why = typeof error.code === 'number' ? `exit ${error.code}` : error.killed ? 'it took too long' : error.message;
        return fail(new JournalError(sayCrypt.commandFailed(why), sayCrypt.hintCommand));
      }
      // The one line break a command prints after the passphrase is not part of it.
      const passphrase = stdout.replace(/\r?\n$/, '');
      if (passphrase === '') return fail(new JournalError(sayCrypt.commandFailed('it printed nothing'), sayCrypt.hintCommand));
      done(passphrase);
    });
  });
}
