// Property: whatever text the journal holds (escape sequences, C0 and C1
// controls, bidi overrides, DEL, mixed with ordinary text), no terminal
// output of list, show, share, export markdown or the text report carries a
// control character from it. Through the real binary, a few runs: each run
// is five processes.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tempJournal, trust } from '../helpers/cli.js';
import { IDS, journalWith, RAW_CONTROL } from '../helpers/hostile.js';

const CONTROLS = ['\x1b', '\x07', '\x00', '\b', '\r', '\x7f', '\x85', '\x9b', '\x9d', '\u202e', '\u2066', '\x1b]', '\x1b[', '\x1bP', '\x1b\\'];
const piece = fc.oneof(fc.constantFrom(...CONTROLS), fc.constantFrom('0;', '52;c;', '8;;', '2J', '?25l', 'm', '\n', '\t', ' '), fc.string({ maxLength: 4 }));
const text = fc.array(piece, { minLength: 1, maxLength: 12 }).map((parts) => `x${parts.join('')}`);
const texts = fc.record({ thought: text, action: text, outcome: text, marble: text, answer: text, thanks: text, partner: text });

const COMMANDS = [['list'], ['show', IDS.log], ['share', IDS.log], ['export', '--format', 'markdown'], ['report']];

describe('fuzz: entry text never drives the terminal', () => {
  it('no output carries a control character from the journal', async () => {
    await fc.assert(
      fc.asyncProperty(texts, async (t) => {
        const { file } = tempJournal();
        journalWith(file, t);
        const runs = await Promise.all(COMMANDS.map((args) => trust([...args, '--file', file], { env: { TRUST_NOW: '2026-11-20' } })));
        for (const r of runs) {
          expect(r.stderr).toBe('');
          expect(r.code).toBe(0);
          expect(r.stdout).not.toMatch(RAW_CONTROL);
        }
      }),
      { numRuns: 15 },
    );
  }, 60_000);
});
