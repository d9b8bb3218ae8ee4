// The entry point and the only place that decides the exit code:
// UsageError → 2, JournalError and anything else → 1, success → 0.
import { CommanderError } from 'commander';
import { createProgram } from './cli.js';
import type { Deps } from './context.js';
import { CancelledError, JournalError, UsageError } from './errors.js';
import { say } from './ui/messages.js';
import { passphraseSecrets } from './ui/passphrase.js';

const interactive = process.stdin.isTTY === true && process.stdout.isTTY === true;
const prompter = async () => (await import('./ui/prompts.js')).inquirerPrompter();
const deps: Deps = {
  env: process.env,
  stdout: process.stdout,
  stderr: process.stderr,
  interactive,
  prompter,
  // An encrypted journal's passphrase: TRUST_PASSPHRASE, else asked at a terminal.
  secrets: passphraseSecrets(process.env, interactive ? prompter : undefined),
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
  if (error instanceof UsageError) return fail([error.message], 2);
  if (error instanceof JournalError) return fail([error.message, error.hint], 1);
  if (error instanceof CancelledError) return fail([error.message || say.stopped], 1);
  // Ctrl-C or a closed terminal inside an inquirer prompt.
  if (error instanceof Error && (error.name === 'ExitPromptError' || error.name === 'AbortPromptError')) {
    return fail([say.stopped], 1);
  }
  return fail([say.unexpected(error instanceof Error ? error.message : String(error))], 1);
}

// A reader that stops early (`trust list | head -3`) is not an error: the
// command still finishes its work, its remaining output just goes nowhere.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE' && error.code !== 'ERR_STREAM_DESTROYED') throw error;
});

try {
  await createProgram(deps).parseAsync(process.argv);
} catch (error) {
  process.exitCode = exitCodeFor(error);
}
