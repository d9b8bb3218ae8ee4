import type { StoreProblem } from './storage/problems.js';
import { storeText } from './ui/messages-storage.js';

/** Bad usage or invalid input: exit 2, journal untouched. */
export class UsageError extends Error {
  readonly exitCode = 2;
  override name = 'UsageError';
}

/** The journal could not be read, written, locked or decrypted: exit 1. */
export class JournalError extends Error {
  readonly exitCode = 1;
  override name = 'JournalError';
  constructor(message: string, readonly hint?: string, options?: ErrorOptions) {
    super(message, options);
  }
}

/**
 * A JournalError that storage throws as a fact (storage/problems.ts): the
 * words are given here, from ui/, so storage builds no sentence and every
 * reader of a JournalError still finds its message and hint.
 */
export class StoreError extends JournalError {
  override name = 'StoreError';
  constructor(readonly problem: StoreProblem, options?: ErrorOptions) {
    const { message, hint } = storeText(problem);
    super(message, hint, options);
  }
}

/** The person stopped a prompt (Ctrl-C, closed terminal) or said no. */
export class CancelledError extends Error {
  readonly exitCode = 1;
  override name = 'CancelledError';
}

/** The `code` of a failed system call (ENOENT, EEXIST…), read without a cast; undefined for any other error. */
export function errnoCode(e: unknown): string | undefined {
  return e instanceof Error && 'code' in e && typeof e.code === 'string' ? e.code : undefined;
}
