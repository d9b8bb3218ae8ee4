import { describe, expect, it } from 'vitest';
import {
  careNow, distressSignals, entrySignals, fearCameTrue, harshSelfJudgement, openConcern, wordSignals,
  type CareLevel,
} from '../../src/domain/care.js';
import catalog from '../../data/catalog.json';
import careSteps from '../../data/care-steps.json';
import sample from '../../data/sample-journal.json';
import type { Answer, CheckEntry, Entry, ExerciseEntry, JarEntry, LogEntry, ReviewEntry, Role } from '../../src/domain/types.js';

const TODAY = '2026-12-01';
let n = 0;
const at = (date: string, hour = 10) => `${date}T${String(hour).padStart(2, '0')}:00:00.000Z`;
const log = (fields: Partial<LogEntry> = {}, date = TODAY): LogEntry => ({ id: `l${++n}`, kind: 'log', date, createdAt: at(date), action: 'a step', ...fields });
const review = (fields: Partial<ReviewEntry> = {}, date = TODAY, hour = 20): ReviewEntry => ({ id: `r${++n}`, kind: 'review', ref: 'l0', date, createdAt: at(date, hour), done: 'yes', ...fields });
const check = (fields: Partial<CheckEntry> = {}, date = TODAY, hour = 21): CheckEntry => ({ id: `c${++n}`, kind: 'check', date, createdAt: at(date, hour), signs: [], ...fields });
const day = (back: number) => {
  const d = new Date(`${TODAY}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() - back);
  return d.toISOString().slice(0, 10);
};

describe('words that raise a signal', () => {
  const hits: [string, CareLevel, string][] = [
    ["I don't want to be alive anymore if Jo leaves", 'crisis', 'self-harm-words'],
    ['I don’t want to be alive', 'crisis', 'self-harm-words'],
    ['I want to end it all', 'crisis', 'self-harm-words'],
    ['sometimes I want to hurt myself', 'crisis', 'self-harm-words'],
    ['I keep thinking about suicide', 'crisis', 'self-harm-words'],
    ['they would be better off without me', 'crisis', 'self-harm-words'],
    ['Jo hit me', 'danger', 'violence-words'],
    ['he hits me when he drinks', 'danger', 'violence-words'],
    ['Jo grabbed my arm and shouted', 'danger', 'violence-words'],
    ['she choked me', 'danger', 'violence-words'],
    ['he choked', 'danger', 'violence-words'],
    ['he pushed me against the wall', 'danger', 'violence-words'],
    ['Jo threatened to take the kids', 'danger', 'threat-words'],
    ["he said he'll kill me", 'danger', 'threat-words'],
    ['Jo takes my phone every night', 'danger', 'control-words'],
    ['he controls all the money', 'danger', 'control-words'],
    ["she won't let me see my friends", 'danger', 'control-words'],
    ["I'm scared of him", 'danger', 'fear-of-partner-words'],
    ['I am afraid of what he might do', 'danger', 'fear-of-partner-words'],
    ["I don't feel safe at home", 'danger', 'fear-of-partner-words'],
    ['he abuses me', 'danger', 'violence-words'],
    ["my husband is abusive", 'danger', 'violence-words'],
  ];
  it.each(hits)('%j is %s (%s)', (text, level, why) => expect(wordSignals(text)[0]).toEqual({ level, why }));

  const ordinary = [
    'I hit the gym', 'we hit the road early', 'it hurt my feelings', 'killing time before dinner',
    'they controlled the remote all evening', 'that joke killed me', "I'm dying to see the film", 'Jo grabbed a coffee',
    'it hit me that I was wrong', 'I choked up when he said sorry', 'I choked on my tea', "I'm scared of him leaving me",
    'he threatened to leave the party early', 'I checked his phone', 'he beat me at chess', 'I want to end things with Jo',
    'Jo took the kids to school', 'I feel hurt and want to cry', 'what a killer view', 'we controlled our spending together', 'they prohibit meat at the fair',
    'I will never feel safe with him again', 'abuse of trust is what it felt like',
  ];
  it.each(ordinary)('%j raises nothing', (text) => expect(wordSignals(text)).toEqual([]));
});

describe('our own words raise nothing', () => {
  // A step picked from the catalogue, or the sample journal, must never set off a false alarm.
  const strings = (v: unknown): string[] =>
    typeof v === 'string' ? [v] : Array.isArray(v) ? v.flatMap(strings) : v && typeof v === 'object' ? Object.values(v).flatMap(strings) : [];
  const { warningSigns, ...rest } = catalog;
  it('catalogue texts and safety steps', () => expect(strings([rest, careSteps]).filter((t) => wordSignals(t).length > 0)).toEqual([]));
  // The JSON import's inferred type is wider than Entry (kind is a plain string there).
  it('the sample journal', () => expect((sample.entries as Entry[]).flatMap(entrySignals)).toEqual([]));
  it('the self-check asks about fear of the partner in words that would raise it', () => {
    expect(warningSigns.filter((s) => wordSignals(s.question).length > 0).map((s) => s.id)).toEqual(['afraid']);
  });
});

describe('entrySignals', () => {
  it('looks at every text field of every kind and names the field, never the words', () => {
    const cases: [Entry, string][] = [
      [log({ situation: 'Jo hit me' }), 'situation'],
      [log({ thought: 'I want to end it all' }), 'thought'],
      [log({ evidenceFor: 'he took my phone' }), 'evidenceFor'],
      [log({ prediction: 'Jo will hit me again' }), 'prediction'],
      [log({ gratitude: ['dinner', 'he grabbed my wrist'] }), 'gratitude'],
      [log({ emotions: [{ name: 'scared of him', intensity: 90 }] }), 'emotions.name'],
      [review({ outcome: 'Jo grabbed my arm and shouted' }), 'outcome'],
      [{ id: 'j1', kind: 'jar', date: TODAY, createdAt: at(TODAY), change: 'remove', text: 'threatened me again', marbles: 1 } satisfies JarEntry, 'text'],
      [{ id: 'x1', kind: 'exercise', date: TODAY, createdAt: at(TODAY), exercise: 'x', answers: { feel: 'I am afraid of my husband' } } satisfies ExerciseEntry, 'answers.feel'],
      // A kind the journal does not have yet (a trigger) is covered too.
      [{ id: 't1', kind: 'trigger', date: TODAY, createdAt: at(TODAY), what: 'he slapped me' } as unknown as Entry, 'what'],
    ];
    for (const [entry, field] of cases) {
      const [s] = entrySignals(entry);
      expect(s, field).toMatchObject({ id: entry.id, date: entry.date, field });
      expect(JSON.stringify(entrySignals(entry))).not.toMatch(/hit|grab|phone|scared|afraid|slapped|end it/);
    }
  });

  const numbers: [Entry, string | undefined][] = [
    [review({ safety: 0 }), 'unsafe-step'],
    [review({ safety: 2 }), 'unsafe-step'],
    [review({ safety: 3 }), undefined],
    [review({ safety: 10 }), undefined],
    [check({ signs: ['afraid'] }), 'afraid-of-partner'],
    [check({ signs: ['withdrawal', 'monitoring'] }), undefined],
    [check({ signs: [], safe: true }), undefined],
  ];
  it.each(numbers)('%o raises %s', (entry, why) => expect(entrySignals(entry)[0]?.why).toBe(why));

  it('puts crisis before danger and gives one signal per reason and field', () => {
    const e = log({ situation: 'Jo hit me, he hit me again', thought: "I don't want to live" });
    expect(entrySignals(e).map((s) => [s.level, s.why, s.field])).toEqual([
      ['crisis', 'self-harm-words', 'thought'],
      ['danger', 'violence-words', 'situation'],
    ]);
  });

  it('leaves an ordinary entry alone', () => {
    expect(entrySignals(log({ situation: 'I hit the gym', thought: 'they will cheat again', belief: 100 }))).toEqual([]);
  });
});

describe('openConcern', () => {
  it('is open for 14 days after a danger signal, then closes', () => {
    const hit = review({ outcome: 'Jo hit me' }, day(13));
    expect(openConcern([hit], TODAY)).toMatchObject({ level: 'danger', since: day(13), signals: [{ why: 'violence-words', id: hit.id }] });
    expect(openConcern([review({ outcome: 'Jo hit me' }, day(14))], TODAY)).toBeUndefined();
  });

  it('closes after a safe check, and opens again on a later signal', () => {
    const hit = review({ safety: 1 }, day(3));
    const safe = check({ safe: true }, day(1));
    expect(openConcern([hit, safe], TODAY)).toBeUndefined();
    const again = log({ thought: 'I want to end it all' }, TODAY);
    expect(openConcern([hit, safe, again], TODAY)).toMatchObject({ level: 'crisis', since: TODAY, signals: [{ id: again.id }] });
  });

  it('takes the worst level and the earliest day', () => {
    const care = openConcern([review({ safety: 0 }, day(5)), log({ thought: 'I want to die' }, day(2))], TODAY);
    expect(care).toMatchObject({ level: 'crisis', since: day(5) });
    expect(care?.signals.map((s) => s.level)).toEqual(['crisis', 'danger']);
  });

  it('is undefined with no signal, and a check without safe: true closes nothing', () => {
    expect(openConcern([log({ thought: 'they will leave' })], TODAY)).toBeUndefined();
    expect(openConcern([review({ safety: 1 }, day(2)), check({ signs: [] }, day(1))], TODAY)?.level).toBe('danger');
  });
});

describe('distressSignals', () => {
  const beliefs = (values: number[], every = 5) => values.map((b, i) => log({ thought: 't', belief: b }, day(i * every)));
  const safeties = (values: number[], every = 2) => values.map((s, i) => review({ safety: s }, day(i * every)));
  const fears = (answers: Answer[]) => answers.map((a, i) => review({ cameTrue: a }, day(i)));
  const cases: [string, Entry[], string[]][] = [
    ['belief >= 80 over 15 days', beliefs([90, 85, 80, 95]), ['lasting-belief']],
    ['belief high but only a week', beliefs([90, 95, 90], 3), []],
    ['belief averaging below 80', beliefs([90, 70, 60, 80]), []],
    ['beliefAfter counts before belief', beliefs([90, 90, 90, 90]).map((e) => ({ ...e, beliefAfter: 30 })), []],
    ['high belief, but outside the four weeks', beliefs([90, 90, 90]).map((e) => ({ ...e, date: day(30) })), []],
    ['safety <= 3 on 3 days', safeties([1, 3, 2]), ['lasting-low-safety']],
    ['low safety twice only', safeties([1, 1]), []],
    ['low on 3 days but mostly safe', safeties([1, 2, 3, 8, 9, 9, 8]), []],
    ['three fears came true', fears(['yes', 'yes', 'yes']), ['fears-coming-true']],
    ['two fears came true', fears(['yes', 'partly', 'yes', 'no']), []],
  ];
  it.each(cases)('%s', (_, entries, want) => expect(distressSignals(entries, TODAY).map((s) => s.why)).toEqual(want));

  it('points at the latest entry of the pattern', () => {
    const entries = fears(['yes', 'yes', 'yes']);
    expect(distressSignals(entries, TODAY)).toEqual([{ level: 'distress', why: 'fears-coming-true', id: entries[0]?.id, date: TODAY }]);
  });
});

describe('careNow', () => {
  it('is calm with nothing found', () => {
    expect(careNow([log({ thought: 'fine' })], TODAY)).toEqual({ level: null, signals: [], since: null });
  });
  it('takes the open concern over distress, and keeps both', () => {
    const entries = [...[3, 3, 3].map((s, i) => review({ safety: s }, day(i * 3))), review({ outcome: 'he choked me' }, day(20))];
    expect(careNow(entries, TODAY)).toMatchObject({ level: 'distress' });
    const care = careNow([...entries, log({ situation: 'Jo hit me' }, day(1))], TODAY);
    expect(care.level).toBe('danger');
    expect(care.signals.map((s) => s.why)).toEqual(['violence-words', 'lasting-low-safety']);
    expect(care.since).toBe(day(1));
  });
});

describe('harsh self-judgement and fears come true', () => {
  const cases: [string, number, Role | undefined, boolean][] = [
    ["I'm a terrible person", 90, 'broke-trust', true],
    ["I'm a monster", 70, 'broke-trust', true],
    ['I hate myself for what I did', 100, 'broke-trust', true],
    ["I'm a terrible person", 60, 'broke-trust', false],
    ["I'm a terrible person", 90, 'hurt', false],
    ['they will never forgive me', 95, 'broke-trust', false],
  ];
  it.each(cases)('%j at %i as %s: %s', (thought, belief, role, want) => expect(harshSelfJudgement(log({ thought, belief }), role)).toBe(want));

  it('knows a fear that came true', () => {
    expect([review({ cameTrue: 'yes' }), review({ cameTrue: 'partly' }), log()].map(fearCameTrue)).toEqual([true, false, false]);
  });
});
