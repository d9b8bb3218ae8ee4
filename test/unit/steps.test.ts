import { describe, expect, it } from 'vitest';
import { catalog } from '../../src/domain/catalog.js';
import { nextStep, outcomeOf, planStep, suggestActions, type Outcome, type StepPlan } from '../../src/domain/steps.js';
import type { Answer, Entry, LogEntry, ReviewEntry, TrustType } from '../../src/domain/types.js';

let n = 0;
function action(behaviour: string | undefined, step: number | undefined, date = '2026-11-01', id = `a${++n}`): LogEntry {
  return {
    id, kind: 'log', date, createdAt: `${date}T10:00:00.000Z`, thought: 't', action: 'do it',
    ...(behaviour ? { behaviour } : {}), ...(step !== undefined ? { step } : {}),
  };
}
type How = { done: Answer; cameTrue?: Answer; safety?: number };
function review(of: LogEntry, how: How, date = of.date, createdAt = `${date}T20:00:00.000Z`): ReviewEntry {
  return { id: `r${++n}`, kind: 'review', ref: of.id, date, createdAt, ...how };
}
/** One action of `behaviour` at `step`, reviewed as `how`. */
function tried(behaviour: string, step: number | undefined, how: How, date = '2026-11-01'): Entry[] {
  const a = action(behaviour, step, date);
  return [a, review(a, how, date)];
}

describe('outcomeOf', () => {
  const cases: [How, Outcome][] = [
    [{ done: 'yes' }, 'well'],
    [{ done: 'yes', cameTrue: 'no', safety: 8 }, 'well'],
    [{ done: 'yes', safety: 5 }, 'well'],
    [{ done: 'yes', safety: 4 }, 'mixed'],
    [{ done: 'yes', cameTrue: 'partly' }, 'mixed'],
    [{ done: 'partly' }, 'mixed'],
    [{ done: 'partly', cameTrue: 'no', safety: 9 }, 'mixed'],
    [{ done: 'no' }, 'badly'],
    [{ done: 'no', safety: 10 }, 'badly'],
    [{ done: 'yes', cameTrue: 'yes', safety: 9 }, 'badly'],
    [{ done: 'yes', safety: 3 }, 'badly'],
    [{ done: 'partly', safety: 0 }, 'badly'],
  ];
  it.each(cases)('%o went %s', (how, want) => expect(outcomeOf(how)).toBe(want));
});

describe('planStep / nextStep', () => {
  const cases: [string, Entry[], StepPlan][] = [
    ['nothing yet: the smallest step', [], { step: 1, trend: 'first' }],
    ['an action not yet reviewed does not count', [action('tell-truth', 2)], { step: 1, trend: 'first' }],
    ['another behaviour does not count', tried('be-present', 1, { done: 'yes' }), { step: 1, trend: 'first' }],
    ['went well at 1: up to 2', tried('tell-truth', 1, { done: 'yes' }), { step: 2, trend: 'up', last: { step: 1, went: 'well' } }],
    ['went well at 2: up to 3', tried('tell-truth', 2, { done: 'yes', safety: 7 }), { step: 3, trend: 'up', last: { step: 2, went: 'well' } }],
    ['went well at the top: stays at 3', tried('tell-truth', 3, { done: 'yes' }), { step: 3, trend: 'same', last: { step: 3, went: 'well' } }],
    ['went badly at 3: down to 2', tried('tell-truth', 3, { done: 'no' }), { step: 2, trend: 'down', last: { step: 3, went: 'badly' } }],
    ['went badly at 2: down to 1', tried('tell-truth', 2, { done: 'yes', cameTrue: 'yes' }), { step: 1, trend: 'down', last: { step: 2, went: 'badly' } }],
    ['went badly at the bottom: stays at 1', tried('tell-truth', 1, { done: 'no' }), { step: 1, trend: 'same', last: { step: 1, went: 'badly' } }],
    ['mixed: the same size again', tried('tell-truth', 2, { done: 'partly' }), { step: 2, trend: 'same', last: { step: 2, went: 'mixed' } }],
    ['no step recorded counts as the smallest', tried('tell-truth', undefined, { done: 'yes' }), { step: 2, trend: 'up', last: { step: 1, went: 'well' } }],
    ['a step out of range is clamped first', tried('tell-truth', 9, { done: 'no' }), { step: 2, trend: 'down', last: { step: 3, went: 'badly' } }],
    [
      'the latest review wins, by date',
      [...tried('tell-truth', 3, { done: 'no' }, '2026-11-05'), ...tried('tell-truth', 1, { done: 'yes' }, '2026-11-02')],
      { step: 2, trend: 'down', last: { step: 3, went: 'badly' } },
    ],
    [
      'a later success after a setback grows again',
      [...tried('tell-truth', 2, { done: 'no' }, '2026-11-02'), ...tried('tell-truth', 1, { done: 'yes' }, '2026-11-04')],
      { step: 2, trend: 'up', last: { step: 1, went: 'well' } },
    ],
  ];
  it.each(cases)('%s', (_, entries, want) => {
    expect(planStep(entries, 'tell-truth')).toEqual(want);
    expect(nextStep(entries, 'tell-truth')).toBe(want.step);
  });

  it('on the same day, the review written last wins', () => {
    const early = action('keep-word', 1, '2026-11-03');
    const late = action('keep-word', 3, '2026-11-03');
    const entries = [early, late, review(late, { done: 'no' }, '2026-11-03', '2026-11-03T09:00:00Z'), review(early, { done: 'yes' }, '2026-11-03', '2026-11-03T21:00:00Z')];
    expect(planStep(entries, 'keep-word')).toEqual({ step: 2, trend: 'up', last: { step: 1, went: 'well' } });
  });

  it('a review of an unknown or deleted action is ignored', () => {
    const orphan: ReviewEntry = { id: 'r', kind: 'review', ref: 'gone', date: '2026-11-01', createdAt: 'x', done: 'no' };
    expect(planStep([orphan, ...tried('tell-truth', 2, { done: 'yes' })], 'tell-truth').step).toBe(3);
  });
});

describe('suggestActions', () => {
  const ids = (types: TrustType[], role?: 'hurt' | 'broke-trust' | 'both', entries: Entry[] = []) =>
    suggestActions(entries, types, role, 9).map((s) => s.behaviour);

  it('offers every behaviour that suits the role, and only those', () => {
    const everyone = ['be-present', 'keep-private', 'support-rough-patch', 'tell-truth'];
    expect(ids([], 'hurt').sort()).toEqual([...everyone, 'ask-directly', 'clear-boundaries'].sort());
    expect(ids([], 'broke-trust').sort()).toEqual([...everyone, 'apologise', 'keep-word', 'own-broken-promise'].sort());
    expect(ids([], 'both')).toHaveLength(catalog.behaviours.length);
    expect(ids([])).toHaveLength(catalog.behaviours.length);
  });

  const firstFor: [string, TrustType[], 'hurt' | 'broke-trust' | 'both' | undefined, string[]][] = [
    ['no types, no role: catalogue order', [], undefined, ['tell-truth', 'own-broken-promise', 'be-present']],
    ['broke-trust: owning up and keeping your word first', [], 'broke-trust', ['own-broken-promise', 'apologise', 'keep-word']],
    ['hurt: boundaries and asking directly first', [], 'hurt', ['clear-boundaries', 'ask-directly', 'tell-truth']],
    ['types come before role', ['informational'], 'broke-trust', ['tell-truth', 'keep-private', 'own-broken-promise']],
    ['more matching types rank higher', ['self', 'physical', 'emotional'], undefined, ['clear-boundaries']],
  ];
  it.each(firstFor)('%s', (_, types, role, want) => expect(ids(types, role).slice(0, want.length)).toEqual(want));

  it('puts the kind practised most recently first, at its next size', () => {
    const entries = [...tried('keep-private', 1, { done: 'yes' }, '2026-11-01'), ...tried('be-present', 2, { done: 'no' }, '2026-11-03')];
    const [first, ...rest] = suggestActions(entries, ['instrumental'], 'hurt');
    expect(first).toMatchObject({ behaviour: 'be-present', step: 1, trend: 'down' });
    expect(first?.text).toBe(catalog.behaviours.find((b) => b.id === 'be-present')?.steps[0]);
    expect(rest.find((s) => s.behaviour === 'keep-private')).toBeUndefined(); // limit 5, not related to the types
    const keep = suggestActions(entries, ['informational'], 'hurt').find((s) => s.behaviour === 'keep-private');
    expect(keep).toMatchObject({ step: 2, trend: 'up', text: catalog.behaviours.find((b) => b.id === 'keep-private')?.steps[1] });
  });

  it('respects the limit and gives each suggestion the text of its step', () => {
    const all = suggestActions([], [], undefined, 3);
    expect(all).toHaveLength(3);
    for (const s of all) expect(s).toMatchObject({ step: 1, trend: 'first', text: catalog.behaviours.find((b) => b.id === s.behaviour)?.steps[0] });
  });
});
