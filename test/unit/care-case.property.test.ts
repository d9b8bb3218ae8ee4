// The care words are matched on text folded to lower case (src/domain/care.ts)
// instead of by the `i` flag. These are the safety words for crisis and
// danger, so the folded matcher must catch everything the old one did: here
// it gives the very same answers as the old one, on texts made of the data's
// own phrases and words in any case, among characters that case folding
// treats specially (long s, dotted and dotless i, the Kelvin sign, sharp s,
// Greek sigmas, curly quotes, wide spaces).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import words from '../../data/care-words.json';
import { harshSelfJudgement, wordSignals } from '../../src/domain/care.js';
import type { LogEntry } from '../../src/domain/types.js';

const GROUPS = [...words.crisis, ...words.danger];

/** The matcher as it was: each group one case-insensitive expression, on quotes straightened and spaces collapsed. */
const oldStyle = (patterns: readonly string[]) => new RegExp(patterns.map((p) => `\\b(?:${p})\\b`).join('|'), 'i');
const OLD = GROUPS.map((g) => ({ why: g.why, re: oldStyle(g.patterns) }));
const OLD_SHAME = oldStyle(words.shame);
const oldNormalise = (text: string) => text.replace(/[\u2018\u2019\u02bc`\u00b4]/g, "'").replace(/\s+/g, ' ').trim();
const oldSignals = (text: string) => OLD.filter((g) => g.re.test(oldNormalise(text))).map((g) => g.why);

const thought = (text: string): LogEntry => ({ id: 'l1', kind: 'log', date: '2026-11-20', createdAt: '2026-11-20T10:00:00.000Z', action: 'a step', thought: text, belief: 100 });
const newShame = (text: string) => harshSelfJudgement(thought(text), 'broke-trust');

/** A pattern without its lookarounds (which fast-check cannot generate from), so its phrases can be. */
function withoutLookarounds(pattern: string): string {
  let out = '';
  for (let i = 0; i < pattern.length; i++) {
    const look = /^\(\?<?[!=]/.exec(pattern.slice(i));
    if (!look) {
      out += pattern[i] === '\\' ? pattern.slice(i, ++i + 1) : pattern[i];
      continue;
    }
    let depth = 0;
    for (; i < pattern.length; i++) {
      if (pattern[i] === '\\') i++;
      else if (pattern[i] === '(') depth++;
      else if (pattern[i] === ')' && --depth === 0) break;
    }
  }
  return out;
}

const ALL_PATTERNS = [...GROUPS.flatMap((g) => g.patterns), ...words.shame];
const phrase = fc.oneof(...ALL_PATTERNS.map((p) => fc.stringMatching(new RegExp(`^(?:${withoutLookarounds(p)})$`))));
/** Every word of the data (the lookarounds' too: "it", "the news", "back", "leaving"...), and a few of everyday speech. */
const word = fc.constantFrom(...new Set([...ALL_PATTERNS.join(' ').matchAll(/[a-z']+/g)].map((m) => m[0])), 'jo', 'and', 'today', 'kind');
/** Characters that case folding treats apart: ſ (/s/iu matches it), İ and ı, the Kelvin and Ångström signs, ß, Greek sigmas, µ, quotes, spaces. */
const exotic = fc.constantFrom('ſ', 'İ', 'ı', '\u212a', '\u212b', 'ß', 'ẞ', 'Σ', 'σ', 'ς', 'µ', 'ǅ', '\u0307', '’', '\u00b4', '`', '\u00a0', '\u2028', '\t', '-', '.', "'");
/** A look-alike for an ASCII letter, where there is one that case folding could map onto it. */
const LOOKALIKE: Record<string, string[]> = { s: ['ſ'], i: ['İ', 'ı'], k: ['\u212a'], a: ['\u212b', 'α'], o: ['ο'], e: ['ε'] };

/** Each character in upper or lower case, now and then swapped for a look-alike. */
const cased = (text: string) =>
  fc.array(fc.integer({ min: 0, max: 9 }), { minLength: text.length, maxLength: text.length }).map((dice) =>
    [...text].map((c, i) => {
      const die = dice[i] ?? 0;
      const alike = LOOKALIKE[c.toLowerCase()];
      if (die === 0 && alike) return alike[i % alike.length];
      return die < 5 ? c.toUpperCase() : c;
    }).join(''),
  );

const piece = fc.oneof({ weight: 3, arbitrary: phrase }, { weight: 3, arbitrary: word }, { weight: 1, arbitrary: exotic });
const text = fc
  .array(fc.tuple(piece, fc.constantFrom(' ', ' ', '', '  ', '\u00a0')), { maxLength: 8 })
  .map((parts) => parts.map(([p, gap]) => p + gap).join(''))
  .chain(cased);

describe('care words folded to lower case', () => {
  it('the data has no upper-case letter for folding to miss', () => {
    for (const p of ALL_PATTERNS) expect(p.replace(/\\./g, '')).not.toMatch(/[A-Z]/);
  });

  it('gives the same signals as the case-insensitive expressions, on any mix of the words, cases and special letters', () => {
    const caught = new Set<string>();
    fc.assert(
      fc.property(text, (t) => {
        const old = oldSignals(t);
        old.forEach((why) => caught.add(why));
        expect(wordSignals(t).map((s) => s.why)).toEqual(old);
        if (OLD_SHAME.test(oldNormalise(t))) caught.add('shame');
        expect(newShame(t)).toBe(OLD_SHAME.test(oldNormalise(t)));
      }),
      { numRuns: 3000 },
    );
    // Not vacuous: the texts reached every group.
    expect([...caught].sort()).toEqual([...GROUPS.map((g) => g.why), 'shame'].sort());
  });

  it.each([
    ['choked bac\u212a', 'violence-words'],
    ['Jo CHOKED ME', 'violence-words'],
    ['İt hit me', 'violence-words'],
    ['he threatened to ta\u212ae the kids', null],
    ['I want to end it all', 'self-harm-words'],
    ['I want to end it aLL', 'self-harm-words'],
    ['ſuicidal', null],
  ])('%j: the same answer as before (%s)', (t, why) => {
    expect(oldSignals(t)).toEqual(why ? [why] : []);
    expect(wordSignals(t).map((s) => s.why)).toEqual(oldSignals(t));
  });
});
