// Care on save: every command that saves entries calls answerCare right
// after the save, before anything else it says. It never blocks or undoes
// a save; it only answers, calmly, and hands back the `care` object for
// --json output.
import type { Context } from '../context.js';
import { addDays } from '../domain/dates.js';
import {
  careOnSave, DISTRESS_DAYS, wordSignals, fearCameTrue, harshSelfJudgement, worstLevel,
  type CareLevel, type CareSignal,
} from '../domain/care.js';
import type { Entry, Profile } from '../domain/types.js';
import { careLines, sayCare } from '../ui/messages-care.js';
import { columnsOf, wrapText } from '../ui/fit.js';

export interface CareJson {
  level: CareLevel;
  signals: CareSignal[];
}

export interface CareOptions {
  json: boolean;
  /** The interactive flow already answered crisis, danger and fears that came true as the answers came in. */
  shown?: boolean;
}

/**
 * The last DISTRESS_DAYS of the journal after the save: all that the open
 * concern (14 days) and lasting distress (28 days) look at. The save just
 * noted its digest, so readRecent reads the file's last lines only (readSpan
 * would too, but also lists every day logged before the span, which only the
 * report uses); without a digest readSpan parses only the lines dated in the
 * span when trust wrote the file itself. A scripted log on a ten-year journal
 * stays an append plus a read of its last lines, not a full parse.
 */
async function recent(ctx: Context): Promise<{ entries: readonly Entry[]; profile: Profile }> {
  const since = addDays(ctx.today, -(DISTRESS_DAYS - 1));
  try {
    const quick = ctx.store.readRecent(since)?.journal;
    if (quick) return { entries: quick.entries.filter((e) => e.date <= ctx.today), profile: quick.profile };
    const { journal } = await ctx.store.readSpan(since, ctx.today);
    return journal;
  } catch {
    // The entry is already saved; a journal that will not read back now must
    // not turn that into a failure. The saved entries alone still get their answer.
    return { entries: [], profile: {} };
  }
}

/** The note's lines for signals just found; `paused` when trust steps are now paused (a concern is open). */
export function noteLines(fresh: readonly CareSignal[], paused: boolean): string[] {
  const level = worstLevel(fresh);
  if (level === null) return [];
  return careLines(level, fresh.filter((s) => s.level === 'distress').map((s) => s.why), paused);
}

/**
 * Looks at what was just saved (and the open concern); prints the calm note
 * (stderr when scripted or --json, on screen when interactive) and returns
 * the `care` object for --json output, or undefined when calm.
 */
export async function answerCare(ctx: Context, saved: readonly Entry[], opts: CareOptions): Promise<CareJson | undefined> {
  if (saved.length === 0) return undefined;
  const { entries, profile } = await recent(ctx);
  const { fresh, open } = careOnSave(saved, entries, ctx.today);
  const shown = opts.shown === true;
  const lines: string[] = [];
  let care: CareJson | undefined;
  const level = worstLevel(fresh);
  if (level !== null) {
    care = { level, signals: fresh };
    // The flow says crisis and danger as the answers come in; distress shows only once all is saved.
    lines.push(...noteLines(shown ? fresh.filter((f) => f.level === 'distress') : fresh, open !== undefined));
  } else if (open?.level) {
    care = { level: open.level, signals: open.signals };
    if (!shown) lines.push(sayCare.stillOpen);
  }
  if (!shown && saved.some(fearCameTrue)) lines.push(sayCare.cameTrue);
  if (saved.some((e) => harshSelfJudgement(e, profile.role))) lines.push(sayCare.selfCompassion);
  tell(ctx, lines, opts.json);
  return care;
}

/** On screen at an interactive terminal; otherwise stderr, so stdout stays the id or the JSON. */
function tell(ctx: Context, lines: readonly string[], json: boolean): void {
  if (lines.length === 0) return;
  if (!json && ctx.interactive && ctx.deps.stdout.isTTY === true) {
    const width = columnsOf(ctx.deps.stdout, ctx.deps.env);
    ctx.print();
    for (const line of lines.flatMap((l) => wrapText(l, width))) ctx.print(line);
    ctx.print();
    return;
  }
  // Wrapped only for a person at a terminal: a log file or a script keeps each line whole.
  const shown = ctx.deps.stderr.isTTY === true ? lines.flatMap((l) => wrapText(l, columnsOf(ctx.deps.stderr, ctx.deps.env))) : lines;
  ctx.deps.stderr.write(`${shown.join('\n')}\n`);
}

/** `{...entry, care}` for --json output, with no care key when calm. */
export const withCare = <T extends Entry>(entry: T, care: CareJson | undefined): T | (T & { care: CareJson }) =>
  care ? { ...entry, care } : entry;

/**
 * A command refused for bad input saved nothing, but the words typed may
 * still say something heavy ("I don't want to be alive", with a typo in
 * --belief): they get the same calm note, after the line that says what
 * to fix. Words only; the command's numbers were not valid to look at.
 */
export function answerRefused(args: readonly string[], stderr: { write(text: string): unknown }): void {
  const found = args.flatMap(wordSignals);
  const level = worstLevel(found.map((f) => ({ ...f, id: '', date: '' })));
  if (level === null || level === 'distress') return;
  // Nothing was saved, so there is no concern to close: the note without its `--safe` line.
  stderr.write(`${[sayCare.refused, ...sayCare[level]].join('\n')}\n`);
}
