// The small things a newcomer meets in the first days, each through the
// real binary where it can be, or the command with scripted answers.
import { writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { offerSelfCheck } from '../../src/commands/self-check.js';
import type { Entry } from '../../src/domain/types.js';
import { sayRole } from '../../src/ui/messages-practice.js';
import { sayNewcomer } from '../../src/ui/messages-newcomer.js';
import { readJournal, snapshot, tempJournal, trust } from '../helpers/cli.js';
import { testContext } from '../helpers/context.js';
import { scripted } from '../helpers/prompter.js';
import { keys, ptyTrust } from '../helpers/pty.js';

function journal(entries: Entry[] = [], profile: Record<string, unknown> = {}): string {
  const { file } = tempJournal();
  writeFileSync(file, JSON.stringify({ schemaVersion: 1, profile, entries }), { mode: 0o600 });
  return file;
}

describe('an empty trust list', () => {
  it('says how to start when the journal is empty, and "No entries match" when only the filter is', async () => {
    const { file } = tempJournal();
    expect(await trust(['list', '--file', file])).toEqual({ code: 0, stdout: `${sayNewcomer.emptyJournal}\n`, stderr: '' });
    expect(sayNewcomer.emptyJournal).toContain('`trust log`');
    expect((await trust(['log', '--gratitude', 'tea', '--file', file])).code).toBe(0);
    expect((await trust(['list', '--kind', 'review', '--file', file])).stdout).toBe('No entries match.\n');
  });
});

describe('a broke-trust week of a review and two marbles', () => {
  it('is not "Nothing written this week"', async () => {
    const { file } = tempJournal();
    expect((await trust(['init', '--role', 'broke-trust', '--partner', 'Sam', '--file', file])).code).toBe(0);
    const id = (await trust(['log', '--date', '2026-11-05', '--action', 'Be home by six as promised', '--file', file])).stdout.trim();
    expect((await trust(['review', id, '--done', 'yes', '--file', file], { env: { TRUST_NOW: '2026-11-17' } })).code).toBe(0);
    for (const text of ['home by six', 'told the truth about the bill']) {
      expect((await trust(['jar', 'add', text, '--file', file], { env: { TRUST_NOW: '2026-11-18' } })).code).toBe(0);
    }
    const r = JSON.parse((await trust(['report', '--json', '--file', file])).stdout) as { notes: string[] };
    expect(r.notes[0]).not.toMatch(/Nothing written/);
    expect(r.notes[0]).toMatch(/came back to the journal 3 times/);
    expect(r.notes).not.toContain('A pause is allowed. When you are ready, one small step is enough to start again.');
  });

  it('a week with nothing at all still says so', async () => {
    const file = journal([{ id: 'x1', kind: 'jar', change: 'add', text: 'old', marbles: 1, date: '2026-11-01', createdAt: '2026-11-01T10:00:00Z' }]);
    const r = JSON.parse((await trust(['report', '--json', '--file', file])).stdout) as { notes: string[] };
    expect(r.notes[0]).toBe('Nothing written this week.');
  });
});

describe('the current streak in the report', () => {
  it('shows no loss after one missed day: no arrow beside "Days in a row now"', async () => {
    const dates = [...Array.from({ length: 9 }, (_, i) => `2026-10-${23 + i}`), ...Array.from({ length: 7 }, (_, i) => `2026-11-0${i + 1}`),
      ...['2026-11-08', '2026-11-09', '2026-11-10', '2026-11-11', '2026-11-12', '2026-11-13'], '2026-11-18', '2026-11-19', '2026-11-20'];
    const entries = dates.map((date, i): Entry => ({ id: `l${i}`, kind: 'log', date, createdAt: `${date}T10:00:00Z`, gratitude: ['tea'] }));
    const out = (await trust(['report', '--file', journal(entries)], { env: { COLUMNS: '120' } })).stdout;
    const row = out.split('\n').find((l) => l.includes('Days in a row now')) ?? '';
    expect(row).toMatch(/Days in a row now\s+3(\s|$)/);
    expect(row).not.toMatch(/Days in a row now\s+3\s+↓/);
    expect(out).toMatch(/Longest run\s+\d+/);
  });
});

describe('the self-check after a decline', () => {
  it('is not offered again for seven days, then is', async () => {
    const file = journal();
    const first = scripted([{ confirm: false }]);
    await offerSelfCheck(testContext({ prompter: first, file }).ctx);
    expect(first.asked).toHaveLength(1);
    expect(readJournal(file).profile).toEqual({ selfCheckDeclined: '2026-11-20' });
    expect(readJournal(file).entries).toEqual([]);

    const before = snapshot(file);
    const soon = scripted([]);
    await offerSelfCheck(testContext({ prompter: soon, file, now: '2026-11-26T12:00:00Z' }).ctx);
    expect(soon.asked).toEqual([]);
    expect(snapshot(file)).toBe(before);

    const later = scripted([{ confirm: false }]);
    await offerSelfCheck(testContext({ prompter: later, file, now: '2026-11-27T12:00:00Z' }).ctx);
    expect(later.asked).toHaveLength(1);
  });
});

describe('words for a draft and a stop', () => {
  const at = (local: string) => new Date(local).toISOString();
  it.each([
    ['today', '2026-12-01', at('2026-12-01T07:02:00'), 'You started an entry today at 07:02 and did not finish. Pick up where you left off?'],
    ['yesterday, for yesterday', '2026-11-30', at('2026-11-30T21:10:00'), 'You started an entry on Mon 30 Nov at 21:10 and did not finish. Pick up where you left off?'],
    ['yesterday, for today', '2026-12-01', at('2026-11-30T21:10:00'), 'You started an entry for today on Mon 30 Nov at 21:10 and did not finish. Pick up where you left off?'],
  ])('a draft started %s', (_, date, startedAt, want) => {
    expect(sayNewcomer.resumeDraft(date, startedAt, '2026-12-01')).toBe(want);
  });

  it('Ctrl-C says what is kept: the answers finished, not "what you typed"', () => {
    expect(sayNewcomer.stoppedDraftKept).toContain('the answers you finished are kept');
    expect(sayNewcomer.stoppedDraftKept).not.toContain('what you typed');
  });
});

describe('the marble question after good things', () => {
  it.each([
    ['hurt', 0, /^Anything trustworthy Sam did today that earns a marble\?/],
    ['hurt', 1, /^Did that good thing show Sam can be counted on\? Name it and it earns a marble/],
    ['hurt', 2, /^Did one of those good things show Sam can be counted on\?/],
    ['both', 2, /^Did one of those good things show either of you can be counted on\?/],
    ['broke-trust', 2, /^A moment today when you kept your word/],
  ] as const)('%s with %i good things', (role, good, want) => {
    expect(sayRole.marble(role, 'Sam', 0, good)).toMatch(want);
  });
});

describe('screen labels and flag ids', () => {
  it('the highlighted checklist choice names the id --checklist takes', { timeout: 60_000 }, async () => {
    const { file } = tempJournal();
    const run = await ptyTrust(['log', '--file', file], [{ wait: 'Today, did you' }, { wait: '(in a script: --checklist check-in)', send: keys.ctrlC }]);
    expect(run.stuck).toBeNull();
    expect(run.output).toContain('Check in on feelings');
    expect((await trust(['log', '--checklist', 'check-in', '--file', file])).code).toBe(0);
  });
});
