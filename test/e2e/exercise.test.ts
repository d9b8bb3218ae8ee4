import { writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readJournal, snapshot, tempJournal, trust, UUID } from '../helpers/cli.js';
import { expectRefused } from '../helpers/refusal.js';

const at = (file: string) => ['--file', file];

function existing(): string {
  const { file } = tempJournal();
  writeFileSync(file, JSON.stringify({ schemaVersion: 1, profile: { partner: 'Sam' }, entries: [] }), { mode: 0o600 });
  return file;
}

describe('trust exercise --list', () => {
  it('lists the nine exercises with their answer fields, without a terminal', async () => {
    const { file } = tempJournal();
    const r = await trust(['exercise', '--list', ...at(file)]);
    expect(r.code).toBe(0);
    for (const id of ['vulnerability-exchange', 'trust-fall-with-words', 'temperature-reading', 'accountability-check-in', 'vision-sharing']) {
      expect(r.stdout).toContain(id);
    }
    expect(r.stdout).toContain('answers: appreciations, newInformation, puzzles, complaintsWithRequests, hopesAndWishes');
    expect(snapshot(file)).toBeNull();
  });

  it('gives the list as JSON', async () => {
    const r = await trust(['exercise', '--list', '--json']);
    const list = JSON.parse(r.stdout);
    expect(list).toHaveLength(9);
    expect(list[0]).toEqual({
      id: 'vulnerability-exchange', title: 'Vulnerability exchange', goal: expect.any(String), minutes: 15, together: true, fields: ['myShare', 'howItFelt'],
    });
  });

  it('bare `trust exercise` without a terminal shows the list instead of waiting', async () => {
    const r = await trust(['exercise']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('daily-appreciation');
  });
});

describe('trust exercise <name> --answer', () => {
  it('saves the answers as an exercise entry and prints its id', async () => {
    const file = existing();
    const r = await trust(['exercise', 'vulnerability-exchange', '--answer', 'myShare=I am scared of being lied to again', '--answer', 'howItFelt=lighter', ...at(file)]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout.trim()).toMatch(UUID);
    expect(readJournal(file).entries).toEqual([{
      id: r.stdout.trim(), kind: 'exercise', date: '2026-11-20', createdAt: expect.any(String),
      exercise: 'vulnerability-exchange', answers: { myShare: 'I am scared of being lied to again', howItFelt: 'lighter' },
    }]);
  });

  it('accepts a unique start of the name, an earlier date, and prints JSON', async () => {
    const file = existing();
    const r = await trust(['exercise', 'temp', '--date', '2026-11-19', '--answer', 'puzzles=the late text', '--json', ...at(file)]);
    expect(r.code).toBe(0);
    const printed = JSON.parse(r.stdout);
    expect(printed).toMatchObject({ kind: 'exercise', exercise: 'temperature-reading', date: '2026-11-19', answers: { puzzles: 'the late text' } });
    expect(readJournal(file).entries).toEqual([printed]);
  });

  const bad: [string, string[], RegExp][] = [
    ['an unknown exercise', ['exercise', 'yoga', '--answer', 'a=b'], /No exercise called "yoga"\. Try one of: vulnerability-exchange, .*vision-sharing/],
    ['an unknown field', ['exercise', 'vision-sharing', '--answer', 'wishes=x'], /does not fit vision-sharing: .* hopes, dreams, fears, firstStep/],
    ['an answer without =', ['exercise', 'vision-sharing', '--answer', 'hopes'], /use field=text/],
    ['a field given twice', ['exercise', 'vision-sharing', '--answer', 'hopes=a', '--answer', 'hopes=b'], /given twice/],
    ['answers without a name', ['exercise', '--answer', 'hopes=a'], /--answer needs an exercise/],
    ['a future date', ['exercise', 'vision-sharing', '--date', '2026-12-01', '--answer', 'hopes=a'], /in the future/],
    ['no terminal and no answers', ['exercise', 'conflict-protocol'], /needs a terminal to guide you, or answers by flag: --answer field=text \(fields: issue, myNeed, agreement\)/],
  ];
  it.each(bad)('refuses %s: exit 2, one line, journal unchanged', (_, args, message) => expectRefused(existing(), args, message));
});
