// `trust remind` end to end: the real binary, a temp journal, and a FAKE
// crontab (test/fixtures/fake-crontab) as the only `crontab` on PATH, so the
// machine's real crontab is never read or written.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, ROOT, snapshot, tempDir, trust, type Run } from '../helpers/cli.js';

const FAKE_CRONTAB = join(ROOT, 'test', 'fixtures', 'fake-crontab');
const TODAY = '2026-11-20';

interface Machine {
  home: string;
  table: string;
  calls: string;
  env: Record<string, string>;
}

/** A temp HOME whose PATH holds nothing but the fake crontab (and what a test adds). */
function machine(opts: { crontab?: boolean; table?: string } = {}): Machine {
  const home = tempDir();
  const bin = join(home, 'bin');
  mkdirSync(bin);
  if (opts.crontab !== false) symlinkSync(FAKE_CRONTAB, join(bin, 'crontab'));
  const table = join(home, 'crontab.txt');
  if (opts.table !== undefined) writeFileSync(table, opts.table);
  return { home, table, calls: `${table}.calls`, env: { HOME: home, PATH: bin, FAKE_CRONTAB: table } };
}

const run = (m: Machine, args: string[], env: Record<string, string> = {}) => trust(['remind', ...args], { env: { ...m.env, ...env } });
const calls = (m: Machine) => (existsSync(m.calls) ? readFileSync(m.calls, 'utf8').trim().split('\n') : []);
const table = (m: Machine) => snapshot(m.table);

let n = 0;
function entry(kind: string, date: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  n++;
  return { id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`, kind, date, createdAt: `${date}T19:00:00.000Z`, ...extra };
}

function writeJournal(file: string, entries: Record<string, unknown>[]): void {
  mkdirSync(join(file, '..'), { recursive: true });
  writeFileSync(file, JSON.stringify({ schemaVersion: 1, profile: {}, entries }), { mode: 0o600 });
}

/**
 * What cron does with a line: drop the five time fields; the command ends at
 * the first unescaped `%` (the rest would go to its stdin) and `\%` becomes `%`.
 */
function commandOf(line: string): string {
  const m = /^(?:\S+\s+){5}(.*)$/.exec(line);
  if (!m?.[1]) throw new Error(`not a crontab line: ${line}`);
  const [command] = m[1].split(/(?<!\\)%/);
  return (command ?? '').replace(/\\%/g, '%');
}

/** Runs a crontab line's command the way cron does: `env -i`, a bare PATH, /bin/sh. */
function runLikeCron(line: string, env: Record<string, string>): Run {
  const vars = Object.entries(env).map(([k, v]) => `${k}=${v}`);
  const r = spawnSync('/usr/bin/env', ['-i', ...vars, '/bin/sh', '-c', commandOf(line)], { encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const ourLine = (text: string | null) => (text ?? '').split('\n').filter((l) => l.endsWith('# trust-remind'));

describe('trust remind: what is due', () => {
  it('prints nothing and exits 0 when today is logged and nothing awaits review', async () => {
    const m = machine();
    const file = join(m.home, 'j.json');
    const logged = await trust(['log', '--file', file, '--checklist', 'check-in', '--action', 'ask about their day', '--thought', 'x'], { env: m.env });
    expect(logged.code).toBe(0);
    const before = snapshot(file);
    const r = await run(m, ['--file', file]);
    expect(r).toEqual({ code: 0, stdout: '', stderr: '' });
    expect(snapshot(file)).toBe(before);
  });

  it("reminds about today's entry on a fresh journal, without creating it", async () => {
    const m = machine();
    const file = join(m.home, 'j.json');
    const r = await run(m, ['--file', file]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout.split('\n')).toHaveLength(2); // one line and its newline
    expect(r.stdout).toMatch(/today/i);
    expect(r.stdout).toContain('trust log');
    expect(existsSync(file)).toBe(false);
  });

  it('counts actions from earlier days and names the oldest', async () => {
    const m = machine();
    const file = join(m.home, 'j.json');
    const old = entry('log', '2026-11-16', { action: 'reviewed already' });
    writeJournal(file, [
      entry('log', '2026-11-18', { action: 'say one thing about my day' }),
      entry('log', '2026-11-17', { action: 'keep the Friday promise' }),
      old,
      entry('review', '2026-11-17', { ref: old.id, done: 'yes' }),
      entry('log', TODAY, { checklist: ['check-in'] }),
    ]);
    const r = await run(m, ['--file', file]);
    expect(r.code).toBe(0);
    expect(r.stdout.trim().split('\n')).toHaveLength(1);
    expect(r.stdout).toMatch(/2 small steps/);
    expect(r.stdout).toContain('2026-11-17');
    expect(r.stdout).toContain('trust review');
  });
});

describe('trust remind keeps the time set with trust init', () => {
  it('--print and --install without --at use profile.remindAt', async () => {
    const m = machine();
    const file = join(m.home, 'j.json');
    writeFileSync(file, '{"schemaVersion":1,"profile":{"remindAt":"21:15"},"entries":[]}\n');
    const printed = await run(m, ['--print', '--file', file]);
    expect(printed.stdout).toMatch(/^15 21 \* \* \* /);
    expect((await run(m, ['--install', '--file', file])).code).toBe(0);
    expect(ourLine(table(m))[0]).toMatch(/^15 21 \* \* \* /);
    expect((await run(m, ['--install', '--at', '07:05', '--file', file])).code).toBe(0);
    expect(ourLine(table(m))).toHaveLength(1);
    expect(ourLine(table(m))[0]).toMatch(/^5 7 \* \* \* /);
  });
});

describe('trust remind on an encrypted journal', () => {
  it('without a passphrase (as under cron) gives a general nudge, exit 0, file untouched', async () => {
    const m = machine();
    const file = join(m.home, 'j.json');
    const env = { ...m.env, TRUST_PASSPHRASE: 'correct horse', TRUST_KDF_COST: '10' };
    expect((await trust(['log', '--file', file, '--gratitude', 'tea'], { env })).code).toBe(0);
    expect((await trust(['encrypt', '--file', file], { env })).code).toBe(0);
    const before = snapshot(file);
    const r = await run(m, ['--file', file], { TRUST_KDF_COST: '10' });
    expect(r).toMatchObject({ code: 0, stderr: '' });
    expect(r.stdout.trim().split('\n')).toHaveLength(1);
    expect(r.stdout).toMatch(/encrypted/);
    expect(snapshot(file)).toBe(before);
    // With the passphrase it knows: today is logged and nothing is open.
    expect(await run(m, ['--file', file], { TRUST_PASSPHRASE: 'correct horse', TRUST_KDF_COST: '10' })).toEqual({ code: 0, stdout: '', stderr: '' });
  });
});

describe('trust remind --notify', () => {
  function withNotifySend(m: Machine): string {
    const log = join(m.home, 'notified.txt');
    const script = join(m.env.PATH ?? '', 'notify-send');
    writeFileSync(script, `#!/bin/sh\nprintf '%s\\n' "$@" > '${log}'\n`, { mode: 0o755 });
    return log;
  }

  it('raises a notification with the line when a session is there', async () => {
    const m = machine();
    const log = withNotifySend(m);
    const r = await run(m, ['--notify', '--file', join(m.home, 'j.json')], { DBUS_SESSION_BUS_ADDRESS: 'unix:path=/nonexistent' });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('trust log');
    const args = readFileSync(log, 'utf8').split('\n');
    expect(args.slice(0, 2)).toEqual(['--app-name=trust', 'trust']);
    expect(args[2]).toBe(r.stdout.trim().replace(/`/g, ''));
  });

  it('stays silent, notification included, when nothing is due', async () => {
    const m = machine();
    const log = withNotifySend(m);
    const file = join(m.home, 'j.json');
    writeJournal(file, [entry('log', TODAY, { checklist: ['repair'] })]);
    const r = await run(m, ['--notify', '--file', file], { DISPLAY: ':0' });
    expect(r).toEqual({ code: 0, stdout: '', stderr: '' });
    expect(existsSync(log)).toBe(false);
  });

  it.each([
    ['notify-send is missing', { DISPLAY: ':0' }],
    ['there is no desktop session', {}],
  ])('falls back to the line, saying once on stderr why, when %s', async (_, env: Record<string, string>) => {
    const m = machine();
    const r = await run(m, ['--notify', '--file', join(m.home, 'j.json')], env);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('No desktop notification could be shown here (notify-send and a desktop session are needed), so the reminder is only the line above.\n');
    expect(r.stdout).toContain('trust log');
  });
});

describe('trust remind --install / --uninstall (fake crontab)', () => {
  const USERS = 'MAILTO=me@example.com\n# my own jobs, untouched please\n0 3 * * * /home/me/backup.sh --all  \n\n@reboot echo "up %s"\n';

  it('installs into an empty crontab, with absolute paths, at 20:00 by default', async () => {
    const m = machine();
    const r = await run(m, ['--install']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('20:00');
    const lines = ourLine(table(m));
    expect(lines).toHaveLength(1);
    expect(table(m)).toBe(`${lines[0]}\n`);
    expect(lines[0]).toBe(`0 20 * * * ${process.execPath} ${BIN} remind # trust-remind`);
    expect(r.stdout).toContain(lines[0]);
    expect(calls(m)).toEqual(['-l', '-']);
  });

  it("keeps the user's own lines, stays one line, moves with --at, and uninstalls cleanly", async () => {
    const m = machine({ table: USERS });
    expect((await run(m, ['--install', '--at', '20:30'])).code).toBe(0);
    const first = table(m);
    expect(first?.startsWith(USERS)).toBe(true);
    expect(ourLine(first)).toEqual([expect.stringMatching(/^30 20 \* \* \* /)]);

    expect((await run(m, ['--install', '--at', '20:30'])).code).toBe(0);
    expect(table(m)).toBe(first);

    expect((await run(m, ['--install', '--at', '7:05'])).code).toBe(0);
    expect(table(m)?.startsWith(USERS)).toBe(true);
    expect(ourLine(table(m))).toEqual([expect.stringMatching(/^5 7 \* \* \* /)]);

    const r = await run(m, ['--uninstall']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/removed/i);
    expect(table(m)).toBe(USERS);

    const again = await run(m, ['--uninstall']);
    expect(again.code).toBe(0);
    expect(again.stdout).toMatch(/nothing to remove/i);
    expect(table(m)).toBe(USERS);
  });

  it('uninstall with no crontab at all changes nothing', async () => {
    const m = machine();
    const r = await run(m, ['--uninstall']);
    expect(r.code).toBe(0);
    expect(table(m)).toBeNull();
    expect(calls(m)).toEqual(['-l']);
  });

  it.each(['25:00', '20:60', 'noon', '8pm', ''])('a bad --at %j is exit 2 and leaves the crontab alone', async (at) => {
    const m = machine({ table: USERS });
    const r = await run(m, ['--install', '--at', at]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain('HH:MM');
    expect(table(m)).toBe(USERS);
    expect(calls(m)).toEqual([]);
  });

  it.each([
    [['--at', '20:30']],
    [['--install', '--uninstall']],
    [['--print', '--install']],
  ])('%j is bad usage: exit 2, crontab untouched', async (args) => {
    const m = machine({ table: USERS });
    const r = await run(m, args);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(calls(m)).toEqual([]);
  });

  it('a failing crontab write is exit 1, says so, and leaves the table as it was', async () => {
    const m = machine({ table: USERS });
    const r = await run(m, ['--install'], { FAKE_CRONTAB_FAIL: '1' });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('installing new crontab failed');
    expect(r.stderr).toContain('--print');
    expect(table(m)).toBe(USERS);
  });

  it('without crontab installed: --install is exit 1 with the line to add by hand; --print and --uninstall still work', async () => {
    const m = machine({ crontab: false });
    const printed = await run(m, ['--print', '--at', '21:00']);
    expect(printed.code).toBe(0);
    expect(printed.stdout).toBe(`0 21 * * * ${process.execPath} ${BIN} remind # trust-remind\n`);

    const r = await run(m, ['--install', '--at', '21:00']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/crontab.*not installed/);
    expect(r.stderr).toContain(printed.stdout.trim());

    const u = await run(m, ['--uninstall']);
    expect(u.code).toBe(0);
    expect(u.stdout).toMatch(/not installed/);
  });

  it('carries TRUST_JOURNAL for a journal given by --file or TRUST_JOURNAL, not for the default one', async () => {
    const m = machine();
    const custom = join(m.home, 'journals', 'ours.json');
    const byFlag = await run(m, ['--print', '--file', custom]);
    expect(byFlag.stdout).toContain(`TRUST_JOURNAL=${custom} `);
    const byEnv = await run(m, ['--print'], { TRUST_JOURNAL: custom });
    expect(byEnv.stdout).toBe(byFlag.stdout);
    const plain = await run(m, ['--print']);
    expect(plain.stdout).not.toContain('TRUST_JOURNAL');
  });
});

describe('the installed line under cron: env -i, PATH=/usr/bin:/bin, /bin/sh', () => {
  it('reminds about the right journal, even in a folder with a space, a quote and a %', async () => {
    const m = machine();
    const file = join(m.home, "our 100% private journal's folder", 'journal.json');
    writeJournal(file, [entry('log', TODAY, { checklist: ['check-in'] }), entry('log', '2026-11-18', { action: 'text when late' })]);
    expect((await run(m, ['--install', '--at', '20:30', '--file', file])).code).toBe(0);
    const [line] = ourLine(table(m));
    expect(line).toContain('TRUST_JOURNAL=');

    const due = runLikeCron(line ?? '', { HOME: m.home, PATH: '/usr/bin:/bin', TRUST_NOW: TODAY });
    expect(due.stderr).toBe('');
    expect(due.code).toBe(0);
    expect(due.stdout).toMatch(/^One small step from 2026-11-18 .*trust review.*\n$/);

    // The same line on 2026-11-18, the day that action was planned and logged: nothing is due yet.
    const quiet = runLikeCron(line ?? '', { HOME: m.home, PATH: '/usr/bin:/bin', TRUST_NOW: '2026-11-18' });
    expect(quiet).toEqual({ code: 0, stdout: '', stderr: '' });
  });

  it('finds the default journal from HOME alone, and needs nothing from PATH', async () => {
    const m = machine();
    const file = join(m.home, '.local', 'share', 'trust', 'journal.json');
    writeJournal(file, [entry('log', '2026-11-19', { checklist: ['privacy'] })]);
    expect((await run(m, ['--install'])).code).toBe(0);
    const [line] = ourLine(table(m));
    expect(line).not.toContain('TRUST_JOURNAL');

    const due = runLikeCron(line ?? '', { HOME: m.home, PATH: '/usr/bin:/bin', TRUST_NOW: TODAY });
    expect(due.stderr).toBe('');
    expect(due.stdout).toMatch(/^Today's page is still blank/);

    const noPath = runLikeCron(line ?? '', { HOME: m.home, PATH: join(m.home, 'nothing-here'), TRUST_NOW: '2026-11-19' });
    expect(noPath).toEqual({ code: 0, stdout: '', stderr: '' });
  });
});
