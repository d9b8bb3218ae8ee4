// stdout without process.stdout: plain synchronous writes to pipes and files.
import { closeSync, openSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isPlain, plainOutput } from '../../src/stdio.js';
import { tempDir } from '../helpers/cli.js';

describe('stdio', () => {
  it('tells pipes and files from character devices without building a stream', () => {
    const file = join(tempDir(), 'out.txt');
    const fd = openSync(file, 'w');
    const devNull = openSync('/dev/null', 'w');
    try {
      expect(isPlain(fd)).toBe(true);
      expect(isPlain(devNull)).toBe(false); // a character device, like a terminal: left to process.stdout
      expect(isPlain(987_654)).toBe(false); // not open: not ours to decide
    } finally {
      closeSync(fd);
      closeSync(devNull);
    }
  });

  it('writes every byte, in order, including text beyond ASCII', () => {
    const file = join(tempDir(), 'out.txt');
    const fd = openSync(file, 'w');
    const streamUsed: string[] = [];
    const out = plainOutput(fd, () => {
      streamUsed.push('stream');
      return process.stdout;
    });
    const long = 'x'.repeat(200_000);
    try {
      out.write('Today — a small step ✓\n');
      out.write(`${long}\n`);
      out.write('Ünïcödé\n');
    } finally {
      closeSync(fd);
    }
    expect(readFileSync(file, 'utf8')).toBe(`Today — a small step ✓\n${long}\nÜnïcödé\n`);
    expect(out.isTTY).toBe(false);
    expect(streamUsed).toEqual([]);
  });

  it('never throws on a failed write: it stops writing and tells once', () => {
    const file = join(tempDir(), 'out.txt');
    writeFileSync(file, '');
    const fd = openSync(file, 'r'); // read-only: writing fails with EBADF
    const told: (string | undefined)[] = [];
    try {
      const out = plainOutput(fd, () => process.stdout, (e) => told.push(e.code));
      expect(out.write('x')).toBe(false);
      expect(out.write('y')).toBe(false);
    } finally {
      closeSync(fd);
    }
    expect(told).toEqual(['EBADF']);
  });
});
