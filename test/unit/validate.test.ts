import { describe, expect, it } from 'vitest';
import * as v from '../../src/domain/validate.js';
import { TRAPS } from '../../src/domain/types.js';
import { Refusal } from '../../src/domain/problems.js';
import { refusedWith } from '../helpers/problems.js';

describe('rating', () => {
  it.each([
    ['0', 100, 0],
    ['100', 100, 100],
    [' 42 ', 100, 42],
    ['10', 10, 10],
  ])('accepts %j (max %i) as %i', (raw, max, want) => {
    expect(v.rating('--belief', raw, max)).toBe(want);
  });

  it.each([['101', 100], ['-1', 100], ['4.5', 100], ['', 100], ['abc', 100], ['11', 10], ['1e1', 10], ['0x5', 10], ['+5', 10]])(
    'refuses %j (max %i) naming the flag and the range',
    (raw, max) => {
      expect(() => v.rating('--safety', raw, max)).toThrow(Refusal);
      expect(refusedWith(() => v.rating('--safety', raw, max))).toContain(`--safety takes a whole number from 0 to ${max}`);
    },
  );
});

describe('listOf', () => {
  it.each([
    ['mind-reading', ['mind-reading']],
    ['mind-reading,labelling', ['mind-reading', 'labelling']],
    [' Labelling , labelling ,', ['labelling']],
    [['fortune-telling', 'catastrophising,labelling'], ['fortune-telling', 'catastrophising', 'labelling']],
  ] as const)('parses %j', (raw, want) => {
    expect(v.listOf('--trap', raw as string | string[], TRAPS)).toEqual(want);
  });

  it('names the unknown value and lists what is allowed', () => {
    expect(refusedWith(() => v.listOf('--trap', 'mind-reading,doom', TRAPS))).toMatch(/--trap: "doom" is not one of all-or-nothing, .*personalisation/);
  });
});

describe('pastDate', () => {
  it.each([
    ['2026-11-20', '2026-11-20'],
    ['2024-02-29', '2024-02-29'],
    ['2026-01-01', '2026-01-01'],
  ])('accepts %s', (raw, want) => expect(v.pastDate('--date', raw, '2026-11-20')).toBe(want));

  it.each([
    ['2026-11-21', 'is in the future'],
    ['2025-02-29', 'takes a date as YYYY-MM-DD'],
    ['2026-13-01', 'takes a date as YYYY-MM-DD'],
    ['20-11-2026', 'takes a date as YYYY-MM-DD'],
    ['yesterday', 'takes a date as YYYY-MM-DD'],
  ])('refuses %s', (raw, why) => expect(refusedWith(() => v.pastDate('--date', raw, '2026-11-20'))).toContain(why));
});

describe('emotion', () => {
  it.each([
    ['fear:70', { name: 'fear', intensity: 70 }],
    ['Hurt : 0', { name: 'hurt', intensity: 0 }],
    ['mixed:up:5', { name: 'mixed:up', intensity: 5 }],
  ])('parses %s', (raw, want) => expect(v.emotion(raw)).toEqual(want));

  it.each(['fear', ':50', 'fear:', 'fear:101', 'fear:high'])('refuses %s', (raw) => expect(() => v.emotion(raw)).toThrow(Refusal));
});

describe('answer', () => {
  it.each([['yes', 'yes'], ['PARTLY', 'partly'], [' no ', 'no']] as const)('%s', (raw, want) => expect(v.answer('--done', raw)).toBe(want));
  it('refuses maybe', () => expect(refusedWith(() => v.answer('--done', 'maybe'))).toContain('--done: "maybe" is not one of yes, partly, no.'));
});
