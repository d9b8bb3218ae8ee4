// `trust init`: who you are in this (hurt, broke trust, both), your partner's
// name, and a daily reminder. By flags (only the given fields change) or, at
// a terminal with no flags, by asking. The profile is saved before the
// reminder is installed: a reminder that cannot be set up (no crontab, say)
// is reported on stderr but does not undo the profile, and the exit is 0,
// because a non-zero exit promises the journal was left unchanged.
import type { Context } from '../context.js';
import { catalog } from '../domain/catalog.js';
import { compact } from '../domain/entries.js';
import { formatTime, parseTime } from '../domain/remind.js';
import { ROLES, type Profile, type Role } from '../domain/types.js';
import * as v from '../domain/validate.js';
import { JournalError, UsageError } from '../errors.js';
import { personalise, sayInit } from '../ui/messages-practice.js';
import type { Prompter } from '../ui/prompts.js';

export interface InitOptions {
  name?: string;
  role?: string;
  partner?: string;
  remindAt?: string;
  json?: boolean;
}

/** `HH:MM` on a 24-hour clock, normalised to two digits each (the reminder's own rules). */
export function timeOfDay(flag: string, raw: string): string {
  return formatTime(parseTime(flag, raw));
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
  });
}

async function askTime(p: Prompter, current: string | undefined): Promise<string | undefined> {
  for (;;) {
    const raw = await p.text(sayInit.askRemind, current ? { default: current } : {});
    if (!raw) return undefined;
    try {
      return timeOfDay('--remind-at', raw);
    } catch (e) {
      if (!(e instanceof UsageError)) throw e;
      p.note(sayInit.timeAgain(raw));
    }
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
  const remindAt = await askTime(p, current.remindAt);
  return compact<Partial<Profile>>({ name, role, partner, remindAt });
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
    j.profile = { ...j.profile, ...changes };
    return j.profile;
  });
  const reminder = changes.remindAt ? await installAt(ctx, changes.remindAt) : undefined;

  if (opts.json) ctx.json({ profile, ...(reminder ? { reminder } : {}) });
  else showProfile(ctx, profile);
  if (!reminder) return;
  if (reminder.installed && !opts.json) ctx.print(sayInit.reminderSet(reminder.at));
  if (!reminder.installed) {
    ctx.deps.stderr.write(`trust: ${sayInit.reminderFailed(reminder.error ?? '')}\n`);
    ctx.deps.stderr.write(`trust: ${reminder.hint ?? sayInit.reminderRetry(reminder.at)}\n`);
  }
}
