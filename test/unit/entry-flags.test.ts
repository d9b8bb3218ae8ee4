// The flag declarations (ui/entry-flags.ts) and what is derived from them:
// commander's option keys, the checked fields, the labels and CSV columns.
import { Option } from 'commander';
import { describe, expect, it } from 'vitest';
import type { LogFields, ReviewFields } from '../../src/domain/entries.js';
import { checkFlags } from '../../src/commands/flag-values.js';
import { LOG_FLAGS, REVIEW_FLAGS, type LogFlagValues, type ReviewFlagValues } from '../../src/ui/entry-flags.js';
import { LABELS } from '../../src/ui/entry-text.js';
import { CSV_COLUMNS } from '../../src/ui/export-csv.js';
import { refusedWith } from '../helpers/problems.js';

const ALL = [...LOG_FLAGS, ...REVIEW_FLAGS];

describe('each declared flag', () => {
  it.each(ALL.map((f) => [f.flag, f] as const))('%s has the key commander parses it into', (_, f) => {
    expect(f.key).toBe(new Option(f.flag).attributeName());
    if (f.off) expect(new Option(f.off.flag).attributeName()).toBe(f.key);
  });

  it('fills a field no other flag fills', () => {
    expect(new Set(ALL.map((f) => f.field)).size).toBe(ALL.length);
  });
});

describe('the option types, from the table', () => {
  it('take the text typed, a list for a repeatable flag and a boolean for a switch', () => {
    const log: LogFlagValues = { evidenceFor: 'x', emotion: ['fear:70'], beliefAfter: '40' };
    const review: ReviewFlagValues = { done: 'yes', talked: false };
    // @ts-expect-error a rating arrives as the text typed, not a number
    const rated: LogFlagValues = { belief: 80 };
    // @ts-expect-error no such flag
    const unknown: ReviewFlagValues = { mood: 'ok' };
    expect([log, review, rated, unknown].map((o) => Object.keys(o).length)).toEqual([3, 2, 1, 1]);
  });
});

describe('checkFlags', () => {
  it('checks each flag given and keys it by its field, in the order of the declarations', () => {
    const fields = checkFlags<Partial<LogFields>>(LOG_FLAGS, {
      gratitude: [' tea ', ''], beliefAfter: '40', type: 'self,self,emotional', emotion: ['Fear:70'], evidenceFor: '  x  ',
    });
    expect(Object.entries(fields)).toEqual([
      ['types', ['self', 'emotional']],
      ['emotions', [{ name: 'fear', intensity: 70 }]],
      ['evidenceFor', 'x'],
      ['beliefAfter', 40],
      ['gratitude', ['tea']],
    ]);
    expect(checkFlags<Partial<ReviewFields>>(REVIEW_FLAGS, { learned: 'x', talked: false, done: 'Yes' })).toEqual({ done: 'yes', talked: false, learned: 'x' });
  });

  it('leaves out what is empty', () => {
    expect(checkFlags<Partial<LogFields>>(LOG_FLAGS, { thought: '   ', gratitude: [' '], trap: ',' })).toEqual({});
  });

  it.each([
    [LOG_FLAGS, { belief: '80%' }, '--belief takes a whole number from 0 to 100, not "80%"'],
    [LOG_FLAGS, { beliefBalanced: '101' }, '--belief-balanced takes a whole number from 0 to 100, not "101"'],
    [LOG_FLAGS, { emotionAfter: ['calm'] }, '--emotion-after takes name:intensity, e.g. fear:70, not "calm".'],
    [LOG_FLAGS, { trap: 'mind-reading,guessing' }, '--trap: "guessing" is not one of'],
    [REVIEW_FLAGS, { safety: '11' }, '--safety takes a whole number from 0 to 10, not "11"'],
    [REVIEW_FLAGS, { cameTrue: 'maybe' }, '--came-true: "maybe" is not one of yes, partly, no.'],
  ] as const)('%#: refuses naming the flag', (flags, options, said) => {
    expect(refusedWith(() => checkFlags(flags, options))).toContain(said);
  });
});

describe('derived from the declarations', () => {
  it('labels each field as it was labelled before', () => {
    expect(LABELS).toEqual({
      situation: 'What set it off', thought: 'Thought', types: 'Trust types', emotions: 'Feelings', belief: 'Belief before',
      evidenceFor: 'Proof for', evidenceAgainst: 'Proof against', traps: 'Thinking traps', balanced: 'Balanced thought',
      beliefAfter: 'Belief after', action: 'Action', behaviour: 'Kind of step', step: 'Step size', prediction: 'Feared',
      checklist: 'Checklist', gratitude: 'Good things', ref: 'Action entry', done: 'Done', outcome: 'What happened',
      talked: 'Talked it over', safety: 'Safety (0-10)', beliefNow: 'Belief now', cameTrue: 'Fear came true',
      beliefBalanced: 'Belief in the balanced thought', emotionsAfter: 'Feelings after', predictionBelief: 'How sure it would happen',
      learned: 'What it taught', change: 'Marble', text: 'What', marbles: 'Marbles', exercise: 'Exercise', answers: 'Answers', signs: 'Warning signs',
      what: 'What set it off', strength: 'How strong (0-10)', helped: 'What helped', reassured: 'Reassured', cost: 'Cost', note: 'Note',
    });
  });

  it('keeps the CSV columns in the places older sheets rely on', () => {
    expect(CSV_COLUMNS.join(',')).toBe(
      'id,kind,date,createdAt,situation,thought,types,emotions,belief,evidenceFor,evidenceAgainst,traps,balanced,' +
        'beliefAfter,action,behaviour,step,prediction,checklist,gratitude,ref,done,outcome,talked,safety,beliefNow,cameTrue,' +
        'change,text,marbles,exercise,answers,signs,beliefBalanced,emotionsAfter,predictionBelief,learned,' +
        'what,strength,helped,reassured,cost,note',
    );
  });
});
