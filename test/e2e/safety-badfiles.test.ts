// A journal that is damaged, cut short, the wrong shape or from a newer trust:
// every command stops with exit 1, touches nothing, and names the file and
// the way out. An empty file is a new journal.
import { readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readJournal, snapshot, tempDir, tempJournal, trust } from '../helpers/cli.js';

const GOOD = '{"schemaVersion":1,"profile":{},"entries":[\n{"id":"3f2a9c1e-0000-4000-8000-000000000001","kind":"log","date":"2026-11-19","createdAt":"2026-11-19T20:00:00.000Z","action":"text first","thought":"x"}\n]}\n';

const BAD: [string, string | Buffer, RegExp][] = [
  ['damaged', '{"schemaVersion":1,"profile":{},"entries":[{"id":"3f2a"oops', /is damaged: it is not valid JSON \(it goes wrong at line 1, column 56\)/],
  ['cut short', GOOD.slice(0, GOOD.length - 8), /is damaged: it is not valid JSON \(it stops short, as if cut off\)/],
  ['binary noise', Buffer.from([0x00, 0xff, 0x13, 0x1b, 0x5b, 0x32, 0x4a]), /is damaged: it is neither JSON text nor an encrypted trust journal/],
  ['control characters', '\u0000\u0013\u001b[2J', /is damaged: it is not valid JSON \(it holds something other than JSON\)/],
  ['private words, not JSON', 'my partner lied about the trip', /is damaged: it is not valid JSON/],
  ['a list, not a journal', '[1,2,3]', /not in the expected shape: the top level is not an object/],
  ['entries that are not a list', '{"schemaVersion":1,"profile":{},"entries":{"a":1}}', /not in the expected shape: "entries" is not a list/],
  ['an entry without an id', '{"schemaVersion":1,"profile":{},"entries":[{"kind":"log","date":"2026-11-19","createdAt":"x"}]}', /entry 1 has no "id"/],
  ['a future schemaVersion', '{"schemaVersion":7,"profile":{},"entries":[]}', /written by a newer trust \(schema 7/],
];

// A good journal elsewhere, to import from.
const OTHER = join(tempDir(), 'other.json');
writeFileSync(OTHER, GOOD);

// Every command that reads the journal, tried on one damaged file; each kind of
// bad file is tried with a reading and a writing command (the parse is shared).
const EVERY: string[][] = [
  ['log', '--checklist', 'check-in'],
  ['log', '--thought', 'x', '--action', 'y', '--json'],
  ['list'],
  ['list', '--json'],
  ['show', '3f2a'],
  ['review', '3f2a', '--done', 'yes'],
  ['delete', '3f2a', '--yes'],
  ['report', '--json'],
  ['jar'],
  ['jar', 'add', 'kept their word'],
  ['export', '--format', 'csv'],
  ['share', '--week', '2026-11-16'],
  ['init', '--role', 'hurt'],
  ['exercise', 'daily-appreciation', '--answer', 'appreciationOne=tea', '--answer', 'appreciationTwo=a walk'],
  ['remind'],
  ['import', OTHER],
  ['encrypt'],
  ['decrypt'],
];
const SOME = [EVERY[0]!, EVERY[2]!];

async function refusesAll(content: string | Buffer, why: RegExp, commands: string[][]): Promise<void> {
  const { file } = tempJournal();
  writeFileSync(file, content, { mode: 0o600 });
  const before = snapshot(file);
  // TRUST_PASSPHRASE: encrypt and decrypt must fail on the file, not on a missing passphrase.
  const env = { TRUST_PASSPHRASE: 'not needed', TRUST_KDF_COST: '10' };
  const runs = await Promise.all(commands.map((args) => trust([...args, '--file', file], { env })));
  runs.forEach((r, i) => {
    const cmd = commands[i]!.join(' ');
    expect(r.code, cmd).toBe(1);
    expect(r.stdout, cmd).toBe('');
    const lines = r.stderr.trim().split('\n');
    expect(lines.length, cmd).toBeLessThanOrEqual(2);
    expect(lines[0], cmd).toContain(file);
    expect(lines[0], cmd).toMatch(why);
    expect(lines[1], cmd).toMatch(/Nothing was changed\. .*(trust doctor|Update trust)/);
    expect(r.stderr, cmd).not.toMatch(/\n\s+at /); // no stack trace
    // Nothing of the (private) file is quoted, and no control characters reach the terminal.
    expect(r.stderr, cmd).not.toMatch(/lied|oops|[\x00-\x09\x0b-\x1f]/);
  });
  expect(snapshot(file)).toBe(before);
  expect(readdirSync(dirname(file))).toEqual(['journal.json']);
}

it('every command refuses a damaged journal: exit 1, one message naming the file and the way out, the file untouched', async () => {
  const [, content, why] = BAD[0]!;
  await refusesAll(content, why, EVERY);
});

describe.each(BAD)('a journal that is %s', (_what, content, why) => {
  it('stops reading and writing commands alike, with exit 1, the file named and untouched', async () => {
    await refusesAll(content, why, SOME);
  });
});

describe('an empty journal file', () => {
  it('is a new journal: reading shows nothing, the first entry is saved into it', async () => {
    const { file } = tempJournal();
    writeFileSync(file, '', { mode: 0o600 });
    const list = await trust(['list', '--json', '--file', file]);
    expect(list.code).toBe(0);
    expect(JSON.parse(list.stdout)).toEqual([]);
    const log = await trust(['log', '--checklist', 'repair', '--file', file]);
    expect(log.code).toBe(0);
    expect(readJournal(file).entries).toHaveLength(1);
  });
});

describe('a journal gone missing while its backups remain', () => {
  it('is not silently started afresh: exit 1, pointing at doctor --restore', async () => {
    const { file } = tempJournal();
    await trust(['log', '--checklist', 'repair', '--file', file]);
    await trust(['log', '--checklist', 'privacy', '--file', file]);
    writeFileSync(file, '');
    const r = await trust(['log', '--checklist', 'check-in', '--file', file]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`The journal ${file} is empty, but its backups are still there.`);
    expect(r.stderr).toContain('trust doctor --restore');
    expect(snapshot(file)).toBe('');
  });
});
