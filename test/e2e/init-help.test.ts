// Every command's --help, subcommands included, ends with examples of
// itself (help.test.ts checks the root help and its not-therapy line).
import { describe, expect, it } from 'vitest';
import { createProgram } from '../../src/cli.js';

async function helpFor(args: string[]): Promise<string> {
  let out = '';
  const program = createProgram({ env: {}, stdout: { write: (s: string) => (out += s) }, stderr: { write: () => true }, interactive: false });
  await program.parseAsync(['node', 'trust', ...args, '--help']).catch((e: { exitCode?: number }) => {
    if (e.exitCode !== 0) throw e;
  });
  return out;
}

const commands = [
  'log', 'review', 'list', 'show', 'delete', 'report', 'remind', 'jar', 'jar add', 'jar remove',
  'export', 'import', 'share', 'encrypt', 'decrypt', 'init', 'exercise', 'doctor',
];

describe('--help', () => {
  it.each(commands)('trust %s --help shows examples of itself', async (command) => {
    const text = await helpFor(command.split(' '));
    expect(text).toContain(`Usage: trust ${command}`);
    const examples = text.slice(text.indexOf('Examples:'));
    expect(text).toContain('Examples:');
    expect(examples).toContain(`trust ${command}`);
  });
});
