import { describe, expect, it } from 'vitest';
import { formatTime, parseTime, whatIsDue, type Due } from '../../src/domain/remind.js';
import type { Entry } from '../../src/domain/types.js';
import { Refusal } from '../../src/domain/problems.js';
import { refusedWith } from '../helpers/problems.js';
import { sayRemind } from '../../src/ui/messages-remind.js';

const TODAY = '2026-11-20';
let n = 0;
const at = (date: string) => ({ id: `id-${++n}-${date}`, date, createdAt: `${date}T20:00:00.000Z` });
const log = (date: string, action?: string): Entry => ({ ...at(date), kind: 'log', ...(action ? { action } : { checklist: ['check-in'] }) });
const review = (of: Entry, date: string): Entry => ({ ...at(date), kind: 'review', ref: of.id, done: 'yes' });
const jar = (date: string): Entry => ({ ...at(date), kind: 'jar', change: 'add', text: 'tea', marbles: 1 });

const a17 = log('2026-11-17', 'say one thing about my day');
const a18 = log('2026-11-18', 'ask, do not assume');
const a19 = log('2026-11-19', 'keep the promise about Friday');

describe('whatIsDue', () => {
  const cases: [string, Entry[], Due | undefined][] = [
    ['an empty journal: today is due', [], { entry: true, reviews: 0 }],
    ['today logged, nothing open: nothing due', [log(TODAY)], undefined],
    ['today logged with its own action: that action is not due yet', [log(TODAY, 'call at lunch')], undefined],
    ['only yesterday logged: today is due', [log('2026-11-19')], { entry: true, reviews: 0 }],
    ['a jar entry today is not a log entry', [jar(TODAY)], { entry: true, reviews: 0 }],
    ['a review written today is not a log entry', [a19, review(a19, TODAY)], { entry: true, reviews: 0 }],
    ['today logged, one older action open', [a18, log(TODAY)], { entry: false, reviews: 1, oldest: '2026-11-18' }],
    ['the oldest open action is named, whatever the order', [a19, log(TODAY), a17, a18], { entry: false, reviews: 3, oldest: '2026-11-17' }],
    ['reviewed actions no longer count', [a17, a18, review(a17, '2026-11-19'), log(TODAY)], { entry: false, reviews: 1, oldest: '2026-11-18' }],
    ['both due', [a17, a19], { entry: true, reviews: 2, oldest: '2026-11-17' }],
    ['everything reviewed and today logged', [a17, review(a17, '2026-11-18'), log(TODAY)], undefined],
  ];
  it.each(cases)('%s', (_name, entries, expected) => {
    expect(whatIsDue(entries, TODAY)).toEqual(expected);
  });
});

describe('the reminder line', () => {
  const cases: [Due, RegExp[]][] = [
    [{ entry: true, reviews: 0 }, [/today/i, /trust log/]],
    [{ entry: false, reviews: 1, oldest: '2026-11-18' }, [/^One small step from 2026-11-18/, /trust review/]],
    [{ entry: false, reviews: 3, oldest: '2026-11-17' }, [/^3 small steps/, /oldest from 2026-11-17/, /trust review/]],
    [{ entry: true, reviews: 2, oldest: '2026-11-17' }, [/today/i, /2 small steps/, /2026-11-17/, /trust log/]],
  ];
  it.each(cases)('%j', (due, patterns) => {
    const line = sayRemind.due(due);
    for (const p of patterns) expect(line).toMatch(p);
    expect(line).not.toContain('\n');
    expect(line.length).toBeLessThanOrEqual(110);
  });
});

describe('parseTime', () => {
  const good: [string, string][] = [
    ['20:00', '20:00'],
    ['20:30', '20:30'],
    ['00:00', '00:00'],
    ['23:59', '23:59'],
    ['7:05', '07:05'],
    [' 08:15 ', '08:15'],
  ];
  it.each(good)('accepts %j as %s', (raw, shown) => {
    expect(formatTime(parseTime('--at', raw))).toBe(shown);
  });

  const bad = ['24:00', '20:60', '7:5', '2030', '20:30:00', 'noon', '', '-1:00', '20h30', '１２:００'];
  it.each(bad)('rejects %j, naming the flag', (raw) => {
    expect(() => parseTime('--remind-at', raw)).toThrow(Refusal);
    expect(refusedWith(() => parseTime('--remind-at', raw))).toMatch(/--remind-at.*HH:MM/);
  });
});
