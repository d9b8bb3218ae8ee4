// A run that names its command first declares only that command (src/cli.ts):
// what it prints, its help and its refusals must be those of the whole tree.
import type { Command } from 'commander';
import { describe, expect, it } from 'vitest';
import { createProgram } from '../../src/cli.js';

async function run(args: string[], only?: string): Promise<{ out: string; code: number | undefined }> {
  let out = '';
  const write = (s: string) => ((out += s), true);
  const program = createProgram({ env: {}, stdout: { write, isTTY: false }, stderr: { write }, interactive: false }, only);
  const code = await program.parseAsync(['node', 'trust', ...args]).then(
    () => undefined,
    (e: { exitCode?: number }) => e.exitCode,
  );
  return { out, code };
}

const paths = (cmd: Command, before: string[] = []): string[][] =>
  cmd.commands.flatMap((c) => [[...before, c.name()], ...paths(c, [...before, c.name()])]);
const quiet = { env: {}, stdout: { write: () => true }, stderr: { write: () => true }, interactive: false };
const every = paths(createProgram(quiet));

describe('the command tree narrowed to the command named first', () => {
  it('declares only that command, and every command otherwise', () => {
    expect(every.map((p) => p.join(' '))).toEqual(expect.arrayContaining(['log', 'review', 'jar add', 'request drop', 'completion']));
    expect(paths(createProgram(quiet, 'log'))).toEqual([['log']]);
    expect(paths(createProgram(quiet, 'jar'))).toEqual([['jar'], ['jar', 'add'], ['jar', 'remove']]);
    expect(paths(createProgram(quiet, 'logs'))).toEqual(every);
  });

  it.each(every.flatMap((path) => [[...path, '--help'], [...path, '--no-such-flag'], [...path, '--dat']]))('trust %s ... says what the whole tree says', async (...args) => {
    const narrowed = await run(args, args[0]);
    expect(narrowed).toEqual(await run(args));
    expect(narrowed.out).not.toBe('');
  });

  it.each([['logs'], ['help', 'log'], ['--file', 'x.json', 'nosuch'], ['--help']])('trust %s ... (no command named first) gets the whole tree', async (...args) => {
    expect(await run(args, args[0])).toEqual(await run(args));
  });
});
