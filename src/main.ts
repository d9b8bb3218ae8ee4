// The entry point and the only place that decides the exit code:
// UsageError → 2, JournalError and anything else → 1, success → 0.
import { CommanderError } from 'commander';
import { createProgram } from './cli.js';
import type { Deps } from './context.js';
import type { Secrets } from './storage/codec.js';
import { CancelledError, JournalError, UsageError } from './errors.js';
import { bothTerminals, lazyStdout } from './stdio.js';
import { say } from './ui/messages.js';
import { passphraseSecrets } from './ui/passphrase.js';

const stdout = lazyStdout();
let interactive: boolean | undefined;
let secrets: Secrets | undefined;
const prompter = async () => (await import('./ui/prompts.js')).inquirerPrompter();

// Getters, so nothing builds a stream the command does not use (see stdio.ts).
const deps: Deps = {
  env: process.env,
  get stdout() {
    return stdout();
  },
  get stderr() {
    return process.stderr;
  },
  get interactive() {
    return (interactive ??= bothTerminals());
  },
  prompter,
  // An encrypted journal's passphrase: from the environment, a keyring command, or asked at a terminal (ui/passphrase.ts).
  get secrets() {
    return (secrets ??= passphraseSecrets(process.env, deps.interactive ? prompter : undefined, (line) => void process.stderr.write(`trust: ${line}\n`)));
  },
};

function fail(lines: (string | undefined)[], code: number): number {
  for (const line of lines) if (line) process.stderr.write(`trust: ${line}\n`);
  return code;
}

/** Maps whatever a command threw to one or two plain lines and an exit code. */
export function exitCodeFor(error: unknown): number {
  if (process.env.TRUST_DEBUG === '1' && !(error instanceof CommanderError)) console.error(error);
  if (error instanceof CommanderError) {
    if (error.exitCode === 0) return 0; // --help, --version
    return 2;
  }
  if (error instanceof UsageError) return fail([error.message], error.exitCode);
  if (error instanceof JournalError) return fail([error.message, error.hint], error.exitCode);
  if (error instanceof CancelledError) return fail([error.message || say.stopped], error.exitCode);
  // Ctrl-C or a closed terminal inside an inquirer prompt.
  if (error instanceof Error && (error.name === 'ExitPromptError' || error.name === 'AbortPromptError')) {
    return fail([say.stopped], 1);
  }
  return fail([say.unexpected(error instanceof Error ? error.message : String(error))], 1);
}

// No top-level await: the bundle is CommonJS, which starts faster (see scripts/build.mjs).
createProgram(deps)
  .parseAsync(process.argv)
  .catch(async (error: unknown) => {
    process.exitCode = exitCodeFor(error);
    if (error instanceof UsageError) (await import('./commands/care-note.js')).answerRefused(process.argv.slice(2), process.stderr);
  });
