import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { mode, readJournal, snapshot, tempDir, tempJournal, trust } from '../helpers/cli.js';
import { keys, ptyTrust } from '../helpers/pty.js';

const deadPid = () => spawnSync(process.execPath, ['-e', '']).pid as number;

/** A journal saved `n` times (so with backups), one entry per save. */
async function journalWith(n: number): Promise<string> {
  const { file } = tempJournal();
  for (let i = 0; i < n; i++) expect((await trust(['log', '--file', file, '--gratitude', `note ${i}`])).code).toBe(0);
  return file;
}

interface Report {
  healthy: boolean;
  problems: number;
  checks: { id: string; status: 'ok' | 'note' | 'problem'; message: string }[];
  backups: { name: string; ok: boolean; entries: number | null }[];
  fixed: string[];
}

async function doctorJson(file: string, ...args: string[]): Promise<{ code: number | null; report: Report; stderr: string }> {
  const r = await trust(['doctor', '--json', '--file', file, ...args]);
  return { code: r.code, report: JSON.parse(r.stdout) as Report, stderr: r.stderr };
}

const statusOf = (report: Report, id: string) => report.checks.filter((c) => c.id === id).map((c) => c.status);

describe('trust doctor', () => {
  it('a healthy journal: every check ticked, exit 0', async () => {
    const file = await journalWith(2);
    const r = await trust(['doctor', '--file', file]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain(file);
    expect(r.stdout).toMatch(/✓ Reads fine: 2 entries/);
    expect(r.stdout).toMatch(/✓ 1 backup; the newest is from .* with 1 entry/);
    expect(r.stdout).not.toContain('✗');
    expect(r.stdout.trim().endsWith('All good.')).toBe(true);
  });

  it('no journal yet is not a problem', async () => {
    const { file } = tempJournal();
    const { code, report } = await doctorJson(file);
    expect(code).toBe(0);
    expect(report.healthy).toBe(true);
    expect(statusOf(report, 'journal')).toEqual(['note']);
    expect(existsSync(file)).toBe(false);
  });

  it('a damaged journal: exit 1, names the newest good backup to restore, changes nothing', async () => {
    const file = await journalWith(3);
    writeFileSync(file, '{"schemaVersion":1,"profile":{},"entr');
    const before = readdirSync(dirname(file)).map((n) => [n, snapshot(join(dirname(file), n))]);
    const r = await trust(['doctor', '--file', file]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/✗ Cannot be read: .*it stops short/);
    expect(r.stderr).toMatch(/^trust: 1 problem found\.\ntrust: Run `trust doctor --restore` to bring back journal\.json\.bak1 \(.*, 2 entries\)\./);
    expect(readdirSync(dirname(file)).map((n) => [n, snapshot(join(dirname(file), n))])).toEqual(before);
  });

  it('open modes: a problem each; --fix makes them private and then all is well', async () => {
    const file = await journalWith(2);
    chmodSync(file, 0o644);
    chmodSync(dirname(file), 0o755);
    chmodSync(`${file}.bak1`, 0o640);
    writeFileSync(`${file}.draft`, '{"date":"2026-11-19","startedAt":"x","answers":{"checklist":[]}}', { mode: 0o644 });
    chmodSync(`${file}.draft`, 0o644);
    const sick = await doctorJson(file);
    expect(sick.code).toBe(1);
    expect(sick.report.problems).toBe(4);
    expect(sick.stderr).toMatch(/trust doctor --fix/);
    const fixed = await doctorJson(file, '--fix');
    expect(fixed.code).toBe(0);
    expect(fixed.report.fixed).toHaveLength(4);
    expect([file, `${file}.bak1`, `${file}.draft`].map(mode)).toEqual([0o600, 0o600, 0o600]);
    expect(mode(dirname(file))).toBe(0o700);
    expect(statusOf(fixed.report, 'draft')).toEqual(['note']); // still waiting for `trust log`
  });

  it('never changes a shared folder such as /tmp, even with --fix', async () => {
    const shared = tempDir();
    chmodSync(shared, 0o1777);
    const file = join(shared, 'journal.json');
    expect((await trust(['log', '--file', file, '--gratitude', 'x'])).code).toBe(0);
    const r = await doctorJson(file, '--fix');
    expect(r.code).toBe(1);
    expect(r.report.checks.find((c) => c.id === 'folderMode')?.message).toMatch(/not trust's to change/);
    expect(r.stderr).toMatch(/says what to do/);
    expect(statSync(shared).mode & 0o7777).toBe(0o1777);
  });

  it('a lock left by a killed process and its half-written temp files: problems that --fix clears; a live lock is only a note', async () => {
    const file = await journalWith(1);
    const pid = deadPid();
    writeFileSync(`${file}.lock`, JSON.stringify({ pid, host: hostname() }));
    const temp = join(dirname(file), `.journal.json.${pid}.deadbeef.tmp`);
    writeFileSync(temp, '{"schemaVer');
    const sick = await doctorJson(file);
    expect(sick.code).toBe(1);
    expect(statusOf(sick.report, 'lock')).toEqual(['problem']);
    expect(statusOf(sick.report, 'leftovers')).toEqual(['problem']);
    expect((await doctorJson(file, '--fix')).code).toBe(0);
    expect(existsSync(`${file}.lock`)).toBe(false);
    expect(existsSync(temp)).toBe(false);

    writeFileSync(`${file}.lock`, JSON.stringify({ pid: process.pid, host: hostname() }));
    const busy = await doctorJson(file, '--fix');
    expect(busy.code).toBe(0);
    expect(statusOf(busy.report, 'lock')).toEqual(['note']);
    expect(existsSync(`${file}.lock`)).toBe(true);
  });

  it('a damaged backup is a problem, and is named', async () => {
    const file = await journalWith(3);
    writeFileSync(`${file}.bak2`, 'garbage');
    const { code, report } = await doctorJson(file);
    expect(code).toBe(1);
    expect(report.checks.find((c) => c.status === 'problem')?.message).toMatch(/^Backup journal\.json\.bak2 cannot be read: .*is damaged/);
    expect(report.backups.map((b) => b.ok)).toEqual([true, false]);
  });
});

describe('trust doctor --restore', () => {
  it('without a terminal and without --yes: exit 2, nothing changed', async () => {
    const file = await journalWith(2);
    writeFileSync(file, 'garbage');
    const r = await trust(['doctor', '--restore', '--file', file]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/add --yes/);
    expect(snapshot(file)).toBe('garbage');
  });

  it('--yes brings back the newest backup that is good, keeping the damaged file aside', async () => {
    const file = await journalWith(4); // journal: 4 entries; backups: 3, 2, 1
    writeFileSync(`${file}.bak1`, '{"schemaVersion":1,"profile":{},"entries":[{"id":1}]}');
    writeFileSync(file, '{"schemaVersion":1,"pro');
    const r = await trust(['doctor', '--restore', '--yes', '--json', '--file', file]);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as { restored: { name: string; entries: number }; keptAside: string };
    expect(out.restored).toEqual({ name: 'journal.json.bak2', entries: 2 });
    expect(readJournal(file).entries).toHaveLength(2);
    expect(mode(file)).toBe(0o600);
    expect(out.keptAside).toMatch(/journal\.json\.damaged-2026-11-20T12-00-00-000Z$/);
    expect(readFileSync(out.keptAside, 'utf8')).toBe('{"schemaVersion":1,"pro');
    expect(mode(out.keptAside)).toBe(0o600);
    // The journal takes new entries again.
    expect((await trust(['log', '--file', file, '--gratitude', 'back'])).code).toBe(0);
    expect(readJournal(file).entries).toHaveLength(3);
  });

  it('brings back a journal that went missing', async () => {
    const file = await journalWith(2);
    renameSync(file, `${file}.gone`);
    expect((await trust(['list', '--file', file])).code).toBe(1);
    const r = await trust(['doctor', '--restore', '--yes', '--file', file]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Restored journal\.json\.bak1 \(1 entry\)/);
    expect((await trust(['list', '--file', file])).code).toBe(0);
  });

  it('with no good backup: exit 1, nothing changed', async () => {
    const { file } = tempJournal();
    writeFileSync(file, 'garbage');
    writeFileSync(`${file}.bak1`, 'also garbage');
    const r = await trust(['doctor', '--restore', '--yes', '--file', file]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/no good backup/);
    expect(readdirSync(dirname(file)).sort()).toEqual(['journal.json', 'journal.json.bak1']);
    expect(snapshot(file)).toBe('garbage');
  });

  it('at a terminal it asks first, and "no" changes nothing', async () => {
    const file = await journalWith(2);
    writeFileSync(file, 'garbage');
    const no = await ptyTrust(['doctor', '--restore', '--file', file], [{ wait: 'Bring back journal.json.bak1', send: `n${keys.enter}` }, { wait: 'Nothing was changed' }]);
    expect(no.stuck).toBeNull();
    expect(no.code).toBe(0);
    expect(snapshot(file)).toBe('garbage');
    const yes = await ptyTrust(['doctor', '--restore', '--file', file], [{ wait: 'Bring back journal.json.bak1', send: `y${keys.enter}` }, { wait: 'Restored' }]);
    expect(yes.code).toBe(0);
    expect(readJournal(file).entries).toHaveLength(1);
  });
});

describe('trust doctor on an encrypted journal', () => {
  const PASS = { TRUST_PASSPHRASE: 'correct horse', TRUST_KDF_COST: '10' };

  it('checks and restores sealed backups with the journal passphrase; without it, says so instead of blaming the file', async () => {
    const { file } = tempJournal();
    for (const note of ['one', 'two', 'three']) expect((await trust(['log', '--file', file, '--gratitude', note], { env: PASS })).code).toBe(0);
    expect((await trust(['encrypt', '--file', file], { env: PASS })).code).toBe(0);

    const healthy = await trust(['doctor', '--json', '--file', file], { env: PASS });
    expect(healthy.code).toBe(0);
    expect((JSON.parse(healthy.stdout) as Report).backups.map((b) => b.ok)).toEqual([true, true, true]);

    const locked = await trust(['doctor', '--file', file], { env: { TRUST_KDF_COST: '10' } });
    expect(locked.code).toBe(1);
    expect(locked.stderr).toMatch(/TRUST_PASSPHRASE/);
    expect(locked.stderr).not.toMatch(/No good backup/);

    writeFileSync(file, 'TRUSTENC\u0001 cut');
    const restored = await trust(['doctor', '--restore', '--yes', '--file', file], { env: PASS });
    expect(restored.code).toBe(0);
    expect(readFileSync(file).subarray(0, 8).toString()).toBe('TRUSTENC');
    const list = await trust(['list', '--json', '--file', file], { env: PASS });
    expect(list.code).toBe(0);
    expect(JSON.parse(list.stdout)).toHaveLength(3);
  });
});
