import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readJournal, snapshot, tempDir, tempJournal, trust } from '../helpers/cli.js';
import { expectRefused } from '../helpers/refusal.js';

const at = (file: string) => ['--file', file];

/**
 * A PATH whose `crontab` always fails, so no test can ever reach the real
 * user's crontab, whatever `installReminder` grows into.
 */
function failingCrontabPath(): string {
  const bin = join(tempDir(), 'bin');
  mkdirSync(bin);
  const fake = join(bin, 'crontab');
  writeFileSync(fake, '#!/bin/sh\necho "crontab: not allowed in tests" >&2\nexit 1\n');
  chmodSync(fake, 0o755);
  return `${bin}:${process.env.PATH ?? '/usr/bin:/bin'}`;
}

function withProfile(profile: Record<string, string>): string {
  const { file } = tempJournal();
  writeFileSync(file, JSON.stringify({ schemaVersion: 1, profile, entries: [] }), { mode: 0o600 });
  return file;
}

describe('trust init by flags', () => {
  it('saves name, role and partner, and shows what helps for that role', async () => {
    const { file } = tempJournal();
    const r = await trust(['init', '--name', 'Alex', '--role', 'broke-trust', '--partner', 'Sam', ...at(file)]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(readJournal(file).profile).toEqual({ name: 'Alex', role: 'broke-trust', partner: 'Sam' });
    expect(r.stdout).toContain('Welcome, Alex');
    expect(r.stdout).toContain('Take full responsibility');
    expect(r.stdout).not.toContain('Say what you need in plain words');
  });

  it('changes only the fields given', async () => {
    const file = withProfile({ name: 'Alex', role: 'hurt', partner: 'Sam' });
    const r = await trust(['init', '--role', 'both', '--json', ...at(file)]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({ profile: { name: 'Alex', role: 'both', partner: 'Sam' } });
    expect(readJournal(file).profile).toEqual({ name: 'Alex', role: 'both', partner: 'Sam' });
  });

  it('saves the reminder time even when the reminder cannot be installed, says so, and exits 0', async () => {
    const { file } = tempJournal();
    const r = await trust(['init', '--role', 'hurt', '--remind-at', '7:05', '--json', ...at(file)], { env: { PATH: failingCrontabPath() } });
    expect(r.code).toBe(0);
    expect(readJournal(file).profile).toEqual({ role: 'hurt', remindAt: '07:05' });
    expect(r.stderr).toMatch(/^trust: Your profile is saved, but the daily reminder could not be set up: .+/);
    expect(r.stderr).toContain('trust remind --install --at 07:05');
    const printed = JSON.parse(r.stdout);
    expect(printed.profile).toEqual({ role: 'hurt', remindAt: '07:05' });
    expect(printed.reminder).toMatchObject({ at: '07:05', installed: false, error: expect.any(String) });
  });

  const bad: [string, string[], RegExp][] = [
    ['an unknown role', ['--role', 'victim'], /--role: "victim" is not one of hurt, broke-trust, both/],
    ['a time past midnight', ['--remind-at', '24:00'], /--remind-at takes a time of day as HH:MM/],
    ['a time in words', ['--remind-at', '8pm'], /--remind-at takes a time of day/],
    ['minutes out of range', ['--remind-at', '20:60'], /--remind-at takes a time of day/],
    ['an empty partner name', ['--partner', '  '], /--partner needs a value/],
    ['a bad role next to good flags', ['--name', 'Alex', '--role', 'x'], /--role/],
  ];
  it.each(bad)('refuses %s: exit 2, one line, journal unchanged', (_, flags, message) =>
    expectRefused(withProfile({ name: 'Jo', role: 'hurt' }), ['init', ...flags], message, { env: { PATH: failingCrontabPath() } }));

  it('without flags and without a terminal, says what to give instead of waiting', async () => {
    const { file } = tempJournal();
    const r = await trust(['init', ...at(file)]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/Nothing to set: give --name, --role/);
    expect(snapshot(file)).toBeNull();
  });
});
