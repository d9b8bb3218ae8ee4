import { describe, expect, it } from 'vitest';
import { current } from '../../src/domain/corrections.js';
import { mergeJournals } from '../../src/domain/merge.js';
import { emptyJournal, type EditEntry, type Entry, type LogEntry } from '../../src/domain/types.js';

const log: LogEntry = { id: 'L1', kind: 'log', date: '2026-11-16', createdAt: '2026-11-16T20:00:00Z', thought: 'first', belief: 80 };
const edit = (id: string, createdAt: string, fields: EditEntry['fields'], ref = 'L1'): EditEntry =>
  ({ id, kind: 'edit', date: '2026-11-16', createdAt, ref, fields });

describe('current', () => {
  const cases: [string, Entry[], Partial<LogEntry> & { edited?: string }][] = [
    ['no corrections: as written, unmarked', [log], { thought: 'first', belief: 80 }],
    ['one correction', [log, edit('E1', '2026-11-17T10:00:00Z', { thought: 'second' })], { thought: 'second', belief: 80, edited: '2026-11-17T10:00:00Z' }],
    ['the later of two wins, whatever the order in the file', [log, edit('E2', '2026-11-18T10:00:00Z', { thought: 'late' }), edit('E1', '2026-11-17T10:00:00Z', { thought: 'early', belief: 50 })], { thought: 'late', belief: 50, edited: '2026-11-18T10:00:00Z' }],
    ['a correction of another entry changes nothing here', [log, edit('E1', '2026-11-17T10:00:00Z', { thought: 'x' }, 'L2')], { thought: 'first' }],
  ];
  it.each(cases)('%s', (_name, entries, want) => {
    const now = current(entries);
    expect(now).toHaveLength(1); // the corrections themselves are not entries to read
    expect(now[0]).toEqual({ ...log, ...want });
  });

  it('two copies that each corrected the same field agree once merged, either way round', () => {
    const ours = { ...emptyJournal(), entries: [log, edit('E1', '2026-11-17T10:00:00Z', { thought: 'ours' })] };
    const theirs = { ...emptyJournal(), entries: [log, edit('E2', '2026-11-17T11:00:00Z', { thought: 'theirs' })] };
    const a = current(mergeJournals(ours, theirs).journal.entries);
    const b = current(mergeJournals(theirs, ours).journal.entries);
    expect(a).toEqual(b);
    expect(a[0]).toMatchObject({ thought: 'theirs' });
  });
});
