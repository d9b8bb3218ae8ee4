// Exit tells the truth when stdout fails: once the journal is saved, a lost
// output is one line on stderr and exit 0 (a retrying script must not save
// the entry twice); a command that only reads and cannot print exits 1 with
// one line. A reader that went away (`trust list | head -1`) is no error for
// a command that only reads. Never a stack trace without TRUST_DEBUG=1.
import { spawn } from 'node:child_process';
import { closeSync, openSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, baseEnv, readJournal, snapshot, tempDir, tempJournal, trust } from '../helpers/cli.js';

interface Lost {
  code: number | null;
  stderr: string;
}

type Sink = 'full' | 'read-only' | 'closed pipe';

/** Runs trust with stdout on /dev/full (ENOSPC), on a file open only for reading (EBADF), or on a pipe nobody reads. */
function lostStdout(args: string[], sink: Sink, env: Record<string, string> = {}): Promise<Lost> {
  const home = tempDir();
  let fd: number | undefined;
  if (sink === 'full') fd = openSync('/dev/full', 'w');
  if (sink === 'read-only') {
    const path = join(home, 'out.txt');
    writeFileSync(path, '');
    fd = openSync(path, 'r');
  }
  const child = spawn(process.execPath, [BIN, ...args], {
    env: { ...baseEnv(home), ...env },
    cwd: home,
    stdio: ['ignore', fd ?? 'pipe', 'pipe'],
  });
  if (fd !== undefined) closeSync(fd);
  // The reader leaves before the program has started (Node takes tens of milliseconds to boot).
  child.stdout?.destroy();
  return new Promise((done, fail) => {
    let stderr = '';
    child.stderr?.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', fail);
    child.on('close', (code) => done({ code, stderr }));
  });
}

const oneLine = (stderr: string) => {
  expect(stderr).not.toMatch(/\n\s+at |node:internal|Error:/);
  expect(stderr.trim().split('\n')).toHaveLength(1);
};

/** A journal with an open step, saved twice (so a backup holds the version before). */
async function journalWithAction(): Promise<{ file: string; id: string }> {
  const { file } = tempJournal();
  const r = await trust(['log', '--file', file, '--action', 'ask how the day went']);
  expect(r.code).toBe(0);
  expect((await trust(['jar', 'add', 'made tea', '--file', file])).code).toBe(0);
  return { file, id: r.stdout.trim() };
}

describe('stdout fails after the journal is saved: a warning, exit 0, saved once', () => {
  const saving: [string, (file: string, id: string) => string[]][] = [
    ['jar add', (f) => ['jar', 'add', 'kept a promise', '--file', f]],
    ['jar add --json', (f) => ['jar', 'add', 'kept a promise', '--json', '--file', f]],
    ['log', (f) => ['log', '--action', 'call at noon', '--file', f]],
    ['review', (f, id) => ['review', id, '--done', 'yes', '--file', f]],
    ['init', (f) => ['init', '--role', 'hurt', '--partner', 'Sam', '--file', f]],
    ['doctor --restore', (f) => ['doctor', '--restore', '--yes', '--file', f]],
  ];
  const sinks: Sink[] = ['full', 'read-only', 'closed pipe'];
  const cases = saving.flatMap(([what, args]) => sinks.map((sink) => [what, sink, args] as const));

  it.each(cases)('%s with stdout on %s', async (_what, sink, args) => {
    const { file, id } = await journalWithAction();
    const before = readJournal(file).entries.length;
    const r = await lostStdout(args(file, id), sink);
    expect(r.code).toBe(0);
    oneLine(r.stderr);
    expect(r.stderr).toMatch(/^trust: .*saved/i);
    const after = readJournal(file);
    const command = args(file, id)[0];
    if (command === 'init') expect(after.profile.partner).toBe('Sam');
    else if (command === 'doctor') expect(after.entries.length).toBe(before - 1); // back to the backup, from before the last save
    else expect(after.entries.length).toBe(before + 1);
  });
});

describe('stdout fails for a command that only reads: one line, exit 1', () => {
  it.each([
    ['list', ['list']],
    ['report', ['report']],
    ['export', ['export', '--format', 'markdown']],
    ['jar', ['jar']],
    ['--help', ['--help']],
  ])('%s with stdout on /dev/full', async (_what, args) => {
    const { file } = await journalWithAction();
    const before = snapshot(file);
    const r = await lostStdout([...args, '--file', file], 'full');
    expect(r.code).toBe(1);
    oneLine(r.stderr);
    expect(r.stderr).toMatch(/^trust: .*(output|print)/i);
    expect(snapshot(file)).toBe(before);
  });

  it.each([['list'], ['report'], ['export']])('%s to a reader that went away: exit 0, nothing on stderr', async (cmd) => {
    const { file } = await journalWithAction();
    const r = await lostStdout([cmd, '--file', file], 'closed pipe');
    expect(r).toEqual({ code: 0, stderr: '' });
  });

  it('TRUST_DEBUG=1 still shows the error in full', async () => {
    const { file } = await journalWithAction();
    const r = await lostStdout(['list', '--file', file], 'full', { TRUST_DEBUG: '1' });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('ENOSPC');
  });
});

describe('stderr fails too', () => {
  it('a usage error with stderr on /dev/full still exits 2, without a crash', async () => {
    const home = tempDir();
    const err = openSync('/dev/full', 'w');
    const child = spawn(process.execPath, [BIN, 'log', '--belief', '300'], { env: baseEnv(home), cwd: home, stdio: ['ignore', 'ignore', err] });
    closeSync(err);
    const code = await new Promise((done) => child.on('close', done));
    expect(code).toBe(2);
  });
});
