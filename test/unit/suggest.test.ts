import { describe, expect, it } from 'vitest';
import { careSuggestions, suggestToday } from '../../src/domain/suggest.js';
import type { CareLevel } from '../../src/domain/care.js';
import type { Entry } from '../../src/domain/types.js';

const TODAY = '2026-12-01';
const hit: Entry = { id: 'r1', kind: 'review', ref: 'x', date: '2026-11-30', createdAt: '2026-11-30T20:00:00Z', done: 'yes', outcome: 'Jo hit me' };
const safe: Entry = { id: 'c1', kind: 'check', date: TODAY, createdAt: `${TODAY}T08:00:00Z`, signs: [], safe: true };
const kinds = (entries: Entry[], concern?: CareLevel) => suggestToday(entries, TODAY, [], 'hurt', { concern }).map((s) => s.kind);

describe('suggestToday', () => {
  const cases: [string, Entry[], CareLevel | undefined, string][] = [
    ['calm journal', [], undefined, 'trust'],
    ['open concern in the journal', [hit], undefined, 'safety'],
    ['closed by a safe check', [hit, safe], undefined, 'trust'],
    ['raised by answers not yet saved', [], 'crisis', 'safety'],
    ['distress alone does not pause', [], 'distress', 'trust'],
  ];
  it.each(cases)('%s: first step is %s', (_, entries, concern, kind) => expect(kinds(entries, concern)[0]).toBe(kind));

  it('takes the worse of the journal and the session', () => {
    expect(suggestToday([hit], TODAY, [], undefined, { concern: 'crisis' })[0]?.behaviour).toBe('crisis-line');
  });
});

describe('careSuggestions', () => {
  it.each(['crisis', 'danger'] as const)('%s: safety first, always one self-care step, five at most', (level) => {
    const got = careSuggestions(level);
    expect(got.length).toBe(5);
    expect(got[0]?.kind).toBe('safety');
    expect(got.some((s) => s.kind === 'self-care')).toBe(true);
    expect(new Set(got.map((s) => s.behaviour)).size).toBe(5);
  });
  it('leads with a crisis line in a crisis and with telling someone in danger', () => {
    expect(careSuggestions('crisis')[0]?.behaviour).toBe('crisis-line');
    expect(careSuggestions('danger').map((s) => s.behaviour)).toEqual(expect.arrayContaining(['tell-someone', 'safety-plan', 'place-to-go']));
  });
});
