// Care on save, through the real binary: every command that saves an entry
// answers a signal of crisis or danger (or lasting distress) with a calm note
// on stderr, leaves stdout as it was (the id, or the JSON with `care` added),
// and saves the entry as written. Ordinary entries raise nothing.
import { existsSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readJournal, tempJournal, trust, UUID } from '../helpers/cli.js';

const DAY = '2026-11-20';

/** A journal holding one open action (with a feared prediction), dated the day before. */
function withAction(extra: Record<string, unknown>[] = [], profile: Record<string, unknown> = {}): string {
  const { file } = tempJournal();
  const action = {
    id: 'aaaaaaaa-0000-4000-8000-000000000001', kind: 'log', date: '2026-11-19', createdAt: '2026-11-19T20:00:00.000Z',
    thought: 'Jo does not care', action: 'Ask Jo to listen for ten minutes', prediction: 'Jo will walk off',
  };
  writeFileSync(file, JSON.stringify({ schemaVersion: 1, profile, entries: [action, ...extra] }), { mode: 0o600 });
  return file;
}
const ACTION = 'aaaaaaaa';

type Case = [name: string, args: (file: string) => string[], level: string, why: string, note: RegExp];
const cases: Case[] = [
  ['crisis words in a thought', () => ['log', '--thought', "I don't want to be alive anymore if Jo leaves", '--belief', '100', '--action', 'call my sister'], 'crisis', 'self-harm-words', /crisis line/],
  ['violence in a situation', () => ['log', '--situation', 'Jo hit me', '--checklist', 'repair'], 'danger', 'violence-words', /in danger now, call your local emergency number/],
  ['a review that felt very unsafe', () => ['review', ACTION, '--done', 'yes', '--safety', '1'], 'danger', 'unsafe-step', /Steps that test trust are paused/],
  ['a review that tells of being grabbed', () => ['review', ACTION, '--done', 'partly', '--outcome', 'Jo grabbed my arm and shouted'], 'danger', 'violence-words', /support for abuse at home/],
  ['a marble taken out for control', () => ['jar', 'remove', 'took my phone again'], 'danger', 'control-words', /trust safety/],
  ['an exercise answer of fear', () => ['exercise', 'vulnerability-exchange', '--answer', "myShare=I'm scared of him"], 'danger', 'fear-of-partner-words', /trust safety --safe/],
];

describe('care on save, scripted', () => {
  it.each(cases)('%s: calm note on stderr, the id on stdout, care in --json, the entry saved', async (_, args, level, why, note) => {
    const file = withAction();
    const plain = await trust([...args(file), '--file', file]);
    expect(plain.code).toBe(0);
    expect(plain.stdout).toMatch(new RegExp(`^${UUID.source.slice(1, -1)}\\n$`));
    expect(plain.stderr).toMatch(note);
    expect(plain.stderr.split('\n').filter(Boolean).length).toBeLessThanOrEqual(5);
    const id = plain.stdout.trim();
    expect(readJournal(file).entries.map((e) => e.id)).toContain(id);

    const again = withAction();
    const json = await trust([...args(again), '--file', again, '--json']);
    expect(json.code).toBe(0);
    expect(json.stderr).toMatch(note);
    const out = JSON.parse(json.stdout) as { id: string; care: { level: string; signals: { why: string; id: string; field?: string }[] } };
    expect(out.care.level).toBe(level);
    expect(out.care.signals[0]).toMatchObject({ level, why, id: out.id });
    // The person's words stay in the entry; the care object only names the field.
    const { care, ...entry } = out;
    expect(readJournal(again).entries.at(-1)).toEqual(entry);
    expect(JSON.stringify(care)).not.toMatch(/alive|hit me|grabbed|phone|scared/);
  });

  // No care note; what stderr holds instead is the journal answering back (the review: feared against what happened).
  const ordinary: [string, string[], string?][] = [
    ['log', ['log', '--situation', 'I hit the gym', '--thought', 'it hurt my feelings', '--action', 'killing time', '--belief', '90']],
    ['review', ['review', ACTION, '--done', 'yes', '--outcome', 'they controlled the remote', '--safety', '6', '--came-true', 'no'], 'What you feared did not happen. Worth remembering the next time that fear comes back.\n'],
    ['jar', ['jar', 'add', 'grabbed a coffee for me']],
    ['exercise', ['exercise', 'vulnerability-exchange', '--answer', "myShare=I'm dying to see the film"]],
  ];
  it.each(ordinary)('an ordinary %s raises nothing: no care note, no care key', async (_, args, answered = '') => {
    const file = withAction();
    const r = await trust([...args, '--file', file, '--json']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe(answered);
    expect(JSON.parse(r.stdout)).not.toHaveProperty('care');
  });

  it('while a concern is open, an ordinary save gets one quiet line and the concern in --json', async () => {
    const file = withAction([{ id: 'bbbbbbbb-0000-4000-8000-000000000002', kind: 'log', date: '2026-11-18', createdAt: '2026-11-18T20:00:00.000Z', situation: 'he choked me', checklist: ['repair'] }]);
    const r = await trust(['log', '--file', file, '--gratitude', 'made tea', '--json']);
    expect(r.stderr.trim()).toBe('Your safety still comes first. `trust safety` lists lines to call; `trust safety --safe` once you are safe.');
    expect(JSON.parse(r.stdout).care).toEqual({ level: 'danger', signals: [expect.objectContaining({ id: 'bbbbbbbb-0000-4000-8000-000000000002', date: '2026-11-18', field: 'situation' })] });
  });

  it('a third fear come true in four weeks is lasting distress, said once', async () => {
    const reviewed = (n: number) => ({ id: `cccccccc-0000-4000-8000-00000000000${n}`, kind: 'review', ref: 'action-gone', date: `2026-11-1${n}`, createdAt: `2026-11-1${n}T20:00:00.000Z`, done: 'yes', cameTrue: 'yes' });
    const file = withAction([reviewed(1), reviewed(5)]);
    const r = await trust(['review', ACTION, '--file', file, '--done', 'yes', '--came-true', 'yes', '--json']);
    expect(r.stderr).toMatch(/several of your fears have come true/);
    expect(r.stderr).toMatch(/counsellor or your doctor/);
    expect(JSON.parse(r.stdout).care).toMatchObject({ level: 'distress', signals: [{ why: 'fears-coming-true' }] });
  });

  it('a fear that came true is named as real, not as a trap', async () => {
    const file = withAction();
    const r = await trust(['review', ACTION, '--file', file, '--done', 'yes', '--came-true', 'yes', '--safety', '6']);
    expect(r.stdout.trim()).toMatch(UUID);
    // The care note says it plainly first; the journal's own line follows it, without a word about traps.
    expect(r.stderr.trim().split('\n')).toEqual([
      'What you feared did happen. That is not a thinking trap; it is something real, and it counts.',
      'That is hard for both of you; the next step can be a smaller one.',
    ]);
    expect(r.stderr).not.toMatch(/catastroph|fortune/i);
  });

  const shame: [string, string, string, boolean][] = [
    ['broke-trust', "I'm a terrible person", '90', true],
    ['broke-trust', "I'm a monster", '70', true],
    ['broke-trust', "I'm a terrible person", '50', false],
    ['hurt', "I'm a terrible person", '90', false],
  ];
  it.each(shame)('as %s, %j at belief %s: a line of self-compassion is %s', async (role, thought, belief, said) => {
    const file = withAction([], { role });
    const r = await trust(['log', '--file', file, '--thought', thought, '--belief', belief, '--action', 'say sorry plainly', '--json']);
    expect(r.code).toBe(0);
    expect(r.stderr.includes('about what you do next, not about being a bad person')).toBe(said);
    expect(JSON.parse(r.stdout)).not.toHaveProperty('care');
  });
});

describe('trust suggest', () => {
  const kinds = async (file: string, now = DAY) => {
    const r = await trust(['suggest', '--file', file, '--json'], { env: { TRUST_NOW: now } });
    expect(r.code).toBe(0);
    return (JSON.parse(r.stdout) as { kind: string }[]).map((s) => s.kind);
  };
  const hit = { id: 'dddddddd-0000-4000-8000-000000000004', kind: 'review', ref: 'action-gone', date: '2026-11-19', createdAt: '2026-11-19T21:00:00.000Z', done: 'yes', outcome: 'Jo hit me' };
  const safe = { id: 'eeeeeeee-0000-4000-8000-000000000005', kind: 'check', date: DAY, createdAt: `${DAY}T09:00:00.000Z`, signs: [], safe: true };

  it('offers growing steps on a calm journal', async () => {
    expect(new Set(await kinds(withAction()))).toEqual(new Set(['trust']));
  });
  it('pauses them while a concern is open: safety first, then self-care', async () => {
    const got = await kinds(withAction([hit]));
    expect(got[0]).toBe('safety');
    expect(got).toContain('self-care');
    expect(got).not.toContain('trust');
  });
  it('resumes after a safe check', async () => {
    expect(new Set(await kinds(withAction([hit, safe])))).toEqual(new Set(['trust']));
  });
  it('resumes after 14 days without a new signal', async () => {
    const file = withAction([hit]);
    expect(await kinds(file, '2026-12-02')).not.toContain('trust');
    expect(new Set(await kinds(file, '2026-12-03'))).toEqual(new Set(['trust']));
  });
  it('prints the steps as text, with the way back named', async () => {
    const file = withAction([hit]);
    const r = await trust(['suggest', '--file', file]);
    expect(r.stdout).toMatch(/^For now, steps for your safety and for yourself/);
    expect(r.stdout).toMatch(/safety plan/);
    expect(r.stdout).toMatch(/trust safety --safe/);
  });
});

describe('words that matter in a refused entry', () => {
  it.each([
    ['crisis', ['log', '--thought', "I don't want to be alive anymore", '--belief', '150'], 'crisis line'],
    ['danger', ['review', 'abcd', '--outcome', 'Jo grabbed my arm and shouted', '--done', 'maybe'], 'In danger now'.toLowerCase()],
  ])('%s: the error line first, then the calm note; nothing saved, exit 2', async (_level, args, says) => {
    const { file } = tempJournal();
    const r = await trust([...args, '--file', file]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    const lines = r.stderr.trim().split('\n');
    expect(lines[0]).toMatch(/^trust: /);
    expect(r.stderr.toLowerCase()).toContain(says);
    expect(r.stderr).toContain('trust safety');
    expect(existsSync(file)).toBe(false);
  });

  it('ordinary words in a refused entry get the one error line only', async () => {
    const { file } = tempJournal();
    const r = await trust(['log', '--thought', 'I hit the gym and it was killing me', '--belief', '150', '--file', file]);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });
});
