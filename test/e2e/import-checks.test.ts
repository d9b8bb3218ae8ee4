// `trust import` checks the other file whole before merging anything: a file
// that is not a journal, or holds one bad entry, is invalid input (exit 2,
// one line naming the entry and the field, our journal byte-for-byte as it
// was). An import that would remove many of our entries asks first.
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writtenPath } from '../../src/storage/paths.js';
import { readJournal, snapshot, tempJournal, trust } from '../helpers/cli.js';
import { keys, ptyTrust } from '../helpers/pty.js';
import { expectRefused } from '../helpers/refusal.js';

const ID = '3f2a9c1e-0000-4000-8000-000000000001';
const log = { id: ID, kind: 'log', date: '2026-11-19', createdAt: '2026-11-19T20:00:00.000Z', thought: 'my secret fear', action: 'Ask calmly' };
const journalWith = (entries: unknown[], extra: Record<string, unknown> = {}) =>
  JSON.stringify({ schemaVersion: 1, profile: {}, ...extra, entries });
const deep = (n: number) => `${'{"a":'.repeat(n)}1${'}'.repeat(n)}`;

// Each line: what is wrong, the other file's content, what stderr says.
const BAD: [string, string, RegExp][] = [
  ['not JSON', '{"schemaVersion":1,', /cannot be imported: it is not valid JSON \(it stops short/],
  ['a list, not a journal', '[1,2]', /cannot be imported: the top level is not an object/],
  ['entries not a list', '{"schemaVersion":1,"profile":{},"entries":{}}', /"entries" is not a list/],
  ['an entry without an id', journalWith([{ ...log, id: undefined }]), /entry 1 has no "id"/],
  ['an id "x"', journalWith([{ ...log, id: 'x' }]), /entry 1: "id" is not an entry id/],
  ['a kind "bogus"', journalWith([log, { ...log, id: 'aaaa0000', kind: 'bogus' }]), /entry 2 \(aaaa0000\) is of a kind this trust does not know/],
  ['a date "garbage"', journalWith([{ ...log, date: 'garbage' }]), /entry 1 \(3f2a9c1e\): "date" is not a real date/],
  ['a date that is not in the calendar', journalWith([{ ...log, date: '2026-02-30' }]), /"date" is not a real date/],
  ['a createdAt that is not a time', journalWith([{ ...log, createdAt: 'yesterday' }]), /"createdAt" is not a date and time/],
  ['an object as thought', journalWith([{ ...log, thought: { secret: 'my secret fear' } }]), /entry 1 \(3f2a9c1e\): "thought" is not text/],
  ['emotions [null]', journalWith([{ ...log, emotions: [null] }]), /item 1 of "emotions" is not an object/],
  ['a belief of 101', journalWith([{ ...log, belief: 101 }]), /"belief" is not a whole number from 0 to 100/],
  ['a trap nobody knows', journalWith([{ ...log, traps: ['mind-reading', 'my-secret'] }]), /item 2 of "traps" is not one this trust knows/],
  ['a review without its ref', journalWith([{ ...log, kind: 'review', done: 'yes' }]), /entry 1 \(3f2a9c1e\) has no "ref"/],
  ['a partner that is an object', journalWith([], { profile: { partner: { name: 'my secret' } } }), /"profile.partner" is not text/],
  ['deleted not a list of ids', journalWith([], { deleted: [1] }), /item 1 of "deleted" is not an entry id/],
  ['a profile 100,000 levels deep', `{"schemaVersion":1,"profile":${deep(100_000)},"entries":[]}`, /"profile" nests deeper than 32 levels/],
  ['an unknown field 100,000 levels deep', journalWith([{ ...log, later: 0 }]).replace('"later":0', `"later":${deep(100_000)}`), /entry 1 \(3f2a9c1e\) nests deeper than 32 levels/],
];

describe('trust import: a file that is not a whole journal is refused', () => {
  it.each(BAD)('%s: exit 2, one line, the journal untouched, nothing of the file quoted', async (_name, content, message) => {
    const { dir, file } = tempJournal();
    expect((await trust(['log', '--checklist', 'repair', '--file', file])).code).toBe(0);
    const source = join(dir, 'other.json');
    writeFileSync(source, content);
    await expectRefused(file, ['import', source], message);
    const r = await trust(['import', source, '--file', file]);
    expect(r.stderr).toContain(`${source} cannot be imported`);
    expect(r.stderr).toContain('Your journal was not changed.');
    expect(r.stderr).not.toMatch(/secret|Something went wrong|call stack/);
  });

  it('checks a file trust wrote itself as closely as any other', async () => {
    const { dir, file } = tempJournal();
    const source = join(dir, 'laptop.json');
    expect((await trust(['log', '--checklist', 'repair', '--file', source])).code).toBe(0);
    // Damaged, and the note of trust's own last write made to match, as if trust had written it so.
    writeFileSync(source, readFileSync(source, 'utf8').replace('"kind":"log"', '"kind":"lug"'));
    const { ino, size, mtimeMs } = statSync(source);
    writeFileSync(writtenPath(source), JSON.stringify({ ino, size, mtimeMs, escaped: true }));
    expect((await trust(['list', '--file', source])).code).toBe(0); // its own journal: the note is trusted
    await expectRefused(file, ['import', source], /entry 1 \([0-9a-f]{8}\) is of a kind this trust does not know/);
  });

  it('after a refused import, markdown export still works', async () => {
    const { dir, file } = tempJournal();
    expect((await trust(['log', '--checklist', 'repair', '--file', file])).code).toBe(0);
    const source = join(dir, 'other.json');
    writeFileSync(source, journalWith([{ ...log, id: 'x' }, { ...log, id: 'bbbb0000', thought: { a: 1 } }]));
    expect((await trust(['import', source, '--file', file])).code).toBe(2);
    const md = await trust(['export', '--format', 'markdown', '--file', file]);
    expect(md.code).toBe(0);
    expect(md.stdout).toContain('Daily checklist');
  });

  it('keeps fields it does not know (a newer trust may write them), byte for byte on the entry', async () => {
    const { dir, file } = tempJournal();
    const source = join(dir, 'newer.json');
    const entry = { ...log, beliefBalanced: 40, later: { nested: ['kept', 1] } };
    writeFileSync(source, journalWith([entry], { profile: { partner: 'Sam', country: 'GB' } }));
    const r = await trust(['import', source, '--file', file]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(readJournal(file).entries).toEqual([entry]);
    expect(readJournal(file).profile).toEqual({ partner: 'Sam', country: 'GB' });
  });
});

describe('trust import: removing many entries needs a yes', () => {
  /** A journal of `n` entries, and another copy that has deleted the first `gone` of them. */
  async function setUp(n: number, gone: number) {
    const { dir, file } = tempJournal();
    const entries = Array.from({ length: n }, (_, i) => ({
      id: `aaaaaaaa-0000-4000-8000-${String(i).padStart(12, '0')}`,
      kind: 'log',
      date: `2026-11-${String(i + 1).padStart(2, '0')}`,
      createdAt: `2026-11-${String(i + 1).padStart(2, '0')}T20:00:00.000Z`,
      checklist: ['repair'],
    }));
    writeFileSync(file, journalWith(entries));
    const source = join(dir, 'other.json');
    const ids = entries.map((e) => e.id);
    writeFileSync(source, journalWith(entries.slice(gone), { deleted: ids.slice(0, gone) }));
    return { file, source, ids };
  }

  it.each([
    ['every entry', 10, 10],
    ['more than three', 20, 4],
    ['more than a quarter', 7, 2],
  ])('%s: without a terminal or --yes, exit 2 naming how many and which, the journal untouched', async (_name, n, gone) => {
    const { file, source, ids } = await setUp(n, gone);
    await expectRefused(file, ['import', source], new RegExp(`would remove ${gone} entr(y|ies) of your ${n} \\(deleted in the other copy: ${ids[0]!.slice(0, 8)}`));
    await expectRefused(file, ['import', source, '--json'], /Add --yes/);
  });

  it('with --yes, removes them and says so', async () => {
    const { file, source, ids } = await setUp(10, 10);
    const r = await trust(['import', source, '--yes', '--file', file, '--json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ removed: 10, total: 0, changed: true });
    expect(readJournal(file).entries).toEqual([]);
    expect((readJournal(file) as { deleted?: string[] }).deleted).toEqual(ids);
  });

  it('a few, under a quarter, go without asking', async () => {
    const { file, source } = await setUp(20, 3);
    const r = await trust(['import', source, '--file', file]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Removed 3 entries deleted in the other copy.');
    expect(readJournal(file).entries).toHaveLength(17);
  });

  it('at a terminal, shows what would go and keeps everything on a no', async () => {
    const { file, source } = await setUp(5, 5);
    const before = snapshot(file);
    const no = await ptyTrust(['import', source, '--file', file], [{ wait: 'Remove these 5', send: `n${keys.enter}` }, { wait: 'Nothing was changed' }]);
    expect(no.code).toBe(0);
    expect(no.output).toContain('The other copy says these 5 entries were deleted (of your 5 here):');
    expect(no.output).toMatch(/2026-11-01 {2}log {7}aaaaaaaa/);
    expect(snapshot(file)).toBe(before);

    const yes = await ptyTrust(['import', source, '--file', file], [{ wait: 'Remove these 5', send: `y${keys.enter}` }, { wait: 'Removed 5' }]);
    expect(yes.code).toBe(0);
    expect(readJournal(file).entries).toEqual([]);
  });
});
