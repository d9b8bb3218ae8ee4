// First contact: the first `trust log` exercise on a new journal says, once, what
// trust is and is not, and where help is. Only at a terminal: a script's
// output stays exactly as it was. Nothing is written to say it was shown:
// a journal stops being new with its first save, and an interrupted or
// empty first session leaves no journal behind (as "Nothing was saved"
// promises), so the greeting comes again then, and never after a save.
import { stat } from 'node:fs/promises';
import type { Context } from '../context.js';
import { hasBackups } from '../storage/journal.js';
import { draftPath } from '../storage/paths.js';
import { peekProfile } from '../storage/peek.js';
import { sayWelcome } from '../ui/messages-safety.js';

/** Whether something is there; one that cannot even be looked at counts as not there, as peekProfile would find it. */
const exists = (path: string) => stat(path).then(() => true, () => false);

/** No journal (nor its backups, nor a draft begun), or one with no entries and an empty profile. */
async function isNewJournal(file: string): Promise<boolean> {
  if (await exists(draftPath(file))) return false;
  const peek = await peekProfile(file);
  if (peek.state === 'missing') return !(await hasBackups(file));
  if (peek.state !== 'read' || !peek.empty) return false;
  const p = peek.profile;
  return typeof p === 'object' && p !== null && Object.keys(p).length === 0;
}

/** The greeting, at a terminal, when the journal is new (on stderr under --json, so stdout stays one document). */
export async function welcomeOnce(ctx: Context, json: boolean): Promise<void> {
  if (!ctx.interactive || !(await isNewJournal(ctx.file))) return;
  const say = json ? (line: string) => void ctx.deps.stderr.write(`${line}\n`) : ctx.print;
  for (const line of sayWelcome) say(line);
  say('');
}
