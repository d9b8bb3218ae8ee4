import { describe, expect, it } from 'vitest';
import { catalog } from '../../src/domain/catalog.js';
import { indexJournal, periodNumbers, type PeriodNumbers } from '../../src/domain/report.js';
import { distressOf, headlineOf as headlineFact, MAX_NOTES, notesFor as noteFacts } from '../../src/domain/report-notes.js';
import { noteText, notesText } from '../../src/ui/messages-notes.js';

// The notes as the report says them: the domain's facts in ui's words.
const headlineOf = (n: PeriodNumbers) => noteText(headlineFact(n));
const notesFor = (...args: Parameters<typeof noteFacts>) => notesText(noteFacts(...args));

type Patch = { [K in keyof PeriodNumbers]?: Partial<PeriodNumbers[K]> };

/** A period's numbers: an empty week with the given parts filled in. */
function numbers(patch: Patch = {}, days = 7): PeriodNumbers {
  const to = days === 7 ? '2026-11-20' : '2026-11-30';
  const base = periodNumbers(indexJournal([], '2026-11-01', '2026-11-14', to), { from: days === 7 ? '2026-11-14' : '2026-11-01', to });
  const out = { ...base } as Record<string, unknown>;
  for (const [k, v] of Object.entries(patch)) {
    const now = out[k];
    out[k] = typeof now === 'object' && now !== null && !Array.isArray(now) ? { ...now, ...(v as object) } : v;
  }
  return out as unknown as PeriodNumbers;
}

describe('headlineOf', () => {
  it.each([
    { tested: 4, cameTrue: 1, partly: 0, want: 'You feared the worst 4 times; it happened once.' },
    { tested: 4, cameTrue: 1, partly: 2, want: 'You feared the worst 4 times; it happened once, and partly twice.' },
    { tested: 2, cameTrue: 0, partly: 0, want: 'You feared the worst twice; none of it happened.' },
    { tested: 1, cameTrue: 0, partly: 0, want: 'You feared the worst once; it did not happen.' },
    { tested: 3, cameTrue: 0, partly: 1, want: 'You feared the worst 3 times; it never happened in full, and partly once.' },
    { tested: 5, cameTrue: 5, partly: 0, want: 'You feared the worst 5 times; it happened 5 times.' },
  ])('$tested tested, $cameTrue came true, $partly partly', ({ tested, cameTrue, partly, want }) => {
    expect(headlineOf(numbers({ predictions: { tested, cameTrue, partly, didNot: tested - cameTrue - partly } }))).toBe(want);
  });

  it.each([
    { name: 'steps planned but none tested', patch: { actions: { planned: 3 }, days: { logged: 3 } }, want: '3 small steps planned this week; no feared outcome checked yet.' },
    { name: 'one step in a longer period', patch: { actions: { planned: 1 }, days: { logged: 1 } }, days: 30, want: '1 small step planned these 30 days; no feared outcome checked yet.' },
    { name: 'days written without steps', patch: { days: { logged: 2 } }, want: 'You wrote on 2 days this week.' },
    { name: 'nothing at all', patch: {}, want: 'Nothing written this week.' },
  ])('$name', ({ patch, days, want }) => {
    expect(headlineOf(numbers(patch as Patch, days))).toBe(want);
  });
});

describe('distressOf', () => {
  const high = { thoughts: { count: 3, beliefBefore: 80, beliefAfter: 70 } };
  const low = { thoughts: { count: 3, beliefBefore: 80, beliefAfter: 40 } };
  it.each([
    { name: 'calm weeks', now: low, before: low, want: [] },
    { name: 'beliefs high this week only', now: high, before: low, want: [] },
    { name: 'beliefs high two weeks running', now: high, before: high, want: ['beliefs-high'] },
    { name: 'beliefs exactly at the line', now: { thoughts: { beliefAfter: 60 } }, before: { thoughts: { beliefAfter: 60 } }, want: ['beliefs-high'] },
    { name: 'beliefs high but nothing to compare with', now: high, before: null, want: [] },
    { name: 'low safety over two reviews', now: { safety: { rated: 2, average: 2.5 } }, before: null, want: ['feels-unsafe'] },
    { name: 'one low safety rating is not a pattern', now: { safety: { rated: 1, average: 1 } }, before: null, want: [] },
    { name: 'safety just above the line', now: { safety: { rated: 4, average: 3.1 } }, before: null, want: [] },
    { name: 'a check with three signs', now: { checks: { count: 1, most: 3 } }, before: null, want: ['warning-signs'] },
    { name: 'a check with two signs', now: { checks: { count: 2, most: 2 } }, before: null, want: [] },
    {
      name: 'everything at once',
      now: { ...high, safety: { rated: 3, average: 2 }, checks: { count: 1, most: 5 } },
      before: high,
      want: ['beliefs-high', 'feels-unsafe', 'warning-signs'],
    },
  ])('$name', ({ now, before, want }) => {
    expect(distressOf(numbers(now as Patch), before ? numbers(before as Patch) : null)).toEqual(want);
  });
});

describe('notesFor', () => {
  it('says what went well in plain words, naming the partner', () => {
    const n = numbers({
      days: { logged: 6 },
      streak: { current: 4, longest: 9 },
      thoughts: { count: 5, beliefBefore: 78, beliefAfter: 45 },
      actions: { planned: 5, reviewed: 4, talked: 3, open: 1 },
      gratitude: 9,
    });
    expect(notesFor(n, null, [], 'Sam')).toEqual([
      'Challenging the old thoughts loosened their grip: from 78 to 45 on average.',
      'You talked 3 of 4 steps over with Sam.',
      'You noticed 9 good things Sam did.',
      'One step is still waiting for a look back: `trust review`.',
      '4 days in a row now.',
    ]);
  });

  it('stays kind when the thoughts held on and nothing was talked over', () => {
    const n = numbers({ days: { logged: 2 }, thoughts: { count: 2, beliefBefore: 70, beliefAfter: 75 }, actions: { planned: 2, reviewed: 2 } });
    const notes = notesFor(n, null, []);
    expect(notes[0]).toBe('The old thoughts held on (70 before challenging, 75 after). That happens; writing them down still counts.');
    expect(notes[1]).toBe('When it feels possible, telling your partner how a step went can make it count twice.');
    expect(notes.join(' ')).not.toMatch(/should|failed|bad/i);
  });

  it('names a recurring trap, the fall against last week and the jar', () => {
    const n = numbers({ days: { logged: 3 }, traps: { 'mind-reading': 3, labelling: 1 }, thoughts: { count: 3, beliefAfter: 40 }, jar: { added: 4, removed: 1 } });
    const before = numbers({ thoughts: { count: 3, beliefAfter: 55 } });
    expect(notesFor(n, before, [])).toEqual([
      'Mind reading came up 3 times. Next time it shows, you will know its name.',
      'After challenging, belief in the old thoughts is at 40, down from 55 the week before.',
      'The marble jar gained 4 marbles and lost 1.',
    ]);
  });

  it('keeps to a few notes, and always puts the help note first when distress stays high', () => {
    const busy = numbers({
      days: { logged: 7 }, streak: { current: 7 }, thoughts: { count: 7, beliefBefore: 90, beliefAfter: 80 },
      actions: { planned: 7, reviewed: 6, talked: 2, open: 1 }, gratitude: 12, traps: { labelling: 4 }, jar: { added: 1 },
    });
    const notes = notesFor(busy, null, ['beliefs-high', 'feels-unsafe']);
    expect(notes).toHaveLength(MAX_NOTES + 1);
    const help = notes[0] ?? '';
    expect(help).toMatch(/couples therapist/);
    expect(help).toContain('the old thoughts have stayed strong for two periods in a row; the steps have mostly not felt safe');
    expect(help).toContain(catalog.professionalHelp.note);
  });

  it('a quiet week gets a gentle word and nothing else', () => {
    expect(notesFor(numbers(), null, [])).toEqual(['A pause is allowed. When you are ready, one small step is enough to start again.']);
  });
});
