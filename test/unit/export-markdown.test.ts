import { describe, expect, it } from 'vitest';
import { mdText, toMarkdown } from '../../src/ui/export-markdown.js';
import type { Entry } from '../../src/domain/types.js';

const action: Entry = {
  id: 'a1', kind: 'log', date: '2026-11-16', createdAt: '2026-11-16T20:00:00.000Z',
  thought: 'They never tell me anything', types: ['emotional'], traps: ['overgeneralisation'],
  balanced: 'They told me about work on Monday', action: 'Ask about their day', behaviour: 'ask-directly', step: 1,
  checklist: ['check-in'], gratitude: ['Made tea'],
};
const reviewOfIt: Entry = {
  id: 'r1', kind: 'review', date: '2026-11-18', createdAt: '2026-11-18T20:00:00.000Z', ref: 'a1', done: 'yes', outcome: 'We talked for an hour',
};
const older: Entry = { id: 'o1', kind: 'log', date: '2026-11-01', createdAt: '2026-11-01T20:00:00.000Z', action: 'Keep my word about Friday' };
const reviewOfOlder: Entry = {
  id: 'r2', kind: 'review', date: '2026-11-17', createdAt: '2026-11-17T20:00:00.000Z', ref: 'o1', done: 'partly', cameTrue: 'no',
};
const marble: Entry = { id: 'j1', kind: 'jar', date: '2026-11-17', createdAt: '2026-11-17T21:00:00.000Z', change: 'add', text: 'Called when late', marbles: 1 };
const exercise: Entry = {
  id: 'x1', kind: 'exercise', date: '2026-11-18', createdAt: '2026-11-18T21:00:00.000Z', exercise: 'vulnerability-exchange', answers: { myShare: 'I fear being left' },
};

const all = [older, action, reviewOfOlder, marble, reviewOfIt, exercise];
const exported = [action, reviewOfOlder, marble, reviewOfIt, exercise];
const doc = toMarkdown(exported, all, { name: 'Jo', partner: 'Sam' }, '2026-11-20');
const lines = doc.split('\n');
const at = (text: string) => lines.findIndex((l) => l.includes(text));

describe('toMarkdown', () => {
  it('has a title, whose it is, the period and the count', () => {
    expect(lines[0]).toBe('# Trust journal');
    expect(doc).toContain('Jo, with Sam');
    expect(doc).toContain('2026-11-16 to 2026-11-18 · 5 entries');
  });

  it('groups entries under a heading a day, oldest first', () => {
    const days = lines.filter((l) => l.startsWith('## '));
    expect(days).toEqual(['## Monday 16 November 2026', '## Tuesday 17 November 2026', '## Wednesday 18 November 2026']);
    expect(at('Called when late')).toBeGreaterThan(at('## Tuesday'));
    expect(at('Called when late')).toBeLessThan(at('## Wednesday'));
  });

  it('contains every entry with labels from the catalogue', () => {
    for (const text of [
      'They never tell me anything', 'Emotional trust', 'Overgeneralising', 'They told me about work on Monday',
      'Ask about their day', 'Ask instead of assuming', 'Check in on feelings', 'Made tea', 'Good things Sam did',
      'Called when late', 'Vulnerability exchange', 'Write down one fear or regret', 'I fear being left',
    ]) {
      expect(doc).toContain(text);
    }
  });

  it('puts a review under its action when both are exported, not again on its own day', () => {
    const under = at('We talked for an hour');
    expect(under).toBeGreaterThan(at('**Action:** Ask about their day'));
    expect(under).toBeLessThan(at('## Tuesday'));
    expect(lines[under]?.startsWith('  - ')).toBe(true);
    expect(doc.match(/We talked for an hour/g)).toHaveLength(1);
  });

  it('names the action a review looks back on when the action is not exported', () => {
    expect(doc).toContain('### Looking back on “Keep my word about Friday” (2026-11-01)');
    expect(at('Looking back on “Keep my word')).toBeGreaterThan(at('## Tuesday'));
  });

  it('says so when nothing matches', () => {
    expect(toMarkdown([], all, {}, '2026-11-20')).toContain('No entries match.');
  });
});

describe('mdText', () => {
  const cases: [string, string][] = [
    ['plain words', 'plain words'],
    ['*not bold* and _not italic_', '\\*not bold\\* and \\_not italic\\_'],
    ['[a link](http://x)', '\\[a link\\](http://x)'],
    ['<script>', '\\<script\\>'],
    ['back\\slash `code`', 'back\\\\slash \\`code\\`'],
    ['first\nsecond', 'first  \n  second'],
    ['first\n# not a heading\n- not a list', 'first  \n  \\# not a heading  \n  \\- not a list'],
  ];
  it.each(cases)('%j', (input, output) => expect(mdText(input)).toBe(output));
});
