// Every date trust accepts is one it can compute with: days from 1900-01-01
// to 9998-12-31 (a margin below year 10000, where one day after 9999-12-31
// would sort before it), and a report spans at most 200 years. Anything else
// is one clear line and exit 2, quickly, with the journal byte-for-byte unchanged.
import { describe, expect, it } from 'vitest';
import { snapshot, start, tempJournal, trust, type Run } from '../helpers/cli.js';

/** Runs trust, stopping it after `ms`: a hang is a failure, not a stuck suite. */
async function quick(args: string[], env: Record<string, string> = {}, ms = 8_000): Promise<Run & { ms: number }> {
  const began = Date.now();
  const { child, done } = start(args, { env });
  const timer = setTimeout(() => child.kill('SIGKILL'), ms);
  const r = await done;
  clearTimeout(timer);
  return { ...r, ms: Date.now() - began };
}

async function journal(): Promise<string> {
  const { file } = tempJournal();
  expect((await trust(['jar', 'add', 'kept a promise', '--file', file])).code).toBe(0);
  return file;
}

describe('dates out of reach: exit 2, one line, quickly', () => {
  it.each([
    ['report --until 9999-12-31', ['report', '--until', '9999-12-31'], {}, /--until/],
    ['report --since 9999-12-31 --until 9999-12-31', ['report', '--since', '9999-12-31', '--until', '9999-12-31'], {}, /--since/],
    ['report --week 9999-12-31', ['report', '--week', '9999-12-31'], {}, /--week/],
    ['report --since 1899-12-31', ['report', '--since', '1899-12-31'], {}, /--since/],
    ['report over 8000 years', ['report', '--since', '1900-01-01', '--until', '9998-12-31'], {}, /200 years/],
    ['report --json over 8000 years', ['report', '--json', '--since', '1900-01-01', '--until', '9998-12-31'], {}, /200 years/],
    ['list --until 9999-12-31', ['list', '--until', '9999-12-31'], {}, /--until/],
    ['list --since 0100-01-01', ['list', '--since', '0100-01-01'], {}, /--since/],
    ['export --since 1000-01-01', ['export', '--since', '1000-01-01'], {}, /--since/],
    ['share --week 9999-12-31', ['share', '--week', '9999-12-31'], {}, /--week/],
    ['log --date 1899-12-31', ['log', '--date', '1899-12-31', '--action', 'call'], {}, /--date/],
    ['jar add --date 0999-01-01', ['jar', 'add', 'x', '--date', '0999-01-01'], {}, /--date/],
    ['exercise --date 1800-01-01', ['exercise', 'temp', '--date', '1800-01-01', '--answer', 'puzzles=x'], {}, /--date/],
    ['TRUST_NOW=9999-12-31 report', ['report'], { TRUST_NOW: '9999-12-31' }, /TRUST_NOW/],
    ['TRUST_NOW=9999-12-31 jar add', ['jar', 'add', 'x'], { TRUST_NOW: '9999-12-31' }, /TRUST_NOW/],
    ['TRUST_NOW=1899-12-31T12:00 list', ['list'], { TRUST_NOW: '1899-12-31T12:00' }, /TRUST_NOW/],
    ['TRUST_NOW that is 9999-01-01 locally', ['report'], { TRUST_NOW: '9998-12-31T23:30:00-05:00', TZ: 'UTC' }, /TRUST_NOW/],
  ])('%s', async (_what, args, env, names) => {
    const file = await journal();
    const before = snapshot(file);
    const r = await quick([...args, '--file', file], env);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(names);
    expect(r.stderr).toMatch(/1900-01-01|200 years/);
    expect(snapshot(file)).toBe(before);
    expect(r.ms).toBeLessThan(5_000);
  });
});

describe('dates at the edges of reach work, and long reports end quickly', () => {
  it.each([
    ['report --since 1900-01-01 --until 1900-01-07', ['report', '--since', '1900-01-01', '--until', '1900-01-07', '--json'], {}],
    ['report --week 9998-12-31', ['report', '--week', '9998-12-31', '--json'], {}],
    ['report --until 9998-12-31', ['report', '--until', '9998-12-31', '--json'], {}],
    ['report over 200 years', ['report', '--since', '1900-01-01', '--until', '2099-12-31', '--json'], {}],
    ['TRUST_NOW=9998-12-31 report', ['report', '--json'], { TRUST_NOW: '9998-12-31' }],
    ['TRUST_NOW=1900-01-01 report', ['report', '--json'], { TRUST_NOW: '1900-01-01' }],
    ['log --date 1900-01-01', ['log', '--date', '1900-01-01', '--action', 'call', '--json'], {}],
  ])('%s', async (_what, args, env) => {
    const file = await journal();
    const r = await quick([...args, '--file', file], env, 20_000);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const printed = JSON.parse(r.stdout);
    if (args[0] === 'report') {
      expect(printed.period.from <= printed.period.to).toBe(true);
      expect(printed.daily).toHaveLength(printed.days.total);
      expect(printed.daily.at(-1).date).toBe(printed.period.to);
    }
    expect(r.ms).toBeLessThan(10_000);
  });
});
