// widthOf counts plain text (ASCII, Latin letters, common punctuation) by its
// length without loading string-width; this proves the two always agree.
import fc from 'fast-check';
import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { PLAIN_RANGES, widthOf } from '../../src/ui/fit.js';

const plainChar = fc.oneof(...PLAIN_RANGES.map(([lo, hi]) => fc.integer({ min: lo, max: hi }).map((c) => String.fromCodePoint(c))));
// Beyond the plain set: marks, wide, zero-width, emoji, controls, surrogates.
const otherChar = fc.oneof(
  fc.constantFrom('\u0301', '\u00ad', '\u200b', '\u200d', '\u2028', '\u202e', '\u2066', '\ufe0f', '世', '한', '\uff21', '😀', '👩‍👩‍👧', '\u001b[31m', '\t', '\u0000'),
  fc.integer({ min: 0x300, max: 0x2fff }).map((c) => String.fromCodePoint(c)),
  fc.integer({ min: 0x1f300, max: 0x1faff }).map((c) => String.fromCodePoint(c)),
);

describe('widthOf', () => {
  it('is the length of text in the plain ranges, as string-width says', () => {
    fc.assert(fc.property(fc.array(plainChar, { maxLength: 60 }).map((cs) => cs.join('')), (text) => {
      expect(widthOf(text)).toBe(stringWidth(text));
    }), { numRuns: 2000 });
  });

  it('agrees with string-width on any mix of plain and other text', () => {
    fc.assert(fc.property(fc.array(fc.oneof(plainChar, otherChar), { maxLength: 40 }).map((cs) => cs.join('')), (text) => {
      expect(widthOf(text)).toBe(stringWidth(text));
    }), { numRuns: 2000 });
  });

  it.each([
    ['They said “I’m late” — again…', 29],
    ['世界', 4],
    ['e\u0301', 1],
    ['👩‍👩‍👧 home', 7],
  ])('%j is %i columns', (text, width) => {
    expect(widthOf(text)).toBe(width);
  });
});
