// A journal damaged by hand in its shape (valid JSON, wrong fields): every
// command refuses it on load with one clear line naming the entry and the
// field (exit 1, the file untouched), never "Something went wrong" or a
// blown stack, and never quoting what the person wrote.
import { writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { snapshot, tempJournal, trust } from '../helpers/cli.js';

const ID = '3f2a9c1e-0000-4000-8000-000000000001';
const log = { id: ID, kind: 'log', date: '2026-11-19', createdAt: '2026-11-19T20:00:00.000Z', thought: 'my private fear', action: 'Ask calmly', emotions: [{ name: 'fear', intensity: 60 }] };
const journal = (entries: unknown[], profile: unknown = { partner: 'Sam' }) =>
  `{"schemaVersion":1,"profile":${JSON.stringify(profile)},"entries":[\n${entries.map((e) => JSON.stringify(e)).join(',\n')}\n]}\n`;
const deep = (n: number) => `${'{"a":'.repeat(n)}1${'}'.repeat(n)}`;

// Each line: what is damaged, the file, what the first line of stderr says.
const DAMAGED: [string, string, RegExp][] = [
  ['emotions [null]', journal([log, { ...log, id: 'bbbbbbbb', emotions: [null] }]), /entry 2 \(bbbbbbbb\): item 1 of "emotions" is not an object/],
  ['an emotion without intensity', journal([{ ...log, emotions: [{ name: 'fear' }] }]), /entry 1 \(3f2a9c1e\): item 1 of "emotions" has no "intensity"/],
  ['the partner an object', journal([log], { partner: { name: 'Sam' } }), /"profile.partner" is not text/],
  ['a thought that is a number', journal([{ ...log, thought: 42 }]), /entry 1 \(3f2a9c1e\): "thought" is not text/],
  ['a kind nobody knows', journal([{ ...log, kind: 'mood' }]), /entry 1 \(3f2a9c1e\) is of a kind this trust does not know/],
  ['a review whose done is not an answer', journal([log, { id: 'cccccccc', kind: 'review', date: '2026-11-20', createdAt: '2026-11-20T20:00:00.000Z', ref: ID, done: 'maybe' }]), /entry 2 \(cccccccc\): "done" is not one this trust knows/],
  ['a profile 100,000 levels deep', `{"schemaVersion":1,"profile":${deep(100_000)},"entries":[]}\n`, /"profile" nests deeper than 32 levels/],
  ['an entry holding a field 100,000 levels deep', journal([{ ...log, later: 0 }]).replace('"later":0', `"later":${deep(100_000)}`), /entry 1 \(3f2a9c1e\) nests deeper than 32 levels/],
];

const COMMANDS = [['list'], ['export', '--format', 'markdown'], ['report', '--json', '--since', '2026-11-16'], ['log', '--checklist', 'repair'], ['show', '3f2a']];

describe.each(DAMAGED)('a journal with %s', (_what, content, why) => {
  it('is refused on load by reading and writing commands: exit 1, one clear line and a hint, the file untouched', async () => {
    const { file } = tempJournal();
    writeFileSync(file, content, { mode: 0o600 });
    const before = snapshot(file);
    const runs = await Promise.all(COMMANDS.map((args) => trust([...args, '--file', file])));
    runs.forEach((r, i) => {
      const cmd = COMMANDS[i]!.join(' ');
      expect(r.code, cmd).toBe(1);
      expect(r.stdout, cmd).toBe('');
      const lines = r.stderr.trim().split('\n');
      expect(lines, cmd).toHaveLength(2);
      expect(lines[0], cmd).toContain(`The journal ${file} is not in the expected shape:`);
      expect(lines[0], cmd).toMatch(why);
      expect(lines[1], cmd).toMatch(/^trust: Nothing was changed\./);
      expect(r.stderr, cmd).not.toMatch(/Something went wrong|call stack|private fear|\n\s+at /);
    });
    expect(snapshot(file)).toBe(before);
  });
});

describe('a journal with fields this trust does not know', () => {
  it('is read and written with them kept, as a newer trust wrote them', async () => {
    const { file } = tempJournal();
    const newer = { ...log, beliefBalanced: 35, learned: 'asking works' };
    writeFileSync(file, journal([newer], { partner: 'Sam', country: 'NZ' }), { mode: 0o600 });
    const shown = await trust(['list', '--json', '--file', file]);
    expect(shown.code).toBe(0);
    expect(JSON.parse(shown.stdout)).toEqual([newer]);
    expect((await trust(['log', '--checklist', 'repair', '--file', file])).code).toBe(0);
    const saved = JSON.parse(snapshot(file) ?? '');
    expect(saved.entries[0]).toEqual(newer);
    expect(saved.profile).toEqual({ partner: 'Sam', country: 'NZ' });
  });
});
