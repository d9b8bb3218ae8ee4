// The entry point and the only place that decides the exit code:
// UsageError and a domain Refusal → 2, JournalError and anything else → 1, success → 0; a lost
// output after a save stays 0 (see exitAfterLostOutput); a signal → 128 + n.
import { fstatSync, statSync, writeSync } from 'node:fs';
import { CommanderError } from 'commander';
import { createProgram } from './cli.js';
import type { Deps, Output } from './context.js';
import type { Secrets } from './storage/codec.js';
import { CancelledError, JournalError, UsageError } from './errors.js';
import { Refusal } from './domain/problems.js';
import { bothTerminals, isPlain, lazyStdout, quietStderr } from './stdio.js';
import { say } from './ui/messages.js';
import { sayEdges } from './ui/messages-edges.js';
import { passphraseSecrets } from './ui/passphrase.js';
import { safeOutput } from './ui/terminal-text.js';
import { lastSave } from './signals.js';

/** The first write to stdout that failed, if any; and whether this run saved the journal. */
let lost: NodeJS.ErrnoException | undefined;
let saved = false;
const stdout = lazyStdout((error) => (lost ??= error));
let shownOut: Output | undefined;
let shownErr: Output | undefined;
let interactive: boolean | undefined;
let secrets: Secrets | undefined;

// Getters, so nothing builds a stream the command does not use (see stdio.ts).
// Both outputs neutralise control characters (see ui/terminal-text.ts).
const deps: Deps = {
  env: process.env,
  get stdout() {
    return (shownOut ??= safeOutput(stdout()));
  },
  get stderr() {
    return (shownErr ??= safeOutput(quietStderr()));
  },
  get interactive() {
    return (interactive ??= bothTerminals());
  },
  prompter,
  // An encrypted journal's passphrase: from the environment, a keyring command, or asked at a terminal (ui/passphrase.ts).
  get secrets() {
    return (secrets ??= passphraseSecrets(process.env, deps.interactive ? prompter : undefined, (line) => void process.stderr.write(`trust: ${line}\n`)));
  },
  onSave: () => void (saved = true),
};

function fail(lines: (string | undefined)[], code: number): number {
  for (const line of lines) if (line) deps.stderr.write(`trust: ${line}\n`);
  return code;
}

/**
 * A run that worked but could not print. Once the journal is saved the exit
 * stays 0 (a script that retries would save it twice) and one line says so;
 * a run that only read has lost its whole result: exit 1. A reader that went
 * away (`trust list | head -1`) chose to stop reading: no error.
 */
export function exitAfterLostOutput(error: NodeJS.ErrnoException, didSave: boolean): number {
  if (process.env.TRUST_DEBUG === '1') console.error(error);
  const why = error.code ?? error.message;
  if (didSave) return fail([sayEdges.outputLostSaved(why)], 0);
  if (error.code === 'EPIPE') return 0;
  return fail([sayEdges.outputLost(why)], 1);
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

/**
 * A signal in the middle of a prompt (a shutdown's SIGTERM, a closed window's
 * SIGHUP, a `kill -INT`) would end the run with the cursor still hidden:
 * the prompt library hides it, and only puts it back when the prompt ends
 * the usual way. Each answer of `trust log` is already in its draft, and a
 * save is an atomic rename, so stopping loses nothing once the words typed
 * into the question under way join the draft (signals.ts): give the cursor
 * back, say so, and exit as a signal does (128 + its number). A signal that
 * comes while that save runs (a hang-up is often two events) waits for it.
 */
const SIGNALS = { SIGHUP: 1, SIGINT: 2, SIGTERM: 15 } as const;
let stopping: Promise<void> | undefined;
function stopBy(name: keyof typeof SIGNALS): void {
  if (!stopping) {
    const terminal = [1, 2].find((fd) => !isPlain(fd));
    try {
      if (terminal !== undefined) writeSync(terminal, '\x1b[?25h');
      writeSync(2, `\ntrust: ${sayEdges.stoppedBy(name)}\n`);
    } catch {
      // the terminal is gone (SIGHUP): nothing left to tidy on it
    }
    // The run is ending: a prompt that fails on its way out (readline putting back a terminal that has hung up) must not end it before the save.
    process.on('uncaughtException', (e) => {
      if (process.env.TRUST_DEBUG === '1') console.error(e);
    });
    stopping = lastSave(2000);
  }
  void stopping.then(() => endBy(name));
}
for (const name of Object.keys(SIGNALS) as (keyof typeof SIGNALS)[]) process.on(name, () => stopBy(name));

/**
 * Whether a terminal the run was given has hung up (a closed window): it is
 * still a character device, but no longer a terminal, and not /dev/null.
 */
function terminalGone(): boolean {
  const { isatty }: typeof import('node:tty') = require('node:tty');
  const look = (path: number | string) => {
    try {
      return typeof path === 'number' ? fstatSync(path) : statSync(path);
    } catch {
      return undefined; // closed, or not there: no terminal to put back
    }
  };
  const nowhere = look('/dev/null')?.rdev;
  return [0, 1, 2].some((fd) => {
    const s = look(fd);
    return s !== undefined && s.isCharacterDevice() && !isatty(fd) && s.rdev !== nowhere;
  });
}

/**
 * Exits as signal `name` does. Node 20 puts each terminal back as it found
 * it on the way out, and aborts when it cannot: after a closed window, that
 * was a crash (and, where core files are kept, one holding the journal's
 * words). So a run whose terminal is gone is ended by the signal itself,
 * with its default action, which skips that step; a shell sees the same
 * 128 + its number either way.
 */
function endBy(name: keyof typeof SIGNALS): void {
  if (!terminalGone()) process.exit(128 + SIGNALS[name]);
  process.removeAllListeners(name);
  process.kill(process.pid, name);
}

// A closed window's SIGHUP goes to the leader of its session: trust itself,
// or a shell, which may not pass it on. Then all trust sees is the terminal
// failing to read (EIO): a terminal that can no longer be read has hung up.
let watched = false;
async function prompter() {
  const { inquirerPrompter } = await import('./ui/prompts.js');
  if (!watched) {
    process.stdin.on('error', () => stopBy('SIGHUP'));
    // The prompt may end first (its input closed): the run then ends on its own, and would crash as above.
    process.on('beforeExit', () => {
      if (terminalGone()) endBy('SIGHUP');
    });
  }
  watched = true;
  return inquirerPrompter();
}

// No top-level await: the bundle is CommonJS, which starts faster (see scripts/build.mjs).
createProgram(deps, process.argv[2])
  .parseAsync(process.argv)
  .then(
    () => 0,
    async (thrown: unknown) => {
      // A domain refusal is a fact: here, and only here, it gets its words and becomes bad usage (exit 2).
      const error = thrown instanceof Refusal ? new UsageError((await import('./ui/messages-problems.js')).problemText(thrown.problem), { cause: thrown }) : thrown;
      const code = exitCodeFor(error);
      // Refused input saved nothing, but words of crisis or danger in it still get the calm note.
      if (error instanceof UsageError) (await import('./commands/care-note.js')).answerRefused(process.argv.slice(2), deps.stderr);
      return code;
    },
  )
  .then((code) => {
    process.exitCode = code;
    // Once every write has settled (a stream reports its errors later), a lost output has its say.
    process.once('beforeExit', () => {
      if (lost && process.exitCode === 0) process.exitCode = exitAfterLostOutput(lost, saved);
    });
  });
