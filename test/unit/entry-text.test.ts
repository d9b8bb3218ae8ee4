import { describe, expect, it } from 'vitest';
import { summary } from '../../src/ui/entry-text.js';
import type { Entry } from '../../src/domain/types.js';

const base = { id: 'aaaaaaaa-0000-4000-8000-000000000001', date: '2026-11-20', createdAt: '2026-11-20T12:00:00.000Z' };

describe('list summary', () => {
  it.each([
    [{ kind: 'log', thought: 'They will leave', action: 'Ask directly' }, 'They will leave → Ask directly'],
    [{ kind: 'log', action: 'Ask directly', checklist: ['repair'] }, '→ Ask directly'],
    [{ kind: 'log', checklist: ['repair', 'privacy'], gratitude: ['tea'] }, 'checklist 2/6, 1 good thing'],
    [{ kind: 'log', gratitude: ['tea', 'a hug'] }, '2 good things'],
    [{ kind: 'review', ref: 'x', done: 'partly', cameTrue: 'no', outcome: 'Went fine' }, 'partly, fear came true: no — Went fine'],
    [{ kind: 'jar', change: 'remove', text: 'Missed dinner', marbles: 1 }, '−1 Missed dinner'],
  ])('%j', (fields, want) => expect(summary({ ...base, ...fields } as Entry)).toBe(want));
});
