// The ledger of tested fears and what the journal says back, as tables of cases.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { challengeFacts, fearedBefore, logFacts, reviewFacts } from '../../src/domain/answer-back.js';
import { fearLedger, type FearFilter } from '../../src/domain/fears.js';
import type { Answer, Entry, LogEntry, TrapId, TrustType } from '../../src/domain/types.js';
import { answerLine } from '../../src/ui/messages-answer.js';

let n = 0;
/** A step with a fear, planned on `date`, and (when `came` is given) its review. */
function fear(date: string, prediction: string | undefined, came: Answer | undefined, traps: TrapId[] = [], types: TrustType[] = [], reviewDate = date): Entry[] {
  const id = `log-${++n}`;
  const log: LogEntry = { id, kind: 'log', date, createdAt: `${date}T10:00:00Z`, action: 'a', traps, types, ...(prediction ? { prediction } : {}) };
  if (!came) return [log];
  return [log, { id: `rev-${n}`, kind: 'review', date: reviewDate, createdAt: `${reviewDate}T20:00:00Z`, ref: id, done: 'yes', cameTrue: came, outcome: `went ${came}` }];
}

const journal: Entry[] = [
  ...fear('2026-11-01', 'They will leave', 'no', ['fortune-telling'], ['emotional']),
  ...fear('2026-11-02', 'They will leave', 'yes', ['fortune-telling', 'catastrophising']),
  ...fear('2026-11-03', 'They will lie', 'partly', ['mind-reading'], ['informational']),
  ...fear('2026-11-04', 'They will laugh', undefined, ['fortune-telling']), // not reviewed yet: not tested
  ...fear('2026-11-05', undefined, undefined, ['fortune-telling']), // no fear written
  ...fear('2026-11-06', 'They will be cold', 'no', [], ['emotional'], '2026-11-09'),
];

describe('fearLedger', () => {
  it.each<[string, FearFilter, [number, number, number, number], string[]]>([
    ['everything', {}, [4, 1, 1, 2], ['They will leave', 'They will leave', 'They will lie', 'They will be cold']],
    ['by trap', { trap: 'fortune-telling' }, [2, 1, 0, 1], ['They will leave', 'They will leave']],
    ['by another trap', { trap: 'mind-reading' }, [1, 0, 1, 0], ['They will lie']],
    ['by trust type', { type: 'emotional' }, [2, 0, 0, 2], ['They will leave', 'They will be cold']],
    ['trap and type together', { trap: 'fortune-telling', type: 'emotional' }, [1, 0, 0, 1], ['They will leave']],
    ['a trap nobody had', { trap: 'labelling' }, [0, 0, 0, 0], []],
    ['reviews after the end do not count yet', { until: '2026-11-08' }, [3, 1, 1, 1], ['They will leave', 'They will leave', 'They will lie']],
    ['steps planned from a day', { since: '2026-11-03' }, [2, 0, 1, 1], ['They will lie', 'They will be cold']],
  ])('%s', (_name, filter, [tested, cameTrue, partly, didNot], predictions) => {
    const l = fearLedger(journal, filter);
    expect([l.tested, l.cameTrue, l.partly, l.didNot]).toEqual([tested, cameTrue, partly, didNot]);
    expect(l.items.map((i) => i.prediction)).toEqual(predictions);
  });

  it('each item carries what the contract names', () => {
    expect(fearLedger(journal).items[2]).toEqual({
      id: expect.any(String), date: '2026-11-03', prediction: 'They will lie', cameTrue: 'partly',
      outcome: 'went partly', learned: null, traps: ['mind-reading'], types: ['informational'],
    });
  });
});

const say = (facts: ReturnType<typeof logFacts>, role?: 'hurt' | 'broke-trust' | 'both') => facts.map((f) => answerLine(f, role, (id) => id.replace('-', ' ')));

describe('what the journal says back', () => {
  it.each<[string, Partial<LogEntry>, string[]]>([
    ['belief fell', { belief: 90, beliefAfter: 55 }, ['Belief in the old thought went from 90 to 55. Looking at the proof did that.']],
    ['belief held', { belief: 70, beliefAfter: 70 }, [expect.stringContaining('still sits at 70')] as unknown as string[]],
    ['belief rose', { belief: 50, beliefAfter: 65 }, [expect.stringContaining('(50 to 65)')] as unknown as string[]],
    ['a feeling eased', { emotions: [{ name: 'fear', intensity: 80 }, { name: 'hurt', intensity: 60 }], emotionsAfter: [{ name: 'fear', intensity: 70 }, { name: 'hurt', intensity: 30 }] }, ['The hurt eased from 60 to 30.']],
    ['nothing rated', {}, []],
  ])('after a challenge: %s', (_name, e, lines) => {
    expect(say(challengeFacts(e))).toEqual(lines);
  });

  it.each<[string, Pick<LogEntry, 'prediction' | 'traps'>, string | undefined]>([
    ['the same fear in other words', { prediction: 'they will LEAVE!' }, 'You have feared this twice; it came true once.'],
    ['a trap seen with tested fears', { traps: ['mind-reading'] }, 'Fears that come with mind reading have been put to the test once; it came true only in part, once.'],
    ['the trap behind most tests wins', { traps: ['mind-reading', 'fortune-telling'] }, 'Fears that come with fortune telling have been put to the test twice; it came true once.'],
    ['a new fear and no trap', { prediction: 'They will shout' }, undefined],
  ])('a fear tested before: %s', (_name, e, line) => {
    const fact = fearedBefore(e, journal);
    expect(fact ? say([fact])[0] : undefined).toBe(line);
  });

  it('a fear that came true gets words for the role, never called a trap', () => {
    const action: LogEntry = { id: 'x', kind: 'log', date: '2026-11-01', createdAt: 'x', action: 'a', prediction: 'They will leave', traps: ['fortune-telling'], predictionBelief: 80 };
    // The care note says plainly that it happened; the line after it is for the person's side of the repair.
    const lines = (['hurt', 'broke-trust', 'both'] as const).map((role) => say(reviewFacts({ done: 'yes', cameTrue: 'yes' }, action), role)[0]);
    expect(new Set(lines).size).toBe(3);
    for (const line of lines) expect(line).not.toMatch(/trap|fortune|thinking|did not happen/i);
    expect(say(reviewFacts({ done: 'yes', cameTrue: 'yes' }, action), 'hurt')[0]).not.toBe(say(reviewFacts({ done: 'yes', cameTrue: 'yes' }, action), 'broke-trust')[0]);
    expect(say(reviewFacts({ done: 'yes', cameTrue: 'no' }, action))).toEqual([
      'What you feared did not happen. You were 80 out of 100 sure it would. Worth remembering the next time that fear comes back.',
    ]);
  });

  it('says at most two lines after a log, the belief first', () => {
    const e: LogEntry = { id: 'n', kind: 'log', date: '2026-11-10', createdAt: 'x', thought: 't', belief: 90, beliefAfter: 40, traps: ['fortune-telling'],
      emotions: [{ name: 'fear', intensity: 80 }], emotionsAfter: [{ name: 'fear', intensity: 20 }] };
    expect(logFacts(e, journal).map((f) => f.kind)).toEqual(['belief-moved', 'feared-before']);
  });
});

describe('fearLedger, for any journal', () => {
  const answer = fc.constantFrom<Answer>('yes', 'partly', 'no');
  const trap = fc.constantFrom<TrapId>('fortune-telling', 'mind-reading', 'labelling');
  const step = fc.record({
    day: fc.integer({ min: 1, max: 28 }),
    prediction: fc.option(fc.constantFrom('They will leave', 'They will lie'), { nil: undefined }),
    came: fc.option(answer, { nil: undefined }),
    traps: fc.uniqueArray(trap, { maxLength: 2 }),
  });
  const journalOf = (steps: { day: number; prediction: string | undefined; came: Answer | undefined; traps: TrapId[] }[]) =>
    steps.flatMap((s) => fear(`2026-11-${String(s.day).padStart(2, '0')}`, s.prediction, s.came, s.traps));

  it('the counts add up, every item is a reviewed fear, and a filter only narrows', () => {
    fc.assert(
      fc.property(fc.array(step, { maxLength: 12 }), trap, (steps, t) => {
        const entries = journalOf(steps);
        const all = fearLedger(entries);
        expect(all.cameTrue + all.partly + all.didNot).toBe(all.tested);
        expect(all.items).toHaveLength(steps.filter((s) => s.prediction && s.came).length);
        const some = fearLedger(entries, { trap: t });
        expect(some.tested).toBeLessThanOrEqual(all.tested);
        for (const i of some.items) expect(i.traps).toContain(t);
        expect(all.items.map((i) => i.date)).toEqual([...all.items.map((i) => i.date)].sort());
      }),
    );
  });
});
