import { describe, expect, it } from 'vitest';
import { catalog } from '../../src/domain/catalog.js';
import { exerciseIds, fieldsOf, findExercise, newExercise, parseAnswers } from '../../src/domain/exercise.js';
import { Refusal } from '../../src/domain/problems.js';
import { refusedWith } from '../helpers/problems.js';

const x = (id: string) => findExercise(id);

describe('the catalogue of exercises', () => {
  it('has the nine exercises, each with at least one field to answer and unique fields', () => {
    expect(exerciseIds()).toHaveLength(9);
    for (const e of catalog.exercises) {
      const fields = fieldsOf(e);
      expect(fields.length, e.id).toBeGreaterThan(0);
      expect(new Set(fields).size, e.id).toBe(fields.length);
    }
  });
});

describe('findExercise', () => {
  const found: [string, string][] = [
    ['temperature-reading', 'temperature-reading'],
    ['  Temperature-Reading ', 'temperature-reading'],
    ['temp', 'temperature-reading'],
    ['vision', 'vision-sharing'],
    ['trust-t', 'trust-timeline'],
  ];
  it.each(found)('%j finds %s', (name, id) => expect(findExercise(name).id).toBe(id));

  const unknown = ['', 'trust', 'trust-f-x', 'yoga'];
  it.each(unknown)('%j is unknown (or fits more than one) and the error lists the names', (name) => {
    expect(() => findExercise(name)).toThrow(Refusal);
    expect(refusedWith(() => findExercise(name))).toMatch(/vulnerability-exchange.*vision-sharing/);
  });
});

describe('fieldsOf', () => {
  it('lists the answer fields in step order, skipping steps with nothing to write', () => {
    expect(fieldsOf(x('vulnerability-exchange'))).toEqual(['myShare', 'howItFelt']);
    expect(fieldsOf(x('temperature-reading'))).toEqual(['appreciations', 'newInformation', 'puzzles', 'complaintsWithRequests', 'hopesAndWishes']);
  });
});

describe('parseAnswers', () => {
  const ok: [string[], Record<string, string>][] = [
    [['myShare=I fear being left'], { myShare: 'I fear being left' }],
    [['myShare= a=b=c ', 'howItFelt=lighter'], { myShare: 'a=b=c', howItFelt: 'lighter' }],
    [['myShare='], {}],
    [[], {}],
  ];
  it.each(ok)('%j', (raw, want) => expect(parseAnswers(x('vulnerability-exchange'), raw)).toEqual(want));

  const bad: [string[], RegExp][] = [
    [['nope=hi'], /does not fit vulnerability-exchange.*myShare, howItFelt/],
    [['myShare'], /use field=text/],
    [['=hi'], /use field=text/],
    [['issue=x'], /does not fit/], // a field of another exercise
    [['myShare=a', 'myShare=b'], /given twice/],
  ];
  it.each(bad)('%j is refused', (raw, message) => {
    expect(() => parseAnswers(x('vulnerability-exchange'), raw)).toThrow(Refusal);
    expect(refusedWith(() => parseAnswers(x('vulnerability-exchange'), raw))).toMatch(message);
  });
});

describe('newExercise', () => {
  it('stamps an exercise entry and drops empty answers', () => {
    expect(newExercise(x('vision-sharing'), { hopes: 'a home', dreams: '' }, '2026-11-19', { id: 'i', createdAt: 'c' })).toEqual({
      id: 'i', kind: 'exercise', date: '2026-11-19', createdAt: 'c', exercise: 'vision-sharing', answers: { hopes: 'a home' },
    });
  });
});
