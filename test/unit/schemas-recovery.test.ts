// The shapes on disk of the kinds after an affair: trigger, request,
// request-met, request-drop, and the profile's requestMarbles.
import { describe, expect, it } from 'vitest';
import { checkEntry, checkJournal } from '../../src/storage/schemas.js';

const ID = '3f2a9c1e-0000-4000-8000-000000000001';
const REF = '7b1c0d2e-0000-4000-8000-000000000002';
const at = { id: ID, date: '2026-11-19', createdAt: '2026-11-19T20:00:00.000Z' };
const trigger = { ...at, kind: 'trigger', strength: 6 };
const request = { ...at, kind: 'request', text: 'Text me when you leave work' };
const met = { ...at, kind: 'request-met', ref: REF, text: 'Text me when you leave work' };
const drop = { ...at, kind: 'request-drop', ref: REF };

describe('entries after an affair', () => {
  it.each([
    ['a trigger with a strength only', trigger],
    ['a trigger with every field', { ...trigger, strength: 0, what: 'our song', helped: 'a walk', reassured: 'partly' }],
    ['a request', request],
    ['a costly request', { ...request, cost: 'high' }],
    ['a request met', met],
    ['a request met with a note', { ...met, note: 'before six' }],
    ['a request set aside', drop],
  ])('accepts %s', (_, e) => expect(checkEntry(e, 1)).toBeUndefined());

  it.each([
    ['a trigger without a strength', { ...trigger, strength: undefined }, 'strength', 'missing'],
    ['a strength of 11', { ...trigger, strength: 11 }, 'strength', 'rating-10'],
    ['a strength of 4.5', { ...trigger, strength: 4.5 }, 'strength', 'rating-10'],
    ['a trigger reassured "maybe"', { ...trigger, reassured: 'maybe' }, 'reassured', 'known'],
    ['what set it off as a number', { ...trigger, what: 7 }, 'what', 'text'],
    ['a request without words', { ...request, text: undefined }, 'text', 'missing'],
    ['a cost "medium"', { ...request, cost: 'medium' }, 'cost', 'known'],
    ['a request met without a ref', { ...met, ref: undefined }, 'ref', 'missing'],
    ['a request met without its words', { ...met, text: undefined }, 'text', 'missing'],
    ['a note that is a list', { ...met, note: ['x'] }, 'note', 'text'],
    ['a set-aside with a stray ref', { ...drop, ref: 'x' }, 'ref', 'id'],
  ])('refuses %s', (_, e, field, rule) => expect(checkEntry(e, 1)).toEqual({ entry: 1, id: ID, field, rule }));

  it('a profile remembers whether a met request adds a marble, as true or false only', () => {
    const head = { schemaVersion: 1, entries: [] };
    expect(checkJournal({ ...head, profile: { requestMarbles: false } })).toBeUndefined();
    expect(checkJournal({ ...head, profile: { requestMarbles: 'yes' } })).toEqual({ field: 'profile.requestMarbles', rule: 'flag' });
  });
});
