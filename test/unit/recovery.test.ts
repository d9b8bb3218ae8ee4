import { describe, expect, it } from 'vitest';
import {
  newRequest, newRequestDrop, newRequestMet, newTrigger, requestNumbers, requestTarget, requestViews, trendPeriod,
  trendWay, triggerNumbers, triggerTrend, type TrendWay,
} from '../../src/domain/recovery.js';
import type { Answer, Entry, RequestEntry, TriggerEntry } from '../../src/domain/types.js';
import { Refusal } from '../../src/domain/problems.js';
import { refusedWith } from '../helpers/problems.js';

const stamp = (id: string) => ({ id, createdAt: '2026-11-20T12:00:00.000Z' });
let n = 0;
const uid = () => `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`;
const trigger = (date: string, strength: number, more: Partial<TriggerEntry> = {}): TriggerEntry => ({
  id: uid(), kind: 'trigger', date, createdAt: `${date}T12:00:00Z`, strength, ...more,
});
const request = (id: string, date: string, text: string): RequestEntry => ({ id, kind: 'request', date, createdAt: `${date}T09:00:00Z`, text });
const met = (ref: string, date: string, text = 'x'): Entry => ({ id: uid(), kind: 'request-met', date, createdAt: `${date}T18:00:00Z`, ref, text });
const drop = (ref: string, date: string): Entry => ({ id: uid(), kind: 'request-drop', date, createdAt: `${date}T19:00:00Z`, ref });

describe('trendWay: triggers now against four weeks ago', () => {
  const cases: [number, number | null, number, number | null, TrendWay][] = [
    // now count, strength, then count, strength, way
    [2, 4, 6, 7, 'fewer-milder'],
    [2, 7, 6, 7, 'fewer'],
    [6, 4, 6, 7, 'milder'],
    [6, 7, 6, 7, 'same'],
    [2, 9, 6, 7, 'mixed'],
    [8, 4, 6, 7, 'mixed'],
    [8, 7, 6, 7, 'more'],
    [6, 9, 6, 7, 'stronger'],
    [8, 9, 6, 7, 'more-stronger'],
    [0, null, 6, 7, 'none-now'],
    [0, null, 0, null, 'none'],
    [3, 5, 0, null, 'more'],
    [6, 7.02, 6, 7, 'same'],
  ];
  it.each(cases)('%i at %s against %i at %s is %s', (c, s, tc, ts, way) =>
    expect(trendWay({ count: c, strength: s }, { count: tc, strength: ts })).toBe(way));
});

describe('trendPeriod', () => {
  it.each([
    [{ from: '2026-11-16', to: '2026-11-22' }, { from: '2026-10-19', to: '2026-10-25' }],
    [{ from: '2026-11-01', to: '2026-11-30' }, { from: '2026-10-02', to: '2026-10-31' }],
  ])('%o looks back to %o', (period, then) => expect(trendPeriod(period)).toEqual(then));
});

describe('triggerNumbers', () => {
  const week = { from: '2026-11-16', to: '2026-11-22' };
  const entries: Entry[] = [
    trigger('2026-11-15', 9),
    trigger('2026-11-16', 8, { helped: 'A walk', reassured: 'yes' }),
    trigger('2026-11-16', 5, { helped: 'a walk ', reassured: 'partly' }),
    trigger('2026-11-18', 3, { helped: 'music', reassured: 'no' }),
    trigger('2026-11-22', 4, { helped: 'music' }),
    trigger('2026-11-22', 2, { helped: 'a walk', reassured: 'yes' }),
    { id: 'l', kind: 'log', date: '2026-11-17', createdAt: 'x', checklist: ['check-in'] },
  ];
  it('counts, averages and ranks what helped within the period', () => {
    expect(triggerNumbers(entries, week)).toEqual({
      count: 5, strength: 4.4, reassured: 2, partly: 1, notReassured: 1,
      helped: [{ text: 'A walk', count: 3 }, { text: 'music', count: 2 }],
      daily: [2, 0, 1, 0, 0, 0, 2],
    });
  });
  it('is calm on nothing', () => {
    expect(triggerNumbers([], week)).toMatchObject({ count: 0, strength: null, reassured: 0, helped: [], daily: [0, 0, 0, 0, 0, 0, 0] });
  });
  it('leaves out a strength or a helped that a hand edit broke', () => {
    const odd = [{ ...trigger('2026-11-16', 4), strength: 'x', helped: 7 } as unknown as Entry, trigger('2026-11-17', 6)];
    expect(triggerNumbers(odd, week)).toMatchObject({ count: 2, strength: 6, helped: [] });
  });
  it('compares with the same week four weeks earlier', () => {
    const then = [trigger('2026-10-19', 8), trigger('2026-10-20', 7), trigger('2026-10-25', 9)];
    expect(triggerTrend([...then, ...entries], week)).toEqual({
      then: { from: '2026-10-19', to: '2026-10-25', count: 3, strength: 8 },
      way: 'mixed', // more, but milder
    });
  });
  it('says nothing of a trend for a journal begun since then', () => {
    expect(triggerTrend(entries, week).way).toBe('too-soon');
    expect(triggerTrend([trigger('2026-10-01', 3), ...entries], week).way).toBe('more');
  });
});

describe('requests', () => {
  const r1 = request('aaaa1111-0000-4000-8000-000000000001', '2026-10-01', 'Text me when you leave work');
  const r2 = request('bbbb2222-0000-4000-8000-000000000002', '2026-11-10', 'Phone on the table at dinner');
  const r3 = request('cccc3333-0000-4000-8000-000000000003', '2026-10-05', 'Tell me who you had lunch with');
  const r4 = request('dddd4444-0000-4000-8000-000000000004', '2026-11-19', 'Come to the therapist with me');
  const entries: Entry[] = [
    r1, r2, r3, r4,
    met(r1.id, '2026-10-02'), met(r1.id, '2026-11-14'), met(r1.id, '2026-11-16'), met(r1.id, '2026-11-18'),
    met(r3.id, '2026-10-20'),
    drop(r2.id, '2026-11-15'),
  ];

  it('lists each with how often and how lately it was met; quiet ones after, set-aside ones last', () => {
    const views = requestViews(entries, '2026-11-20');
    expect(views.map((v) => [v.text, v.met, v.lastWeek, v.last, v.quiet, v.dropped])).toEqual([
      ['Come to the therapist with me', 0, 0, null, false, false],
      ['Text me when you leave work', 4, 3, '2026-11-18', false, false],
      ['Tell me who you had lunch with', 1, 0, '2026-10-20', true, false],
      ['Phone on the table at dinner', 0, 0, null, false, true],
    ]);
  });

  it('goes quiet once two weeks pass without it being met', () => {
    const quiet = (today: string) => requestViews([r1, met(r1.id, '2026-11-01')], today)[0]?.quiet;
    expect([quiet('2026-11-14'), quiet('2026-11-15'), quiet('2026-11-16')]).toEqual([false, true, true]);
  });

  it('counts asks and times met in a period, most met first', () => {
    expect(requestNumbers(entries, { from: '2026-11-14', to: '2026-11-20' })).toEqual({
      asked: 1, met: 3, items: [{ id: r1.id, text: 'x', met: 3 }],
    });
  });

  it('meets a kept request, copying its words; never before it was asked', () => {
    expect(newRequestMet(r1, ' early ', '2026-11-20', stamp('m'))).toEqual({
      id: 'm', kind: 'request-met', date: '2026-11-20', createdAt: '2026-11-20T12:00:00.000Z', ref: r1.id, text: r1.text, note: 'early',
    });
    expect(refusedWith(() => newRequestMet(r1, undefined, '2026-09-30', stamp('m')))).toMatch(/before the request was made/);
  });

  it('drops on the day, or on the day it was asked when that is later', () => {
    expect(newRequestDrop(r4, '2026-11-18', stamp('d'))).toMatchObject({ kind: 'request-drop', ref: r4.id, date: '2026-11-19' });
  });

  const refused: [string, string, RegExp][] = [
    ['a set-aside request', 'bbbb', /set aside already/],
    ['an entry that is not a request', entries[4]?.id ?? '', /is not a request/],
    ['an unknown id', 'ffff', /No entry has an id/],
  ];
  it.each(refused)('will not meet %s', (_, ref, message) => {
    expect(() => requestTarget(entries, ref)).toThrow(Refusal);
    expect(refusedWith(() => requestTarget(entries, ref))).toMatch(message);
  });

  it('builds a request with trimmed text, and refuses empty text', () => {
    expect(newRequest('  Call at lunch ', 'low', '2026-11-20', stamp('r'))).toEqual({
      id: 'r', kind: 'request', date: '2026-11-20', createdAt: '2026-11-20T12:00:00.000Z', text: 'Call at lunch', cost: 'low',
    });
    expect(() => newRequest('  ', undefined, '2026-11-20', stamp('r'))).toThrow(Refusal);
  });
});

describe('newTrigger', () => {
  it('keeps what was given, in a fixed order', () => {
    const reassured: Answer = 'partly';
    expect(newTrigger({ date: '2026-11-20', strength: 6, what: 'a song', helped: undefined, reassured }, stamp('t'))).toEqual({
      id: 't', kind: 'trigger', date: '2026-11-20', createdAt: '2026-11-20T12:00:00.000Z', strength: 6, what: 'a song', reassured: 'partly',
    });
  });
  it('needs a strength', () => expect(refusedWith(() => newTrigger({ date: '2026-11-20', what: 'a song' }, stamp('t')))).toMatch(/--strength 0-10/));
});
