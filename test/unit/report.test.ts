// The report's numbers against expectations worked out by hand from
// test/fixtures/report-weeks.json (the reasoning is in the comments).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildReport as reportFacts, periodNumbers, indexJournal, type Report } from '../../src/domain/report.js';
import { reportWords } from '../../src/ui/messages-notes.js';
import type { Entry, Journal } from '../../src/domain/types.js';
import { catalog } from '../../src/domain/catalog.js';

// The report as it is printed: the domain's facts in ui's words.
const buildReport = (...args: Parameters<typeof reportFacts>) => reportWords(reportFacts(...args));

const fixture = JSON.parse(readFileSync(join(import.meta.dirname, '../fixtures/report-weeks.json'), 'utf8')) as Journal;
const WEEK = { from: '2026-10-26', to: '2026-11-01' }; // holds the month end (31st) and New York's DST change (1st)

describe('the week of 2026-10-26 in the fixture', () => {
  const r = buildReport(fixture.entries, WEEK, { partner: 'Sam' });

  it('names the period and counts the logged days', () => {
    expect(r.period).toEqual(WEEK);
    // Logs on 26, 27, 30, 31 and 1; the 28th has only a review, the 29th nothing.
    expect(r.days).toEqual({ logged: 5, total: 7 });
  });

  it('counts streaks up to the end of the period, across the month end', () => {
    // 30, 31, 1 run to `to`; the longest run is 14-18 October (stored last in the file).
    expect(r.streak).toEqual({ current: 3, longest: 5 });
  });

  it('averages belief before and after over the thoughts', () => {
    // Thoughts on 26 (90/70), 27 (80/–), 30 (60/40), 31 (70/50): 300/4 = 75; 160/3 = 53.3.
    expect(r.thoughts).toMatchObject({ count: 4, beliefBefore: 75, beliefAfter: 53 });
  });

  it('counts actions planned in the week and their reviews dated up to its end', () => {
    // Planned: 26a, 27, 30, 31, 1. Reviewed by 1 Nov: 26a yes, 27 partly, 30 no, 1 yes.
    // 31's review is dated 2 Nov, so it is still open here. Talked: 26a, 30, 1.
    expect(r.actions).toEqual({ planned: 5, reviewed: 4, done: 2, partly: 1, notDone: 1, open: 1, talked: 3 });
  });

  it('counts tested predictions: reviewed actions that had one', () => {
    // 26a (no), 27 (partly), 1 (no); 30 had no prediction; 31 is not reviewed yet.
    expect(r.predictions).toMatchObject({ tested: 3, cameTrue: 0, partly: 1, didNot: 2 });
    expect(r.headline).toBe('You feared the worst 3 times; it never happened in full, and partly once.');
  });

  it('counts traps and trust types that occur, most frequent first', () => {
    expect(r.traps).toEqual({ 'mind-reading': 3, 'fortune-telling': 1, catastrophising: 1 });
    expect(Object.keys(r.traps)).toEqual(['mind-reading', 'fortune-telling', 'catastrophising']);
    expect(r.trustTypes).toEqual({ emotional: 3, informational: 1, situational: 1 });
  });

  it('counts checklist days once per day, even with two entries that day', () => {
    // check-in: 26 (twice), 30, 1; follow-through: 26, 1; repair: 30; privacy: 27.
    expect(r.checklist).toEqual({ 'check-in': 3, 'follow-through': 2, 'clear-up': 0, repair: 1, privacy: 1, boundaries: 0 });
  });

  it('counts gratitude, marbles, exercises, safety and self-checks', () => {
    expect(r.gratitude).toBe(5); // 1 + 1 + 3
    expect(r.jar).toEqual({ added: 2, removed: 1 }); // +2 on the 27th, −1 on the 31st; +3 on 3 Nov is outside
    expect(r.exercises).toBe(1);
    expect(r.safety).toEqual({ rated: 3, average: 6.3 }); // 8, 5, 6 (19/3)
    expect(r.steps).toEqual({ sized: 0, average: null });
    expect(r.checks).toEqual({ count: 1, most: 3, signs: { monitoring: 1, 'fear-of-abandonment': 1, withdrawal: 1 } });
  });

  it('gives each day of the period its point for the charts', () => {
    expect(r.daily).toEqual([
      { date: '2026-10-26', logged: true, beliefBefore: 90, beliefAfter: 70 },
      { date: '2026-10-27', logged: true, beliefBefore: 80, beliefAfter: null },
      { date: '2026-10-28', logged: false, beliefBefore: null, beliefAfter: null },
      { date: '2026-10-29', logged: false, beliefBefore: null, beliefAfter: null },
      { date: '2026-10-30', logged: true, beliefBefore: 60, beliefAfter: 40 },
      { date: '2026-10-31', logged: true, beliefBefore: 70, beliefAfter: 50 },
      { date: '2026-11-01', logged: true, beliefBefore: null, beliefAfter: null },
    ]);
  });

  it('gives the same numbers for the week before, without going further back', () => {
    const p = r.previous;
    expect(p).not.toBeNull();
    expect(p?.period).toEqual({ from: '2026-10-19', to: '2026-10-25' });
    expect(p?.days).toEqual({ logged: 4, total: 7 }); // 20, 21, 24, 25
    expect(p?.streak).toEqual({ current: 2, longest: 5 });
    expect(p?.thoughts).toMatchObject({ count: 2, beliefBefore: 75, beliefAfter: 65 });
    // 24's review is dated the 26th: open as of the 25th.
    expect(p?.actions).toEqual({ planned: 2, reviewed: 1, done: 1, partly: 0, notDone: 0, open: 1, talked: 1 });
    expect(p?.predictions).toMatchObject({ tested: 1, cameTrue: 1, partly: 0, didNot: 0 });
    expect(p?.traps).toEqual({ 'mind-reading': 2, catastrophising: 1 });
    expect(p?.trustTypes).toEqual({ emotional: 1 });
    expect(p?.checklist).toEqual({ 'check-in': 3, 'follow-through': 0, 'clear-up': 0, repair: 0, privacy: 1, boundaries: 0 });
    expect(p?.gratitude).toBe(3);
    expect(p?.jar).toEqual({ added: 1, removed: 0 });
    expect(p?.safety).toEqual({ rated: 1, average: 3 });
    expect(p?.previous).toBeNull();
    expect(p?.notes).toEqual([]);
  });

  it('keeps the contract keys in order, extras after', () => {
    expect(Object.keys(r).slice(0, 14)).toEqual([
      'period', 'days', 'streak', 'thoughts', 'actions', 'predictions', 'traps', 'trustTypes', 'checklist', 'gratitude', 'jar', 'emotions', 'previous', 'notes',
    ]);
  });

  it('writes notes: the headline first, then the care note with the pointer to help, then observations', () => {
    expect(r.distress).toEqual(['warning-signs']); // a check with three signs
    // A step rated 2 of 10 for safety on the Monday: a concern is open at the week's end.
    expect(r.care).toEqual({ level: 'danger', signals: [{ date: '2026-10-26', id: 'R1024', why: 'unsafe-step' }], since: '2026-10-26' });
    expect(r.notes[0]).toBe(r.headline);
    expect(r.lead).toEqual([r.notes[1]]);
    expect(r.notes[1]).toMatch(/^Your safety comes first\..*the self-check found several warning signs.*counsellor of your own/);
    expect(r.notes).toContain('Challenging the old thoughts loosened their grip: from 75 to 53 on average.');
    expect(r.notes).toContain('You talked 3 of 4 steps over with Sam.');
    // While a concern is open, help is individual and no note nudges towards the partner.
    expect(r.notes.join(' ')).not.toMatch(/couples|good things Sam did|telling Sam/);
    expect(r.notes.join(' ')).not.toContain(catalog.professionalHelp.note);
  });

  it('does not depend on the order of the entries', () => {
    const shuffled = [...fixture.entries].reverse();
    expect(buildReport(shuffled, WEEK, { partner: 'Sam' })).toEqual(r);
  });
});

describe('edge cases', () => {
  const zeros = (r: Report, longest = 0) => {
    expect(r.days.logged).toBe(0);
    expect(r.streak).toEqual({ current: 0, longest });
    expect(r.thoughts).toMatchObject({ count: 0, beliefBefore: null, beliefAfter: null, challenged: 0, beliefNow: null });
    expect(r.emotions).toEqual({});
    expect(r.actions).toEqual({ planned: 0, reviewed: 0, done: 0, partly: 0, notDone: 0, open: 0, talked: 0 });
    expect(r.predictions).toMatchObject({ tested: 0, cameTrue: 0, partly: 0, didNot: 0, sureBefore: null });
    expect(r.traps).toEqual({});
    expect(r.trustTypes).toEqual({});
    expect(Object.values(r.checklist)).toEqual([0, 0, 0, 0, 0, 0]);
    expect(r.gratitude).toBe(0);
    expect(r.jar).toEqual({ added: 0, removed: 0 });
    expect(r.safety.average).toBeNull();
    expect(JSON.stringify(r)).not.toMatch(/NaN|Infinity/);
  };

  it('an empty journal reports zeros and nulls, with no previous period', () => {
    const r = buildReport([], WEEK);
    zeros(r);
    expect(r.days.total).toBe(7);
    expect(r.previous).toBeNull();
    expect(r.headline).toBe('Nothing written this week.');
    expect(r.notes).toEqual(['Nothing written this week.', 'A pause is allowed. When you are ready, one small step is enough to start again.']);
  });

  it('a quiet week after busy ones reports zeros, with the week before filled in', () => {
    const r = buildReport(fixture.entries, { from: '2026-11-09', to: '2026-11-15' });
    zeros(r, 5); // the longest run so far is still 14-18 October
    expect(r.previous?.days.logged).toBe(1); // 2 Nov
    expect(r.previous?.jar.added).toBe(3);
  });

  it('previous is null when the journal starts inside the period', () => {
    expect(buildReport(fixture.entries, { from: '2026-10-14', to: '2026-10-20' }).previous).toBeNull();
    expect(buildReport(fixture.entries, { from: '2026-10-15', to: '2026-10-21' }).previous).not.toBeNull();
  });

  it('a review of an action from an earlier period counts in neither', () => {
    // R1024 (dated the 26th) reviews an action from the 24th.
    const r = buildReport(fixture.entries, { from: '2026-10-26', to: '2026-10-26' });
    expect(r.actions).toEqual({ planned: 1, reviewed: 0, done: 0, partly: 0, notDone: 0, open: 1, talked: 0 });
  });

  it('a later report sees late reviews: the 31st action counts once its review is in the period', () => {
    const r = buildReport(fixture.entries, { from: '2026-10-26', to: '2026-11-02' });
    expect(r.actions.open).toBe(0);
    expect(r.predictions).toMatchObject({ tested: 4, cameTrue: 1, partly: 1, didNot: 2 });
  });

  it('when an action was reviewed twice (merged copies), the first review counts', () => {
    const log: Entry = { id: 'a', kind: 'log', date: '2026-11-01', createdAt: '2026-11-01T10:00:00Z', action: 'x', prediction: 'y' };
    const later: Entry = { id: 'r2', kind: 'review', date: '2026-11-03', createdAt: '2026-11-03T10:00:00Z', ref: 'a', done: 'no', cameTrue: 'yes' };
    const first: Entry = { id: 'r1', kind: 'review', date: '2026-11-02', createdAt: '2026-11-02T10:00:00Z', ref: 'a', done: 'yes', cameTrue: 'no' };
    const r = buildReport([log, later, first], { from: '2026-11-01', to: '2026-11-07' });
    expect(r.actions).toMatchObject({ reviewed: 1, done: 1, notDone: 0 });
    expect(r.predictions).toMatchObject({ tested: 1, cameTrue: 0, partly: 0, didNot: 1 });
  });

  it('averages steps and counts a jar entry without a marble count as one', () => {
    const entries: Entry[] = [
      { id: 'a', kind: 'log', date: '2026-11-01', createdAt: 'x', action: 'x', step: 1 },
      { id: 'b', kind: 'log', date: '2026-11-02', createdAt: 'x', action: 'y', step: 2 },
      { id: 'c', kind: 'log', date: '2026-11-03', createdAt: 'x', action: 'z' },
      { id: 'j', kind: 'jar', date: '2026-11-02', createdAt: 'x', change: 'add', text: 't' } as unknown as Entry,
    ];
    const n = periodNumbers(indexJournal(entries, '2026-10-25', '2026-11-01', '2026-11-07'), { from: '2026-11-01', to: '2026-11-07' });
    expect(n.steps).toEqual({ sized: 2, average: 1.5 });
    expect(n.jar).toEqual({ added: 1, removed: 0 });
  });

  // Lists that are not lists are refused on load (schema.ts); odd values inside them are not.
  it('a hand-edited journal with odd values gives numbers, not NaN or a crash', () => {
    const odd = [
      { id: 'a', kind: 'log', date: '2026-11-02', createdAt: 'x', thought: 't', belief: '80', beliefAfter: 40, traps: ['dance-thinking'], checklist: ['check-in', 'dance'] },
      { id: 'b', kind: 'check', date: '2026-11-02', createdAt: 'x', signs: [] },
      { id: 'j', kind: 'jar', date: '2026-11-02', createdAt: 'x', change: 'remove', text: 't', marbles: -2 },
      { id: 'c', kind: 'mystery', date: '2026-11-03', createdAt: 'x' },
    ] as unknown as Entry[];
    const r = buildReport(odd, { from: '2026-11-02', to: '2026-11-08' });
    expect(r.thoughts).toMatchObject({ count: 1, beliefBefore: null, beliefAfter: 40 });
    expect(r.traps).toEqual({ 'dance-thinking': 1 });
    expect(r.checklist['check-in']).toBe(1);
    expect(r.checklist).not.toHaveProperty('dance');
    expect(r.jar).toEqual({ added: 0, removed: 0 });
    expect(r.checks).toEqual({ count: 1, most: 0, signs: {} });
    expect(JSON.stringify(r)).not.toMatch(/NaN|Infinity/);
  });

  it('ignores entries after the end of the period when indexing', () => {
    const index = indexJournal(fixture.entries, '2026-10-19', '2026-10-26', '2026-11-01');
    expect(index.recent.every((e) => e.date >= '2026-10-19' && e.date <= '2026-11-01')).toBe(true);
    expect(index.reviews.has('L1031')).toBe(false); // its review is dated 2 Nov
    expect(index.hasEarlier).toBe(true);
  });
});
