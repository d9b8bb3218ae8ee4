// Every command's --help ends with examples; the root help says plainly
// that trust supports self-help and is not therapy.
import { describe, expect, it } from 'vitest';
import { createProgram } from '../../src/cli.js';
import { trust } from '../helpers/cli.js';

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

  it('the root help (the real binary) says it supports self-help and is not therapy', async () => {
    const r = await trust(['--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/supports self-help; it is not therapy/);
    expect(r.stdout).toContain('emergency');
  });
});
