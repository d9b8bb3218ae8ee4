// Every question the program asks goes through a Prompter. The real one
// wraps inquirer's prompts (each its own package: @inquirer/prompts would
// bring the editor prompt and its 650 KB of character sets into every run's
// bundle) and is loaded only when a command needs to ask; tests hand in a
// scripted one. Each prompt's package loads at its first question: the
// first question of `trust log` needs only confirm. The bundle turns these
// imports into plain requires (see scripts/build.mjs); vitest's mocks of the
// packages (@inquirer/testing) still see them.
import { styleText } from 'node:util';
import { sayAnswer } from './messages-answer.js';
import { neutralise } from './terminal-text.js';

export interface Choice<T> {
  value: T;
  name: string;
  description?: string;
  checked?: boolean;
}

interface TextOptions {
  default?: string;
  required?: boolean;
  /** Words typed into this question before it was stopped: put back on the line, to be finished or kept with Enter. */
  carryOn?: string;
}

export interface Prompter {
  text(message: string, opts?: TextOptions): Promise<string>;
  /** A whole number in [min, max]; undefined when left empty and not required. */
  number(message: string, opts: { min: number; max: number; default?: number; required?: boolean }): Promise<number | undefined>;
  confirm(message: string, defaultValue?: boolean): Promise<boolean>;
  select<T>(message: string, choices: Choice<T>[], defaultValue?: T): Promise<T>;
  checkbox<T>(message: string, choices: Choice<T>[]): Promise<T[]>;
  secret(message: string): Promise<string>;
  /** Longer words written in the person's own $EDITOR, starting from `text`; absent where there is none. */
  editor?(message: string, text: string): Promise<string>;
  /** A line of context between questions. */
  note(message: string): void;
  /**
   * The words on the line of a text question stopped before Enter (Ctrl-C,
   * a closed terminal), so they can be kept; undefined after any other
   * question, an answered one, or a blank line. Never a secret.
   */
  unfinished?(): string | undefined;
}

/** Where the prompts read and write: the process's own stdin and stdout unless told otherwise. */
export interface PromptIo {
  input: NodeJS.ReadableStream;
  output: NodeJS.WritableStream;
}

/**
 * Questions may quote the journal (an earlier step, an old answer given as
 * the default): inquirer writes to the terminal itself, so every text it is
 * handed is neutralised here (see terminal-text.ts).
 */
const shownChoices = <T>(choices: Choice<T>[]): Choice<T>[] =>
  choices.map((c) => ({ ...c, name: neutralise(c.name), ...(c.description !== undefined ? { description: neutralise(c.description) } : {}) }));

const input = async () => (await import('@inquirer/input')).default;

export function inquirerPrompter(io?: PromptIo): Prompter {
  // The line of the text question under way, as inquirer last drew it. The
  // prompt keeps what is typed to itself; its transformer is handed the line
  // at every drawing, so it is the library's own account of the words, with
  // no keys of ours to parse. Cleared when a question starts and when one is
  // answered: only a stop leaves it set.
  let line: string | undefined;
  const asking = <T>(ask: () => Promise<T>): Promise<T> => {
    line = undefined;
    return ask();
  };
  const keepLine = (value: string, { isFinal }: { isFinal: boolean }) => {
    line = value;
    // What inquirer draws for an answer when no transformer is given (its theme's style.answer).
    return isFinal ? styleText('cyan', value) : value;
  };
  return {
    text: (message, opts = {}) =>
      asking(async () => {
        const answer = await (await input())({
          message: neutralise(message),
          required: opts.required ?? false,
          ...(opts.default !== undefined ? { default: neutralise(opts.default) } : {}),
          // Editable at once: the person carries on typing where they stopped.
          ...(opts.carryOn ? { default: neutralise(opts.carryOn), prefill: 'editable' as const } : {}),
          transformer: keepLine,
        }, io);
        line = undefined;
        return answer.trim();
      }),
    // A text prompt checked here rather than inquirer's number prompt, so every message is in the journal's own words.
    number: (message, opts) => asking(async () => {
      const raw = await (await input())({
        message: `${neutralise(message)} (${opts.min}-${opts.max})`,
        ...(opts.default !== undefined ? { default: String(opts.default) } : {}),
        validate: (value) => numberProblem(value, opts.min, opts.max, opts.required ?? false) ?? true,
      }, io);
      return raw.trim() === '' ? undefined : Number(raw.trim());
    }),
    confirm: (message, defaultValue = true) =>
      asking(async () => (await import('@inquirer/confirm')).default({ message: neutralise(message), default: defaultValue }, io)),
    select: (message, choices, defaultValue) =>
      asking(async () => (await import('@inquirer/select')).default({ message: neutralise(message), choices: shownChoices(choices), loop: false, ...(defaultValue !== undefined ? { default: defaultValue } : {}) }, io)),
    checkbox: (message, choices) =>
      asking(async () => (await import('@inquirer/checkbox')).default({ message: neutralise(message), choices: shownChoices(choices), loop: false }, io)),
    // The password prompt has no transformer: nothing of a passphrase is ever held here.
    secret: (message) => asking(async () => (await import('@inquirer/password')).default({ message: neutralise(message), mask: true }, io)),
    // Loaded only when chosen, from node_modules (scripts/build.mjs leaves it out of the bundle):
    // `require`, as vm.Script (dist/boot.cjs) cannot run a dynamic import.
    editor: (message, text) =>
      asking(async () => {
        const { default: editor }: typeof import('@inquirer/editor') = require('@inquirer/editor');
        return (await editor({ message: neutralise(message), default: text, waitForUserInput: false }, io)).trim();
      }),
    note: (message) => void process.stdout.write(`\n${neutralise(message)}\n`),
    unfinished: () => (line?.trim() ? line : undefined),
  };
}

/** What is wrong with a typed number, in the journal's words; undefined when it will do. */
function numberProblem(value: string, min: number, max: number, required: boolean): string | undefined {
  const text = value.trim();
  if (text === '') return required ? sayAnswer.numberNeeded(min, max) : undefined;
  const n = Number(text);
  if (!/^\d{1,3}$/.test(text) || n < min || n > max) return required ? sayAnswer.numberRange(min, max) : sayAnswer.numberOrSkip(min, max);
  return undefined;
}
