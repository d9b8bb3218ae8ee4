// The benchmark's journal generator: the same bytes every run, entries the
// store accepts, and the relations a real journal has (reviews after their
// actions, one review per action, nothing after the end date).
import { describe, expect, it } from 'vitest';
import { END, merged, rng, serialize, tenYears } from '../../bench/generate.js';
import { daysBetween } from '../../src/domain/dates.js';
import type { Entry, LogEntry } from '../../src/domain/types.js';
import { parseJournal } from '../../src/storage/schema.js';

const ten = tenYears();
const text = serialize(ten);

function relations(entries: Entry[]) {
  const logs = new Map<string, { log: LogEntry; index: number }>();
  const reviewed = new Set<string>();
  const problems: string[] = [];
  entries.forEach((e, index) => {
    if (e.kind === 'log') logs.set(e.id, { log: e, index });
    if (e.kind !== 'review') return;
    const target = logs.get(e.ref);
    if (!target) problems.push(`review ${e.id} comes before or without its log`);
    else if (!target.log.action) problems.push(`review ${e.id} reviews a log without an action`);
    else if (e.cameTrue !== undefined && target.log.prediction === undefined) problems.push(`review ${e.id} answers a prediction nobody made`);
    else {
      const days = daysBetween(target.log.date, e.date);
      if (days < 1 || days > 2) problems.push(`review ${e.id} is ${days} days after its log`);
    }
    if (reviewed.has(e.ref)) problems.push(`action ${e.ref} reviewed twice`);
    reviewed.add(e.ref);
  });
  return { logs, reviewed, problems };
}

describe('bench/generate', () => {
  it('is deterministic: the same seed gives the same bytes, another seed other bytes', () => {
    const two = serialize(tenYears({ years: 2 }));
    expect(serialize(tenYears({ years: 2 }))).toBe(two);
    expect(serialize(tenYears({ years: 2, seed: 2 }))).not.toBe(two);
    const a = rng(42);
    const b = rng(42);
    expect(Array.from({ length: 5 }, () => a.next())).toEqual(Array.from({ length: 5 }, () => b.next()));
  });

  it('writes ten years of daily use, about 7,300 entries, ending on the fixed end date', () => {
    expect(ten.entries.length).toBeGreaterThan(6_500);
    expect(ten.entries.length).toBeLessThan(8_000);
    const dates = ten.entries.map((e) => e.date);
    expect(dates[0]).toBe('2016-11-21');
    expect(dates.at(-1)).toBe(END);
    expect([...dates].sort()).toEqual(dates); // appended in time order
    const createdAt = ten.entries.map((e) => e.createdAt);
    expect([...createdAt].sort()).toEqual(createdAt);
  });

  it('is a journal the store accepts, one entry a line, with every kind of entry', () => {
    const back = parseJournal(text, 'generated.json');
    expect(back).toEqual(ten);
    expect(text.split('\n')).toHaveLength(ten.entries.length + 3);
    const kinds = new Set(ten.entries.map((e) => e.kind));
    expect([...kinds].sort()).toEqual(['check', 'exercise', 'jar', 'log', 'review']);
    expect(new Set(ten.entries.map((e) => e.id)).size).toBe(ten.entries.length);
    for (const e of ten.entries) expect(e.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it('reviews each action once, a day or two after it, and leaves some open', () => {
    const { logs, reviewed, problems } = relations(ten.entries);
    expect(problems).toEqual([]);
    const actions = [...logs.values()].filter(({ log }) => log.action).length;
    expect(reviewed.size).toBeGreaterThan(actions * 0.8);
    expect(reviewed.size).toBeLessThan(actions);
  });

  it('merges several people into exactly the asked number of entries, without breaking a review', () => {
    const big = merged(2_000, { years: 1 });
    expect(big.entries).toHaveLength(2_000);
    expect(relations(big.entries).problems).toEqual([]);
    expect(big.entries.at(-1)?.date).toBe(END);
    expect(serialize(merged(2_000, { years: 1 }))).toBe(serialize(big));
  });
});
