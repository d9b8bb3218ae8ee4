// Every question the program asks goes through a Prompter. The real one
// wraps @inquirer/prompts and is loaded only when a command needs to ask;
// tests hand in a scripted one.
import { checkbox, confirm, input, password, select } from '@inquirer/prompts';
import { ask } from './messages-answer.js';

export interface Choice<T> {
  value: T;
  name: string;
  description?: string;
  checked?: boolean;
}

export interface TextOptions {
  default?: string;
  required?: boolean;
}

export interface Prompter {
  text(message: string, opts?: TextOptions): Promise<string>;
  /** A whole number in [min, max]; undefined when left empty and not required. */
  number(message: string, opts: { min: number; max: number; default?: number; required?: boolean }): Promise<number | undefined>;
  confirm(message: string, defaultValue?: boolean): Promise<boolean>;
  select<T>(message: string, choices: Choice<T>[], defaultValue?: T): Promise<T>;
  checkbox<T>(message: string, choices: Choice<T>[]): Promise<T[]>;
  secret(message: string): Promise<string>;
  /** A line of context between questions. */
  note(message: string): void;
}

export function inquirerPrompter(): Prompter {
  return {
    text: async (message, opts = {}) =>
      (await input({ message, required: opts.required ?? false, ...(opts.default !== undefined ? { default: opts.default } : {}) })).trim(),
    // A text prompt checked here rather than inquirer's number prompt, so every message is in the journal's own words.
    number: async (message, opts) => {
      const raw = await input({
        message: `${message} (${opts.min}-${opts.max})`,
        ...(opts.default !== undefined ? { default: String(opts.default) } : {}),
        validate: (value) => numberProblem(value, opts.min, opts.max, opts.required ?? false) ?? true,
      });
      return raw.trim() === '' ? undefined : Number(raw.trim());
    },
    confirm: (message, defaultValue = true) => confirm({ message, default: defaultValue }),
    select: (message, choices, defaultValue) =>
      select({ message, choices, loop: false, ...(defaultValue !== undefined ? { default: defaultValue } : {}) }),
    checkbox: (message, choices) => checkbox({ message, choices, loop: false }),
    secret: (message) => password({ message, mask: true }),
    note: (message) => void process.stdout.write(`\n${message}\n`),
  };
}

/** What is wrong with a typed number, in the journal's words; undefined when it will do. */
export function numberProblem(value: string, min: number, max: number, required: boolean): string | undefined {
  const text = value.trim();
  if (text === '') return required ? ask.numberNeeded(min, max) : undefined;
  const n = Number(text);
  if (!/^\d{1,3}$/.test(text) || n < min || n > max) return required ? ask.numberRange(min, max) : ask.numberOrSkip(min, max);
  return undefined;
}
