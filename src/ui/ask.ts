// Question patterns built on any Prompter (no prompt library loaded here).
import type { Prompter } from './prompts.js';

/** Up to `max` short answers, one question each, an empty answer to stop. */
export async function askUpTo(p: Prompter, max: number, message: (asked: number) => string): Promise<string[]> {
  const answers: string[] = [];
  while (answers.length < max) {
    const answer = await p.text(message(answers.length));
    if (!answer) break;
    answers.push(answer);
  }
  return answers;
}
