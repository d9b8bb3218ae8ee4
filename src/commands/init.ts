// `trust init`: who you are in this (hurt, broke trust, both), your partner's
// name, and a daily reminder. By flags (only the given fields change) or, at
// a terminal with no flags, by asking. The profile is saved before the
// reminder is installed: a reminder that cannot be set up (no crontab, say)
// is reported on stderr but does not undo the profile, and the exit is 0,
// because a non-zero exit promises the journal was left unchanged.
import type { Context } from '../context.js';
import { catalog } from '../domain/catalog.js';
import { compact } from '../domain/entries.js';
import { addOwnHelplines, helplines, toCountry, toOwnHelpline } from '../domain/helplines.js';
import { formatTime, parseTime } from '../domain/remind.js';
import { ROLES, type OwnHelpline, type Profile, type Role } from '../domain/types.js';
import * as v from '../domain/validate.js';
import { JournalError, UsageError } from '../errors.js';
import { Refusal } from '../domain/problems.js';
import { personalise, sayInit } from '../ui/messages-practice.js';
import { sayHelplineInit } from '../ui/messages-safety.js';
import type { Prompter } from '../ui/prompts.js';
import { sayNewcomer } from '../ui/messages-newcomer.js';

export interface InitOptions {
  name?: string;
  role?: string;
  partner?: string;
  remindAt?: string;
  country?: string;
  helpline?: string[];
  json?: boolean;
}

/** `HH:MM` on a 24-hour clock, normalised to two digits each (the reminder's own rules). */
export function timeOfDay(flag: string, raw: string): string {
  return formatTime(parseTime(flag, raw));
}

function country(raw: string): string {
  const code = toCountry(raw);
  if (code === undefined) throw new UsageError(sayHelplineInit.badCountry(raw));
  return code;
}

function helpline(raw: string): OwnHelpline {
  const line = toOwnHelpline(raw);
  if (line === undefined) throw new UsageError(sayHelplineInit.badHelpline(raw));
  return line;
}

function nonEmpty(flag: string, raw: string): string {
  const value = v.text(raw);
  if (value === undefined) throw new UsageError(sayInit.emptyValue(flag));
  return value;
}

/** Every flag checked before the journal is touched; only the fields given. */
export function profileFromFlags(o: InitOptions): Partial<Profile> {
  return compact<Partial<Profile>>({
    name: o.name === undefined ? undefined : nonEmpty('--name', o.name),
    role: o.role === undefined ? undefined : v.oneOf('--role', o.role, ROLES),
    partner: o.partner === undefined ? undefined : nonEmpty('--partner', o.partner),
    remindAt: o.remindAt === undefined ? undefined : timeOfDay('--remind-at', o.remindAt),
    country: o.country === undefined ? undefined : country(o.country),
    helplines: o.helpline?.map(helpline),
  });
}

/** A time the reminder can use, or undefined for one it cannot read. */
function readTime(raw: string): string | undefined {
  try {
    return timeOfDay('--remind-at', raw);
  } catch (e) {
    if (e instanceof Refusal) return undefined;
    throw e;
  }
}

/** Asks until the answer reads, or is left empty (undefined). */
async function askUntil<T>(p: Prompter, message: string, read: (raw: string) => T | undefined, again: (raw: string) => string, current?: string): Promise<T | undefined> {
  for (;;) {
    const raw = await p.text(message, current ? { default: current } : {});
    if (!raw) return undefined;
    const value = read(raw);
    if (value !== undefined) return value;
    p.note(again(raw));
  }
}

async function askProfile(p: Prompter, current: Profile): Promise<Partial<Profile>> {
  const opt = (value: string | undefined) => (value ? { default: value } : {});
  const name = await p.text(sayInit.askName, opt(current.name));
  const role = await p.select<Role>(
    sayInit.askRole,
    catalog.roles.map((r) => ({ value: r.id, name: r.label, description: r.focus })),
    current.role,
  );
  const partner = await p.text(sayInit.askPartner, opt(current.partner));
  const remindAt = await askUntil(p, sayInit.askRemind, readTime, sayInit.timeAgain, current.remindAt);
  const country = await askUntil(p, sayHelplineInit.askCountry, toCountry, sayHelplineInit.countryAgain, current.country);
  const line = await askUntil(p, sayHelplineInit.askHelpline, toOwnHelpline, sayHelplineInit.helplineAgain);
  return compact<Partial<Profile>>({ name, role, partner, remindAt, country, helplines: line && [line] });
}

interface ReminderResult {
  at: string;
  installed: boolean;
  line?: string;
  error?: string;
  hint?: string;
}

async function installAt(ctx: Context, at: string): Promise<ReminderResult> {
  try {
    const { installReminder } = await import('./remind.js');
    return { at, installed: true, line: await installReminder(ctx, at) };
  } catch (e) {
    const hint = e instanceof JournalError ? e.hint : undefined;
    return { at, installed: false, error: e instanceof Error ? e.message : String(e), ...(hint ? { hint } : {}) };
  }
}

function showProfile(ctx: Context, profile: Profile): void {
  ctx.print(ctx.paint.green(sayInit.welcome(profile.name)));
  const role = catalog.roles.find((r) => r.id === profile.role);
  const rows: [keyof typeof sayInit.labels, string | undefined][] = [
    ['name', profile.name],
    ['role', role?.label],
    ['partner', profile.partner],
    ['remindAt', profile.remindAt],
  ];
  for (const [key, value] of rows) if (value) ctx.print(sayInit.profileLine(sayInit.labels[key], value));
  if (profile.country) ctx.print(sayInit.profileLine(sayHelplineInit.labels.country, profile.country));
  for (const l of profile.helplines ?? []) ctx.print(sayInit.profileLine(sayHelplineInit.labels.helpline, `${l.name}: ${l.contact}`));
  if (profile.country && !(profile.country in helplines.countries)) ctx.print(sayHelplineInit.noLinesFor(profile.country));
  if (!role) return;
  ctx.print();
  ctx.print(`${role.focus} ${sayInit.focusHeader}`);
  for (const tip of role.tips) ctx.print(`  • ${personalise(tip, profile.partner)}`);
}

export async function init(opts: InitOptions, ctx: Context): Promise<void> {
  const given = profileFromFlags(opts);
  const byFlags = Object.keys(given).length > 0;
  if (!byFlags && !ctx.interactive) throw new UsageError(sayInit.nothingGiven);
  const changes = byFlags ? given : await askProfile(await ctx.ask(), (await ctx.store.read()).profile);

  const profile = await ctx.store.update((j) => {
    const own = changes.helplines && { helplines: addOwnHelplines(j.profile.helplines, changes.helplines) };
    j.profile = { ...j.profile, ...changes, ...own };
    return j.profile;
  });
  const reminder = changes.remindAt ? await installAt(ctx, changes.remindAt) : undefined;

  if (opts.json) ctx.json({ profile, ...(reminder ? { reminder } : {}) });
  else showProfile(ctx, profile);
  if (!reminder) return;
  if (reminder.installed && !opts.json) ctx.print(sayNewcomer.reminderSet(reminder.at));
  if (!reminder.installed) {
    ctx.deps.stderr.write(`trust: ${sayInit.reminderFailed(reminder.error ?? '')}\n`);
    ctx.deps.stderr.write(`trust: ${reminder.hint ?? sayInit.reminderRetry(reminder.at)}\n`);
  }
}
