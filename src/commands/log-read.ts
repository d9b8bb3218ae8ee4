// What the interactive `trust log` reads before its first question: the
// profile, the last two weeks (for care) and which actions are still open.
// From the note beside the journal when it can (storage/digest.ts): then the
// open actions' own entries are read only when the first of them is reviewed.
import type { Context } from '../context.js';
import { current } from '../domain/corrections.js';
import { openActions } from '../domain/entries.js';
import type { Entry, Journal, LogEntry } from '../domain/types.js';
import type { OpenAction } from '../storage/digest.js';
import { OPEN_ACTIONS, type Want } from '../storage/scan.js';

type Action = LogEntry & { action: string };

export interface FirstRead {
  /** The profile, and at least the entries dated `since` or later. */
  journal: Journal;
  /** The actions no review closes yet, oldest first. */
  open: readonly OpenAction[];
  /** One of them, as it reads now (corrections applied); undefined when it is no longer open. */
  action(id: string): Promise<Action | undefined>;
}

const byId = (actions: readonly Action[]) => new Map(actions.map((a) => [a.id, a]));

/** The open actions as they read now: a correction (`trust edit`) may have reworded a step. */
const openNow = (entries: readonly Entry[]) => byId(openActions(current(entries)));

export async function firstRead(ctx: Context, since: string): Promise<FirstRead> {
  const quick = ctx.store.readRecent(since);
  if (quick) {
    let actions: Promise<Map<string, Action>> | undefined;
    const load = () => (actions ??= ctx.store.readSome([...OPEN_ACTIONS, EDITS]).then((j) => openNow(j.entries)));
    return { ...quick, action: async (id) => (await load()).get(id) };
  }
  const journal = await ctx.store.readSome([{ since }, ...OPEN_ACTIONS, EDITS]);
  const open = openActions(journal.entries);
  const found = openNow(journal.entries);
  return { journal, open, action: async (id) => found.get(id) };
}

const EDITS: Want = { kinds: ['edit'] };
