import { writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { mode, readJournal, snapshot, tempJournal, trust, UUID } from '../helpers/cli.js';
import { expectRefused } from '../helpers/refusal.js';

const at = (file: string) => ['--file', file];

/** A journal with marbles over a few weeks, written directly. TRUST_NOW is 2026-11-20 (a Friday). */
function seeded(): string {
  const { file } = tempJournal();
  const jar = (id: number, date: string, change: 'add' | 'remove', text: string) =>
    ({ id: `00000000-0000-4000-8000-${String(id).padStart(12, '0')}`, kind: 'jar', date, createdAt: `${date}T12:00:00.000Z`, change, text, marbles: 1 });
  const entries = [
    jar(1, '2026-11-03', 'add', 'came home on time'),
    jar(2, '2026-11-04', 'add', 'called at lunch'),
    jar(3, '2026-11-05', 'remove', 'missed dinner'),
    jar(4, '2026-11-10', 'add', 'phone on the table'),
    jar(5, '2026-11-12', 'add', 'kept Friday free'),
    jar(6, '2026-11-17', 'add', 'told me about the meeting'),
    jar(7, '2026-11-19', 'add', 'fixed the tap as promised'),
  ];
  writeFileSync(file, JSON.stringify({ schemaVersion: 1, profile: {}, entries }), { mode: 0o600 });
  return file;
}

describe('trust jar add / remove', () => {
  it('adds a marble for today and prints its id', async () => {
    const { file } = tempJournal();
    const r = await trust(['jar', 'add', 'Called', 'when', 'running late', ...at(file)]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout.trim()).toMatch(UUID);
    const [entry] = readJournal(file).entries;
    expect(entry).toEqual({
      id: r.stdout.trim(), kind: 'jar', date: '2026-11-20', createdAt: expect.any(String),
      change: 'add', text: 'Called when running late', marbles: 1,
    });
    expect(mode(file)).toBe(0o600);
  });

  it('takes a marble out on an earlier day and prints the entry as JSON', async () => {
    const { file } = tempJournal();
    const r = await trust(['jar', 'remove', '--date', '2026-11-18', 'Said they would call', '--json', ...at(file)]);
    expect(r.code).toBe(0);
    const printed = JSON.parse(r.stdout);
    expect(printed).toMatchObject({ kind: 'jar', change: 'remove', date: '2026-11-18', text: 'Said they would call', marbles: 1 });
    expect(readJournal(file).entries).toEqual([printed]);
  });

  const bad: [string, string[], RegExp][] = [
    ['a future date', ['jar', 'add', '--date', '2026-11-21', 'x'], /--date 2026-11-21 is in the future/],
    ['a malformed date', ['jar', 'remove', '--date', '2026-02-30', 'x'], /--date takes a date/],
    ['blank text', ['jar', 'add', '   '], /Say what the marble is for/],
    ['no text at all', ['jar', 'remove'], /Say what the marble comes out for/],
  ];
  it.each(bad)('refuses %s: exit 2, one line, journal unchanged', (_, args, message) => expectRefused(seeded(), args, message));
});

describe('trust jar', () => {
  it('draws the jar, the balance against 5:1 in words, and a bar per week', async () => {
    const r = await trust(['jar', ...at(seeded())]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const out = r.stdout;
    expect(out).toContain('The marble jar');
    expect(out).toContain('6 marbles in, 1 out');
    expect(out).toContain('The jar holds 5 of 28');
    // Five marbles drawn inside the glass: one full row of four, one of one.
    expect(out.match(/│ ● ● ● ● │/g)).toHaveLength(1);
    expect(out.match(/│ ● {7}│/g)).toHaveLength(1);
    expect(out).toContain('That is 6 to 1: at or above the 5 to 1');
    expect(out).toMatch(/week of 2026-11-02 +●●○ +\+2 −1/);
    expect(out).toMatch(/week of 2026-11-09 +●● +\+2/);
    expect(out).toMatch(/week of 2026-11-16 +●● +\+2/);
    expect(out).not.toContain('week of 2026-10-26');
  });

  it('says plainly when the balance is below 5:1', async () => {
    const { file } = tempJournal();
    for (const args of [['add', 'a'], ['add', 'b'], ['remove', 'c']]) expect((await trust(['jar', ...args, ...at(file)])).code).toBe(0);
    const r = await trust(['jar', ...at(file)]);
    expect(r.stdout).toContain('That is 2 to 1. Steady couples tend to keep about 5 good moments for every hard one');
  });

  it('starts gently on an empty journal, without creating the file', async () => {
    const { file } = tempJournal();
    const r = await trust(['jar', ...at(file)]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Nothing in the jar yet');
    expect(r.stdout).not.toContain('Week by week');
    expect(snapshot(file)).toBeNull();
  });

  it('gives the numbers as one JSON document', async () => {
    const r = await trust(['jar', '--json', ...at(seeded())]);
    expect(r.code).toBe(0);
    const view = JSON.parse(r.stdout);
    expect(view).toMatchObject({
      window: { from: '2026-10-24', to: '2026-11-20' },
      recent: { added: 6, removed: 1, ratio: 6, balance: 'above' },
      total: { added: 6, removed: 1 },
      marbles: 5, capacity: 28, goal: 5,
    });
    expect(view.weeks).toEqual([
      { week: '2026-11-02', added: 2, removed: 1 },
      { week: '2026-11-09', added: 2, removed: 0 },
      { week: '2026-11-16', added: 2, removed: 0 },
    ]);
  });
});
