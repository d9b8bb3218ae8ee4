// Every bad input: exit 2, one plain line on stderr naming the problem, the
// journal byte-for-byte as it was, nothing on stdout.
import { beforeAll, describe, expect, it } from 'vitest';
import { snapshot, tempJournal, trust } from '../helpers/cli.js';

let file: string;
let actionId: string;

beforeAll(async () => {
  file = tempJournal().file;
  actionId = (await trust(['log', '--thought', 'x', '--action', 'y', '--file', file])).stdout.trim();
  await trust(['log', '--gratitude', 'z', '--file', file]);
});

const cases: [string, string[], RegExp][] = [
  ['rating too high', ['log', '--action', 'a', '--belief', '101'], /--belief takes a whole number from 0 to 100, not "101"/],
  ['rating not a number', ['log', '--action', 'a', '--belief-after', 'lots'], /--belief-after .* not "lots"/],
  // A thought without an action is a valid half-record now (see test/e2e/record.test.ts).
  ['only a belief, nothing to believe', ['log', '--belief', '80'], /Nothing to log/],
  ['balanced belief too high', ['log', '--thought', 't', '--balanced', 'b', '--belief-balanced', '120'], /--belief-balanced takes a whole number from 0 to 100, not "120"/],
  ['balanced belief without a balanced thought', ['log', '--thought', 't', '--belief-balanced', '40'], /--belief-balanced rates .* add --balanced/],
  ['feeling after without a number', ['log', '--thought', 't', '--emotion-after', 'fear'], /--emotion-after takes name:intensity/],
  ['feeling after out of range', ['log', '--thought', 't', '--emotion-after', 'fear:101'], /--emotion-after takes a whole number/],
  ['prediction belief without a prediction', ['log', '--action', 'a', '--prediction-belief', '70'], /--prediction-belief rates .* add --prediction/],
  ['prediction belief not a number', ['log', '--action', 'a', '--prediction', 'p', '--prediction-belief', 'very'], /--prediction-belief takes a whole number/],
  ['unknown trap', ['log', '--action', 'a', '--trap', 'doom-thinking'], /--trap: "doom-thinking" is not one of/],
  ['unknown trust type', ['log', '--action', 'a', '--type', 'financial'], /--type: "financial" is not one of emotional/],
  ['unknown checklist item', ['log', '--checklist', 'hugs'], /--checklist: "hugs"/],
  ['bad emotion', ['log', '--action', 'a', '--emotion', 'fear'], /--emotion takes name:intensity/],
  ['emotion out of range', ['log', '--action', 'a', '--emotion', 'fear:200'], /--emotion takes a whole number/],
  ['bad date', ['log', '--action', 'a', '--date', '2026-02-30'], /--date takes a date as YYYY-MM-DD/],
  ['future date', ['log', '--action', 'a', '--date', '2026-11-21'], /is in the future/],
  ['four good things', ['log', '--gratitude', '1', '--gratitude', '2', '--gratitude', '3', '--gratitude', '4'], /at most 3/],
  ['nothing to log without a terminal', ['log'], /Nothing to log/],
  ['review unknown id', ['review', 'ffffffff', '--done', 'yes'], /No entry has an id starting with "ffffffff"/],
  ['review short id', ['review', 'abc', '--done', 'yes'], /at least 4 characters/],
  ['review bad done', ['review', '@ID', '--done', 'maybe'], /--done: "maybe" is not one of yes, partly, no/],
  ['review safety out of range', ['review', '@ID', '--done', 'yes', '--safety', '11'], /--safety takes a whole number from 0 to 10/],
  ['review bad came-true', ['review', '@ID', '--done', 'yes', '--came-true', 'kind of'], /--came-true/],
  ['review came-true when nothing was feared', ['review', '@ID', '--done', 'yes', '--came-true', 'no'], /had no fear written down/],
  ['review learned without done', ['review', '@ID', '--learned', 'it went fine'], /--done/],
  ['review flags without done', ['review', '@ID', '--outcome', 'fine'], /--done/],
  ['review without id or terminal', ['review'], /Give the id/],
  ['list bad kind', ['list', '--kind', 'diary'], /--kind: "diary"/],
  ['list bad since', ['list', '--since', 'last week'], /--since takes a date/],
  ['list since after until', ['list', '--since', '2026-11-10', '--until', '2026-11-01'], /--since 2026-11-10 is after --until 2026-11-01/],
  ['list bad count', ['list', '-n', 'ten'], /-n takes a whole number/],
  ['unknown option', ['log', '--mood', 'fine'], /unknown option '--mood'/],
  ['unknown command', ['journal'], /unknown command 'journal'/],
  ['show without id', ['show'], /missing required argument 'id'/],
];

describe('bad input', () => {
  it.each(cases)('%s → exit 2, file unchanged', async (_name, args, message) => {
    const before = snapshot(file);
    const r = await trust([...args.map((a) => (a === '@ID' ? actionId : a)), '--file', file]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr.trim().split('\n').length).toBeLessThanOrEqual(2);
    expect(r.stderr).not.toMatch(/\n\s+at /); // no stack trace
    expect(r.stdout).toBe('');
    expect(snapshot(file)).toBe(before);
  });

  it.each(['tomorrow', '2024-13-45', '2026-02-30', '2026-11-20T25:00', '2026-11-20T10:61', '20261120'])('TRUST_NOW=%s is bad usage too', async (now) => {
    const before = snapshot(file);
    const r = await trust(['log', '--action', 'a', '--file', file], { env: { TRUST_NOW: now } });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/TRUST_NOW must be an ISO date/);
    expect(snapshot(file)).toBe(before);
  });

  it.each([
    ['2026-11-20', '2026-11-20'],
    ['2026-11-20 23:30', '2026-11-20'],
    ['2026-11-20T23:59:59.5', '2026-11-20'],
  ])('TRUST_NOW=%s is the day %s', async (now, day) => {
    const { file: f } = tempJournal();
    const r = await trust(['log', '--gratitude', 'x', '--json', '--file', f], { env: { TRUST_NOW: now } });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).date).toBe(day);
  });

  it('TRUST_NOW sets the day and the time stamps', async () => {
    const { file: f } = tempJournal();
    const r = await trust(['log', '--gratitude', 'x', '--json', '--file', f], { env: { TRUST_NOW: '2026-03-29T01:30:00+01:00' } });
    expect(JSON.parse(r.stdout)).toMatchObject({ date: '2026-03-29', createdAt: '2026-03-29T00:30:00.000Z' });
  });
});

describe('colour', () => {
  it.each([
    [{ FORCE_COLOR: '1', NO_COLOR: undefined }, [], true],
    [{ FORCE_COLOR: '1', NO_COLOR: undefined }, ['--no-color'], false],
    [{ NO_COLOR: '1' }, [], false],
    [{ NO_COLOR: undefined }, [], false], // stdout is a pipe here
  ])('%j %j → colour %s', async (env, flags, coloured) => {
    const r = await trust(['list', ...flags, '--file', file], { env });
    expect(r.code).toBe(0);
    expect(r.stdout.includes('\u001b[')).toBe(coloured);
  });
});
