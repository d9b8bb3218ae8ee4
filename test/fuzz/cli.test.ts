// Properties of the real binary, on generated journals and import files and
// argument lists. Each run spawns a process (tens of milliseconds), so these
// stay at a few dozen runs; the in-process properties (schemas.test.ts) do
// the volume.
import fc from 'fast-check';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { serialize } from '../../src/storage/schema.js';
import { snapshot, tempJournal, trust, type Run } from '../helpers/cli.js';
import { damaged, journal, PRIVATE } from './arbitraries.js';

// FUZZ_SCALE=10 runs ten times as many cases (locally, to hunt; CI runs 1).
const SCALE = Number(process.env.FUZZ_SCALE ?? 1);
const runs = (n: number) => ({ numRuns: Math.max(1, Math.round(n * SCALE)) });

/** A run that ended as the contract says: a known exit code, no crash, no stack trace. */
function expectNoCrash(r: Run, what: string): void {
  expect([0, 1, 2], what).toContain(r.code);
  expect(r.stderr, what).not.toMatch(/Something went wrong|Maximum call stack|\n\s+at .*:\d+/);
}

/** A fresh journal file holding `content`, and a folder beside it. */
function setUp(content: string): { dir: string; file: string } {
  const { dir, file } = tempJournal();
  writeFileSync(file, content, { mode: 0o600 });
  return { dir, file };
}

describe('trust import on generated files', () => {
  it('a damaged file is refused with exit 2 and one line, the journal byte for byte as it was', async () => {
    await fc.assert(fc.asyncProperty(journal, damaged, async (ours, { journal: theirs }) => {
      const { dir, file } = setUp(serialize(ours));
      const source = join(dir, 'other.json');
      writeFileSync(source, JSON.stringify(theirs));
      const before = snapshot(file);
      const r = await trust(['import', source, '--file', file]);
      expectNoCrash(r, r.stderr);
      expect(r.code, r.stderr).toBe(2);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr).not.toContain(PRIVATE);
      expect(snapshot(file)).toBe(before);
    }), runs(12));
  });

  it('a valid copy imported twice changes nothing the second time', async () => {
    await fc.assert(fc.asyncProperty(journal, journal, async (ours, other) => {
      const { dir, file } = setUp(serialize(ours));
      const source = join(dir, 'other.json');
      writeFileSync(source, serialize({ ...other, entries: [...other.entries, ...ours.entries.slice(0, 2)] }));
      const first = await trust(['import', source, '--file', file, '--yes']);
      expectNoCrash(first, first.stderr);
      expect(first.code, first.stderr).toBe(0);
      const once = snapshot(file);
      const again = await trust(['import', source, '--file', file, '--json']);
      expect(again.code, again.stderr).toBe(0);
      expect(JSON.parse(again.stdout)).toMatchObject({ added: 0, removed: 0, changed: false });
      expect(snapshot(file)).toBe(once);
    }), runs(5));
  });
});

// Argument lists: commands that only read, write or refuse (nothing that
// installs, notifies or encrypts), with awkward values.
const VALUES = ['', ' ', '-1', '0', '101', '7.5', 'x', '3f2a', '2026-11-19', '2026-02-30', '2030-01-01', 'garbage', 'fear:70', 'fear:', ':70',
  'mind-reading', 'self,cosmic', 'check-in', 'yes', 'maybe', 'hurt', 'csv', 'markdown', 'json', 'html', '--', '-', '\u001b[2J', '日本語', PRIVATE, 'a'.repeat(300)];
const FLAGS = ['--date', '--thought', '--action', '--type', '--emotion', '--belief', '--belief-after', '--trap', '--checklist', '--gratitude',
  '--done', '--outcome', '--safety', '--belief-now', '--came-true', '--since', '--until', '--week', '--kind', '--contains', '-n', '--format',
  '--role', '--partner', '--remind-at', '--answer', '--yes', '--json', '--open', '--talked'];
const COMMANDS = [['log'], ['review'], ['list'], ['show'], ['delete'], ['report'], ['jar'], ['jar', 'add'], ['jar', 'remove'], ['export'],
  ['share'], ['init'], ['exercise'], ['doctor'], ['remind'], ['import'], ['bogus']];
const args = fc.tuple(
  fc.constantFrom(...COMMANDS),
  fc.array(fc.oneof(fc.constantFrom(...VALUES), fc.constantFrom(...FLAGS)), { maxLength: 6 }),
).map(([command, rest]) => [...command, ...rest]);

// A journal as trust writes it, or one damaged by hand.
const file = fc.oneof(
  journal.map((j) => ({ content: serialize(j), damaged: false })),
  damaged.map((d) => ({ content: JSON.stringify(d.journal), damaged: true })),
);

describe('trust on generated argument lists', () => {
  it('never crashes, and a failed command leaves the journal byte for byte', async () => {
    await fc.assert(fc.asyncProperty(file, args, async ({ content, damaged }, argv) => {
      const { file } = setUp(content);
      const before = snapshot(file);
      const r = await trust(['--file', file, ...argv]);
      const what = `trust ${argv.join(' ')}: ${r.stderr}`;
      expectNoCrash(r, what);
      if (r.code !== 0) expect(snapshot(file), what).toBe(before);
      // Nothing works on a damaged journal as if it were whole.
      if (damaged && argv[0] !== 'exercise') expect(r.code, what).not.toBe(0); // bare `exercise` lists the catalogue, reading no journal
    }), runs(30));
  });
});
