// A domain refusal as the person reads it: the Refusal thrown, in the words
// ui/messages-problems.ts gives it (what main.ts prints before exit 2).
import { Refusal } from '../../src/domain/problems.js';
import { problemText } from '../../src/ui/messages-problems.js';

function worded(e: unknown): string {
  if (e instanceof Refusal) return problemText(e.problem);
  throw e;
}

/** The sentence for the Refusal `run` throws; fails when it throws something else or nothing. */
export function refusedWith(run: () => unknown): string {
  try {
    run();
  } catch (e) {
    return worded(e);
  }
  throw new Error('expected a refusal, but it ran through');
}

/** The same for a promise that should reject with a Refusal. */
export async function refusedLater(run: Promise<unknown>): Promise<string> {
  try {
    await run;
  } catch (e) {
    return worded(e);
  }
  throw new Error('expected a refusal, but it ran through');
}
