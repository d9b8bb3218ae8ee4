// A draft read back from disk: every answer that fits is kept, typed; one
// that does not is dropped (and so asked again); reviews likewise.
import { describe, expect, it } from 'vitest';
import { keepValid, reviewAnswers } from '../../src/commands/log-answers.js';

const good = {
  hasThought: true, thought: 'They are hiding something', types: ['emotional'], emotions: [{ name: 'fear', intensity: 70 }], belief: 80,
  traps: ['mind-reading'], action: { text: 'Ask about Friday', step: 2 }, predictionBelief: 60, gratitude: ['made tea'], checklist: ['repair'], reviewNow: true,
};

describe('keepValid', () => {
  it('keeps a sound draft as it is', () => {
    const raw: Record<string, unknown> = structuredClone(good);
    expect(keepValid(raw)).toEqual(good);
    expect(raw).toEqual(good);
  });

  it.each([
    ['belief', 'high'],
    ['belief', 101],
    ['belief', 4.5],
    ['types', ['emotional', 'nope']],
    ['traps', 'mind-reading'],
    ['emotions', [{ name: 'fear' }]],
    ['action', { behaviour: 'x' }],
    ['action', { text: 'Ask', step: 7 }],
    ['hasThought', 'yes'],
    ['checklist', ['repair', 7]],
  ])('drops %s = %j and keeps the rest', (key, bad) => {
    const raw: Record<string, unknown> = { ...structuredClone(good), [key]: bad };
    const { [key]: _dropped, ...rest } = good as Record<string, unknown>;
    expect(keepValid(raw)).toEqual(rest);
    expect(key in raw).toBe(false);
  });

  it('drops every bad answer, not only the first', () => {
    const raw: Record<string, unknown> = { ...structuredClone(good), belief: -1, thought: 5 };
    expect(keepValid(raw)).not.toHaveProperty('belief');
    expect(raw).not.toHaveProperty('thought');
    expect(raw.traps).toEqual(['mind-reading']);
  });

  it('keeps "not today" (a null action)', () => expect(keepValid({ action: null })).toEqual({ action: null }));
});

describe('reviewAnswers', () => {
  it.each([
    [{ 'review:abcd1234': { done: 'yes', safety: 7 } }, [['abcd1234', { done: 'yes', safety: 7 }]]],
    [{ 'review:abcd1234': null }, []],
    [{ 'review:abcd1234': { done: 'maybe' } }, []],
    [{ 'review:abcd1234': { done: 'no', safety: 11 } }, []],
    [{ thought: 'x', 'review:a': { done: 'partly' }, 'review:b': { done: 'no', talked: 'yes' } }, [['a', { done: 'partly' }]]],
  ])('%j', (raw, want) => expect(reviewAnswers(raw)).toEqual(want));

  it('drops a damaged review from the draft so it is asked again', () => {
    const raw: Record<string, unknown> = { 'review:a': { done: 'maybe' }, 'review:b': { done: 'yes' } };
    keepValid(raw);
    expect(raw).toEqual({ 'review:b': { done: 'yes' } });
  });
});
