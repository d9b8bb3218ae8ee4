// `trust safety`, end to end: help comes at once, whatever state the journal
// is in, and nothing is written; `--safe` records a check entry; `init`
// sets the country and the person's own lines.
import { writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readJournal, snapshot, tempJournal, trust, UUID } from '../helpers/cli.js';
import { expectRefused } from '../helpers/refusal.js';
import { filesIn, ok, on, PASS, privateJournal } from './crypt-helpers.js';

const GENERAL = ['If you are in danger right now, call your local emergency number.', 'findahelpline.com', 'Or your local emergency number'];

/** A journal in one state or another, and the line that says why the general lines are shown. */
const states: [string, (file: string) => Promise<void>, string][] = [
  ['no journal', async () => undefined, 'set your country: trust init --country'],
  ['garbage bytes', async (file) => writeFileSync(file, Buffer.from([0x00, 0xff, 0xfe, 0x13, 0x37, 0x7b])), 'could not be read just now'],
  ['the wrong shape', async (file) => writeFileSync(file, '{"schemaVersion":1,"profile":[],"entries":{}}'), 'could not be read just now'],
  ['encrypted, no passphrase', async (file) => {
    await ok(on(file, ['init', '--country', 'GB']));
    await ok(on(file, ['encrypt'], { env: PASS }));
  }, 'could not be read without the passphrase'],
];

describe('trust safety', () => {
  it.each(states)('with %s: the general lines on stdout, exit 0, nothing written', async (_, make, why) => {
    const { dir, file } = tempJournal();
    await make(file);
    const before = filesIn(dir);
    const r = await on(file, ['safety']);
    expect(r).toMatchObject({ code: 0, stderr: '' });
    for (const text of [...GENERAL, why]) expect(r.stdout).toContain(text);
    expect(r.stdout).not.toContain('999');
    expect(filesIn(dir)).toEqual(before);
  });

  it.each(states)('with %s: --json says so, in one document', async (_, make) => {
    const { file } = tempJournal();
    await make(file);
    const r = await on(file, ['safety', '--json']);
    expect(r).toMatchObject({ code: 0, stderr: '' });
    const out = JSON.parse(r.stdout);
    expect(Object.keys(out)).toEqual(['country', 'lines', 'own', 'journal']);
    expect(out.country).toBeNull();
    expect(out.lines.map((l: { for: string }) => l.for)).toEqual(['emergency', 'crisis', 'abuse']);
    expect(out.lines[0]).toEqual({ for: 'emergency', name: expect.any(String), contact: 'your local emergency number' });
  });

  it('answers even when TRUST_NOW is unusable (the clock is not needed to ask for help)', async () => {
    const { file } = tempJournal();
    const r = await on(file, ['safety'], { env: { TRUST_NOW: 'not a date' } });
    expect(r).toMatchObject({ code: 0, stderr: '' });
    for (const text of GENERAL) expect(r.stdout).toContain(text);
  });

  it('shows the lines of the country set with init, and the person\'s own', async () => {
    const { file } = tempJournal();
    await ok(on(file, ['init', '--country', 'us', '--helpline', 'My sister: 555 0100', '--helpline', 'Dr Lee: 555 0199']));
    // The same line again is not added twice; a new one is added after the others.
    await ok(on(file, ['init', '--helpline', 'My sister: 555 0100', '--helpline', 'Refuge worker: 555 0142']));
    expect(readJournal(file).profile).toEqual({
      country: 'US',
      helplines: [{ name: 'My sister', contact: '555 0100' }, { name: 'Dr Lee', contact: '555 0199' }, { name: 'Refuge worker', contact: '555 0142' }],
    });
    const before = snapshot(file);
    const r = await on(file, ['safety']);
    expect(r).toMatchObject({ code: 0, stderr: '' });
    const lines = r.stdout.split('\n');
    expect(lines[0]).toBe('If you are in danger right now, call 911.');
    for (const text of ['911', 'call or text 988', '1-800-799-7233, or text START to 88788', 'My sister: 555 0100', 'Refuge worker: 555 0142', 'Or your local emergency number']) {
      expect(r.stdout).toContain(text);
    }
    expect(r.stdout).not.toContain('set your country');
    expect(snapshot(file)).toBe(before);

    const json = JSON.parse((await on(file, ['safety', '--json'])).stdout);
    expect(json).toMatchObject({ country: 'US', journal: 'read', own: [{ name: 'My sister', contact: '555 0100' }, expect.anything(), expect.anything()] });
    expect(json.lines).toEqual([
      { for: 'emergency', name: 'Emergency services', contact: '911' },
      { for: 'crisis', name: '988 Suicide & Crisis Lifeline', contact: 'call or text 988' },
      { for: 'abuse', name: 'National Domestic Violence Hotline', contact: '1-800-799-7233, or text START to 88788' },
    ]);
  });

  it('fills in the general lines for a country with none stored, and says so', async () => {
    const { file } = tempJournal();
    const init = await on(file, ['init', '--country', 'JP']);
    expect(init.stdout).toContain('No help lines are stored for JP yet');
    const r = await on(file, ['safety']);
    expect(r.stdout).toContain('No numbers are stored for JP yet');
    expect(r.stdout).toContain(GENERAL[0]);
  });

  it('reads the country of an encrypted journal when TRUST_PASSPHRASE is given', async () => {
    const { file } = await privateJournal();
    await ok(on(file, ['init', '--country', 'AU']));
    await ok(on(file, ['encrypt'], { env: PASS }));
    const r = await ok(on(file, ['safety'], { env: { TRUST_PASSPHRASE: PASS.TRUST_PASSPHRASE } }));
    expect(r.stdout).toContain('call 000');
    expect(r.stdout).toContain('1800RESPECT: 1800 737 732');
    const wrong = await ok(on(file, ['safety'], { env: { TRUST_PASSPHRASE: 'not the one' } }));
    expect(wrong.stdout).toContain('could not be read without the passphrase');
  });
});

describe('trust safety --safe', () => {
  it('appends a check entry that says the person is safe, and says a warm word', async () => {
    const { file } = tempJournal();
    await ok(on(file, ['log', '--checklist', 'repair']));
    const r = await ok(on(file, ['safety', '--safe']));
    expect(r.stdout).toMatch(/safe now/);
    const { entries } = readJournal(file);
    expect(entries).toHaveLength(2);
    expect(entries[1]).toEqual({ id: expect.stringMatching(UUID), kind: 'check', date: '2026-11-20', createdAt: expect.any(String), signs: [], safe: true });
  });

  it('prints the entry with --json', async () => {
    const { file } = tempJournal();
    const r = await ok(on(file, ['safety', '--safe', '--json'], { env: { TRUST_NOW: '2026-11-18T21:30:00Z' } }));
    const printed = JSON.parse(r.stdout);
    expect(printed).toEqual({ id: expect.stringMatching(UUID), kind: 'check', date: '2026-11-18', createdAt: '2026-11-18T21:30:00.000Z', signs: [], safe: true });
    expect(readJournal(file).entries).toEqual([printed]);
  });
});

describe('trust init --country and --helpline', () => {
  const bad: [string, string[], RegExp][] = [
    ['three letters', ['--country', 'ZZZ'], /--country takes a two-letter country code .*"ZZZ"/],
    ['a digit', ['--country', 'G1'], /--country takes a two-letter/],
    ['an empty country', ['--country', ' '], /--country takes a two-letter/],
    ['a help line without a colon', ['--helpline', 'my sister 555'], /--helpline takes "name: contact"/],
    ['a help line without a name', ['--helpline', ': 555 0100'], /--helpline takes "name: contact"/],
    ['a help line without a contact', ['--helpline', 'My sister:'], /--helpline takes "name: contact"/],
    ['a bad country next to good flags', ['--name', 'Alex', '--country', 'Britain'], /--country/],
  ];
  it.each(bad)('refuses %s: exit 2, one line, journal unchanged', async (_, flags, message) => {
    const { file } = tempJournal();
    await ok(on(file, ['init', '--country', 'IE']));
    await expectRefused(file, ['init', ...flags], message);
  });

  it('stores the code upper-case, and UK as GB', async () => {
    const { file } = tempJournal();
    const r = await trust(['init', '--country', 'uk', '--json', '--file', file]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).profile).toEqual({ country: 'GB' });
  });
});

describe('trust --help', () => {
  it('says near the top that it is not therapy, and where to turn in danger', async () => {
    const r = await trust(['--help']);
    expect(r.code).toBe(0);
    const top = r.stdout.slice(0, r.stdout.indexOf('Options:')).replace(/\s+/g, ' ');
    expect(top).toContain('it is not therapy');
    expect(top).toContain('In danger or in crisis: `trust safety` shows who to call');
    expect(r.stdout).toMatch(/\n {2}safety\b/);
  });
});
