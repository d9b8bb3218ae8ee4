import { JournalError } from '../errors.js';

/** A command promised by the contract whose work has not landed yet. */
export async function notYet(): Promise<never> {
  throw new JournalError('This command is not built yet.');
}
