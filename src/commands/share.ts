// `trust share <id>` / `trust share --week <date>`: a short plain-text card
// of one entry or one week, with only the fields the person chooses (a
// checklist at a terminal, --fields for scripts, a gentle few otherwise).
import { current } from '../domain/corrections.js';
import type { Context } from '../context.js';
import { addDays, mondayOf } from '../domain/dates.js';
import { findEntry, shortId } from '../domain/entries.js';
import { journalOrder } from '../domain/merge.js';
import type { Entry } from '../domain/types.js';
import * as v from '../domain/validate.js';
import { UsageError } from '../errors.js';
import { sayCard, saySync } from '../ui/messages-sync.js';
import { sayRecoveryCard } from '../ui/messages-recovery.js';
import { requestNumbers } from '../domain/recovery.js';
import type { Period } from '../domain/report-period.js';
import {
  SHARE_FIELDS, availableFields, cardLines, cardSource, defaultFields, renderEntryCard, renderWeekCard,
  type CardBlock, type CardSource, type ShareField,
} from '../ui/share-card.js';

export interface ShareOptions {
  id?: string;
  week?: string;
  fields?: string;
}

async function chooseFields(given: ShareField[] | undefined, available: readonly ShareField[], ctx: Context): Promise<ShareField[]> {
  if (given !== undefined) return given;
  const gentle = defaultFields(available);
  if (!ctx.interactive || available.length === 0) return gentle;
  const choices = available.map((f) => ({ value: f, name: sayCard.fieldNames[f] ?? f, checked: gentle.includes(f) }));
  return (await ctx.ask()).checkbox(sayCard.pickFields, choices);
}

/** The entries of the Monday-to-Sunday week; a review whose action is there goes on the card with it. */
function weekEntries(entries: readonly Entry[], monday: string, sunday: string): Entry[] {
  const inWeek = entries.filter((e) => e.date >= monday && e.date <= sunday);
  const ids = new Set(inWeek.map((e) => e.id));
  return inWeek.filter((e) => !(e.kind === 'review' && ids.has(e.ref))).sort(journalOrder);
}

function blocks(entries: readonly Entry[], fields: readonly ShareField[], src: CardSource): CardBlock[] {
  const chosen = new Set(fields);
  return entries.map((e) => ({ date: e.date, lines: cardLines(e, chosen, src) })).filter((b) => b.lines.length > 0);
}

/** How often each request was met in the week, for the accountability check-in. */
function requestTally(entries: readonly Entry[], week: Period): string[] {
  const { items } = requestNumbers(entries, week);
  return items.length === 0 ? [] : [sayRecoveryCard.tallyTitle, ...items.map((i) => sayRecoveryCard.tally(i.text, i.met))];
}

export async function share(opts: ShareOptions, ctx: Context): Promise<void> {
  if (opts.id !== undefined && opts.week !== undefined) throw new UsageError(saySync.shareBoth);
  if (opts.id === undefined && opts.week === undefined) throw new UsageError(saySync.shareNeedsWhat);
  // Bad input fails before any reading.
  const given = opts.fields === undefined ? undefined : v.listOf('--fields', opts.fields, SHARE_FIELDS);
  if (given?.length === 0) throw new UsageError(saySync.shareNoFields(SHARE_FIELDS));
  const week = opts.week === undefined ? undefined : v.anyDate('--week', opts.week);

  const read = await ctx.store.read();
  const journal = { ...read, entries: current(read.entries) };
  const src = cardSource(journal.entries, journal.profile.partner);

  if (week !== undefined) {
    const monday = mondayOf(week);
    const sunday = addDays(monday, 6);
    const entries = weekEntries(journal.entries, monday, sunday);
    const available = availableFields(entries, src);
    const fields = await chooseFields(given, available, ctx);
    // An empty week is still a card ("nothing this week"); an empty choice is not.
    if (fields.length === 0 && available.length > 0) return ctx.print(saySync.shareNothingChosen);
    const footer = fields.includes('requests') ? requestTally(entries, { from: monday, to: sunday }) : [];
    return ctx.print(renderWeekCard(monday, sunday, blocks(entries, fields, src), ctx.paint, footer));
  }

  const found = findEntry(journal.entries, opts.id ?? '');
  // A review is shared as the action it looks back on, with how it went.
  const action = found.kind === 'review' ? src.byId.get(found.ref) : undefined;
  const entry = action ?? found;
  const available = availableFields([entry], src);
  const what = `Entry ${shortId(entry.id)}`;
  if (available.length === 0) throw new UsageError(saySync.nothingToShare(what, []));
  const fields = await chooseFields(given, available, ctx);
  if (fields.length === 0) return ctx.print(saySync.shareNothingChosen);
  const [block] = blocks([entry], fields, src);
  if (!block) throw new UsageError(saySync.nothingToShare(what, available));
  ctx.print(renderEntryCard(block, ctx.paint));
}
