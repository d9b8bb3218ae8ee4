// `trust remind`: one line when something is due, nothing at all otherwise
// (cron mails only output), plus --install/--uninstall/--print for the
// crontab line that runs it every day.
import type { Context } from '../context.js';
import { CONCERN_DAYS } from '../domain/care.js';
import { addDays } from '../domain/dates.js';
import { checkInDue, DEFAULT_TIME, formatTime, parseTime, whatIsDue } from '../domain/remind.js';
import { JournalError, UsageError } from '../errors.js';
import {
  cronLine,
  cronNeedsJournal,
  CrontabMissing,
  programPath,
  readCrontab,
  withReminder,
  writeCrontab,
} from '../system/cron.js';
import { notify } from '../system/notify.js';
import { isSealed, MAGIC } from '../storage/crypto.js';
import { readHead } from '../storage/file.js';
import { OPEN_ACTIONS, type Want } from '../storage/scan.js';
import { sayRemind } from '../ui/messages-remind.js';
import { sayCareRemind } from '../ui/messages-care-report.js';
import { sayNewcomer } from '../ui/messages-newcomer.js';

export interface RemindOptions {
  notify?: boolean;
  install?: boolean;
  at?: string;
  uninstall?: boolean;
  print?: boolean;
}

export interface ReminderChoices {
  /** The installed line runs `trust remind --notify`. */
  notify?: boolean;
  /** The flag that gave the time, for the error message (default --at). */
  flag?: string;
}

/** The crontab line for this journal at `at` (HH:MM, checked: exit 2 when bad). */
export function reminderLine(ctx: Context, at: string, choices: ReminderChoices = {}): string {
  return cronLine({
    time: parseTime(choices.flag ?? '--at', at),
    node: process.execPath,
    program: programPath(),
    ...(cronNeedsJournal(ctx.file, ctx.env) ? { journal: ctx.file } : {}),
    ...(choices.notify ? { notify: true } : {}),
  });
}

/** Installs (or replaces) the daily crontab line at HH:MM; returns the line. Used by `trust init --remind-at`. */
export async function installReminder(ctx: Context, at: string, choices: ReminderChoices = {}): Promise<string> {
  // Built first: a bad time is exit 2 before the crontab is even read.
  const line = reminderLine(ctx, at, choices);
  try {
    const table = await readCrontab(ctx.env);
    const next = withReminder(table, line);
    if (next !== table) await writeCrontab(ctx.env, next);
  } catch (error) {
    if (error instanceof CrontabMissing) throw new JournalError(sayRemind.noCrontab, sayRemind.byHand(line));
    throw error;
  }
  return line;
}

/** Removes our line; says whether there was one. */
async function uninstallReminder(ctx: Context): Promise<boolean> {
  const table = await readCrontab(ctx.env);
  const next = withReminder(table, undefined);
  if (next === table) return false;
  await writeCrontab(ctx.env, next);
  return true;
}

/**
 * An encrypted journal with no passphrase to hand (as under cron, where the
 * passphrase must never be written into the crontab): what is due cannot be
 * known, so a gentle general nudge beats a daily error mail.
 */
async function lockedAway(ctx: Context): Promise<boolean> {
  if (ctx.env.TRUST_PASSPHRASE || ctx.interactive) return false;
  return isSealed(await readHead(ctx.file, MAGIC.length));
}

/** The line to show today, or undefined when nothing is due. */
async function reminder(ctx: Context): Promise<string | undefined> {
  if (await lockedAway(ctx)) return sayRemind.locked;
  // What is due: the check-in of an open concern (the last two weeks), a log today, and the actions no review has closed.
  const wants: Want[] = [{ since: addDays(ctx.today, -(CONCERN_DAYS - 1)) }, { kinds: ['log'], since: ctx.today, until: ctx.today }, ...OPEN_ACTIONS];
  const { entries } = await ctx.store.readSome(wants);
  const checkIn = checkInDue(entries, ctx.today);
  if (checkIn) return sayCareRemind.checkIn(checkIn);
  const due = whatIsDue(entries, ctx.today);
  return due && sayRemind.due(due);
}

export async function remind(opts: RemindOptions, ctx: Context): Promise<void> {
  if ([opts.install, opts.uninstall, opts.print].filter(Boolean).length > 1) throw new UsageError(sayRemind.oneMode);
  if (opts.at !== undefined && !opts.install && !opts.print) throw new UsageError(sayRemind.atAlone);
  // Without --at, the time set with `trust init --remind-at` (else 20:00), so a reinstall never moves it.
  const at = opts.at ?? (opts.install || opts.print ? (await ctx.store.readSome([])).profile.remindAt : undefined) ?? DEFAULT_TIME;
  const choices: ReminderChoices = opts.notify ? { notify: true } : {};

  if (opts.print) return ctx.print(reminderLine(ctx, at, choices));
  if (opts.install) {
    const line = await installReminder(ctx, at, choices);
    return ctx.print(sayRemind.installed(formatTime(parseTime('--at', at)), line));
  }
  if (opts.uninstall) {
    try {
      return ctx.print((await uninstallReminder(ctx)) ? sayRemind.removed : sayRemind.noneInstalled);
    } catch (error) {
      if (error instanceof CrontabMissing) return ctx.print(sayRemind.noCrontabToClean);
      throw error;
    }
  }

  const line = await reminder(ctx);
  if (!line) return;
  ctx.print(line);
  if (opts.notify && !(await notify(sayRemind.notificationTitle, line.replace(/`/g, ''), ctx.env))) ctx.deps.stderr.write(`${sayNewcomer.noNotifier}\n`);
}
