import { describe, expect, it } from 'vitest';
import { addDays } from '../../src/domain/dates.js';
import { pathAt, pathSpan, type Path, type SignId, type StageId } from '../../src/domain/path.js';
import type { Answer, Entry } from '../../src/domain/types.js';

const TODAY = '2026-11-20';
let n = 0;
const base = (date: string) => ({ id: `e${++n}`, date, createdAt: `${date}T12:00:00Z` });
/** A date `days` before today. */
const ago = (days: number) => addDays(TODAY, -days);

const exercise = (name: string, d = 3): Entry => ({ ...base(ago(d)), kind: 'exercise', exercise: name, answers: { a: 'b' } });
const trigger = (d: number, strength: number, reassured?: Answer): Entry =>
  ({ ...base(ago(d)), kind: 'trigger', strength, ...(reassured ? { reassured } : {}) });
const met = (d: number): Entry => ({ ...base(ago(d)), kind: 'request-met', ref: 'r', text: 'call at lunch' });
const talked = (d: number): Entry => ({ ...base(ago(d)), kind: 'review', ref: 'x', done: 'yes', talked: true });
const checkIn = (d: number): Entry => ({ ...base(ago(d)), kind: 'log', checklist: ['check-in'] });
const marble = (d: number): Entry => ({ ...base(ago(d)), kind: 'jar', change: 'add', text: 't', marbles: 1 });
const thought = (d: number, belief: number): Entry => ({ ...base(ago(d)), kind: 'log', thought: 't', action: 'a', belief });
const times = (k: number, make: (i: number) => Entry) => Array.from({ length: k }, (_, i) => make(i));

const sign = (p: Path, id: SignId) => p.stages.flatMap((s) => s.signs).find((s) => s.id === id);

describe('the signs, each over the last four weeks', () => {
  const cases: [SignId, Entry[], boolean, number | null][] = [
    // sign, entries, seen, value
    ['reassurance', [trigger(1, 5, 'yes'), trigger(2, 6, 'partly'), trigger(3, 7, 'no')], true, 50],
    ['reassurance', [trigger(1, 5, 'no'), trigger(2, 6, 'partly')], false, 25],
    ['reassurance', [trigger(1, 5, 'yes')], false, 100],
    ['reassurance', [trigger(1, 5)], false, null],
    ['reassurance', [trigger(30, 5, 'yes'), trigger(31, 5, 'yes')], false, null],
    ['check-in', [exercise('accountability-check-in')], true, 1],
    ['check-in', [exercise('accountability-check-in', 28)], false, 0],
    ['check-in', [exercise('vision-sharing')], false, 0],
    ['requests-met', times(4, met), true, 4],
    ['requests-met', times(3, met), false, 3],
    ['talked', times(2, talked), true, 2],
    ['talked', [talked(1), { ...base(ago(1)), kind: 'review', ref: 'y', done: 'no', talked: false }], false, 1],
    ['turning-toward', [...times(5, checkIn), ...times(3, (i) => marble(i + 5))], true, 8],
    ['turning-toward', [...times(7, checkIn), marble(0), marble(1)], false, 7],
    ['temperature', [exercise('temperature-reading', 1), exercise('temperature-reading', 8)], true, 2],
    ['shared-future', [exercise('shared-memory-journal')], true, 1],
    ['triggers-fading', [trigger(40, 8), trigger(41, 8), trigger(2, 5)], true, 1],
    ['triggers-fading', [trigger(40, 8), trigger(3, 9)], false, 1],
    ['triggers-fading', [trigger(40, 8)], true, 0],
    ['triggers-fading', [], false, 0],
    ['belief-low', [thought(1, 30), thought(2, 50)], true, 40],
    ['belief-low', [thought(1, 30)], false, 30],
    ['belief-low', [thought(1, 60), thought(2, 50)], false, 55],
  ];
  it.each(cases)('%s from %j: seen %s, value %s', (id, entries, seen, value) => {
    expect(sign(pathAt(entries, TODAY), id)).toMatchObject({ seen, value });
  });
});

describe('the stage', () => {
  const atone = [trigger(1, 5, 'yes'), trigger(2, 5, 'yes'), exercise('accountability-check-in')];
  const attune = [...times(2, talked), exercise('temperature-reading', 1), exercise('temperature-reading', 2)];
  const attach = [exercise('vision-sharing'), thought(1, 20), thought(2, 30)];
  const cases: [string, Entry[], StageId, boolean[], boolean][] = [
    // name, entries, stage, reached per stage, winding
    ['nothing yet', [], 'atone', [false, false, false], false],
    ['atone reached', atone, 'attune', [true, false, false], false],
    ['atone and attune', [...atone, ...attune], 'attach', [true, true, false], false],
    ['all three', [...atone, ...attune, ...attach], 'attach', [true, true, true], false],
    ['attune before atone', attune, 'atone', [false, true, false], true],
  ];
  it.each(cases)('%s', (_, entries, stage, reached, winding) => {
    const p = pathAt(entries, TODAY);
    expect(p.stage).toBe(stage);
    expect(p.stages.map((s) => s.reached)).toEqual(reached);
    expect(p.winding).toBe(winding);
  });

  it('names a sign that slipped, and says the road winds', () => {
    const p = pathAt([exercise('accountability-check-in', 35)], TODAY);
    expect(sign(p, 'check-in')).toMatchObject({ seen: false, slipped: true });
    expect(p.winding).toBe(true);
    expect(p.next[0]).toBe('check-in');
  });

  it.each([
    ['nothing yet: the three atone signs', [], ['reassurance', 'check-in', 'requests-met']],
    ['one atone sign left, then attune', atone, ['talked', 'turning-toward', 'temperature']],
    ['all seen: nothing to push', [...atone, ...attune, ...attach, trigger(40, 9), trigger(41, 9), trigger(42, 9), ...times(4, met), ...times(8, checkIn)], []],
  ] as [string, Entry[], SignId[]][])('next: %s', (_, entries, next) => {
    expect(pathAt(entries, TODAY).next).toEqual(next);
  });

  it('pairs each stage with forgiveness stages from the catalogue', () => {
    expect(pathAt([], TODAY).stages.map((s) => [s.id, s.forgiveness])).toEqual([
      ['atone', ['acknowledgement', 'processing']],
      ['attune', ['understanding', 'decision']],
      ['attach', ['action', 'integration']],
    ]);
  });

  it('reads twelve weeks, and the same entries give the same path whatever came before', () => {
    expect(pathSpan(TODAY)).toEqual({ from: '2026-08-29', to: TODAY });
    const old = [exercise('vision-sharing', 200), trigger(300, 9)];
    expect(pathAt([...old, ...atone], TODAY)).toEqual(pathAt(atone, TODAY));
  });
});
