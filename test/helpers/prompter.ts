// A Prompter that answers from a script, for testing command flows without
// a terminal. Each answer is checked against the kind of question asked.
import type { Choice, Prompter } from '../../src/ui/prompts.js';

export type Scripted =
  | { text: string }
  | { number: number | undefined }
  | { confirm: boolean }
  | { select: unknown }
  | { checkbox: unknown[] }
  /** A text question stopped (Ctrl-C) with these words on its line. */
  | { stop: string };

export interface ScriptedPrompter extends Prompter {
  asked: string[];
  notes: string[];
  /** The choices offered by each select and checkbox question, by its message. */
  offered: Map<string, Choice<unknown>[]>;
  /** The words each text question was asked with already on its line (a draft's half-typed answer), by its message. */
  carried: Map<string, string>;
  remaining(): number;
}

class OutOfAnswers extends Error {
  override name = 'ExitPromptError';
}

export function scripted(answers: Scripted[]): ScriptedPrompter {
  const queue = [...answers];
  const asked: string[] = [];
  const notes: string[] = [];
  const offered = new Map<string, Choice<unknown>[]>();
  const carried = new Map<string, string>();
  let line: string | undefined;
  function next<K extends string>(kind: K, message: string): Record<K, unknown> {
    asked.push(message);
    line = undefined;
    const a = queue.shift();
    // Running out is what Ctrl-C looks like to a command.
    if (!a) throw new OutOfAnswers(`no answer left for: ${message}`);
    if (!(kind in a)) throw new Error(`expected a ${Object.keys(a)[0]} answer, got a ${kind} question: ${message}`);
    return a as Record<K, unknown>;
  }
  const pick = <T>(choices: Choice<T>[], value: unknown): T => {
    const hit = choices.find((c) => c.value === value);
    if (!hit) throw new Error(`no choice ${String(value)} among ${choices.map((c) => String(c.value)).join(', ')}`);
    return hit.value;
  };
  return {
    asked,
    notes,
    offered,
    carried,
    remaining: () => queue.length,
    text: async (m, o = {}) => {
      if (o.carryOn !== undefined) carried.set(m, o.carryOn);
      const [a] = queue;
      if (a && 'stop' in a) {
        queue.shift();
        asked.push(m);
        line = a.stop;
        throw new OutOfAnswers(`stopped while typing: ${m}`);
      }
      return String(next('text', m).text);
    },
    number: async (m, o) => {
      const n = next('number', m).number as number | undefined;
      if (n !== undefined && (n < o.min || n > o.max)) throw new Error(`${n} outside ${o.min}-${o.max}`);
      return n;
    },
    confirm: async (m) => Boolean(next('confirm', m).confirm),
    select: async (m, choices) => {
      offered.set(m, choices);
      return pick(choices, next('select', m).select);
    },
    checkbox: async (m, choices) => {
      offered.set(m, choices);
      return (next('checkbox', m).checkbox as unknown[]).map((v) => pick(choices, v));
    },
    secret: async (m) => String(next('text', m).text),
    note: (m) => void notes.push(m),
    unfinished: () => (line?.trim() ? line : undefined),
  };
}
