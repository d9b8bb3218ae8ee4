import { existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readJournal, ROOT, snapshot, tempDir, tempJournal, trust } from '../helpers/cli.js';
import { expectRefused } from '../helpers/refusal.js';

const at = (file: string) => ['--file', file];

/**
 * A PATH holding only the fake crontab (test/fixtures/fake-crontab), which
 * keeps its table in a temp file: no test can reach the machine's crontab.
 */
function fakeCron(): { table: string; env: Record<string, string> } {
  const dir = tempDir();
  const bin = join(dir, 'bin');
  mkdirSync(bin);
  symlinkSync(join(ROOT, 'test', 'fixtures', 'fake-crontab'), join(bin, 'crontab'));
  const table = join(dir, 'crontab.txt');
  return { table, env: { PATH: bin, FAKE_CRONTAB: table } };
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

  it('saves the reminder time and installs the daily crontab line', async () => {
    const { file } = tempJournal();
    const cron = fakeCron();
    const r = await trust(['init', '--partner', 'Sam', '--remind-at', '7:05', ...at(file)], { env: cron.env });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(readJournal(file).profile).toEqual({ partner: 'Sam', remindAt: '07:05' });
    expect(readFileSync(cron.table, 'utf8')).toMatch(/^5 7 \* \* \* .*remind # trust-remind\n$/);
    expect(r.stdout).toContain('Daily reminder set for 07:05. It arrives through cron, the same line `trust remind --install` adds');
  });

  it('keeps the profile when the reminder cannot be installed, says why and how to retry, and exits 0', async () => {
    const { file } = tempJournal();
    const cron = fakeCron();
    const r = await trust(['init', '--role', 'hurt', '--remind-at', '21:00', '--json', ...at(file)], { env: { ...cron.env, FAKE_CRONTAB_FAIL: '1' } });
    expect(r.code).toBe(0);
    expect(readJournal(file).profile).toEqual({ role: 'hurt', remindAt: '21:00' });
    expect(existsSync(cron.table)).toBe(false);
    const lines = r.stderr.trim().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^trust: Your profile is saved, but the daily reminder could not be set up: `crontab -` failed/);
    expect(lines[1]).toMatch(/^trust: .*trust remind --print/);
    const printed = JSON.parse(r.stdout);
    expect(printed.profile).toEqual({ role: 'hurt', remindAt: '21:00' });
    expect(printed.reminder).toMatchObject({ at: '21:00', installed: false, error: expect.stringContaining('crontab') });
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
    expectRefused(withProfile({ name: 'Jo', role: 'hurt' }), ['init', ...flags], message, { env: fakeCron().env }));

  it('without flags and without a terminal, says what to give instead of waiting', async () => {
    const { file } = tempJournal();
    const r = await trust(['init', ...at(file)]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/Nothing to set: give --name, --role/);
    expect(snapshot(file)).toBeNull();
  });
});
