// Bad input, end to end: exit 2, one plain line on stderr, nothing on
// stdout, and the journal byte-for-byte as it was.
import { expect } from 'vitest';
import { snapshot, trust, type RunOptions } from './cli.js';

export async function expectRefused(file: string, args: string[], message: RegExp, opts: RunOptions = {}): Promise<void> {
  const before = snapshot(file);
  const r = await trust([...args, '--file', file], opts);
  expect(r.code).toBe(2);
  expect(r.stdout).toBe('');
  expect(r.stderr).toMatch(message);
  expect(r.stderr.trim().split('\n')).toHaveLength(1);
  expect(snapshot(file)).toBe(before);
}
