// Every reading command gives the same answer whether it takes the fast path
// (a journal trust wrote: only the lines it needs are parsed) or the slow one
// (the same journal pretty-printed: parsed whole), through the real binary.
import { copyFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { tenYears } from '../../bench/generate.js';
import type { Journal } from '../../src/domain/types.js';
import { serialize } from '../../src/storage/schema.js';
import { snapshot, tempJournal, trust } from '../helpers/cli.js';
import { keys, ptyTrust, type PtyStep } from '../helpers/pty.js';

let fast = '';
let slow = '';
let someId = '';

beforeAll(async () => {
  ({ file: fast } = tempJournal());
  writeFileSync(fast, serialize(tenYears({ years: 1 })));
  expect((await trust(['log', '--checklist', 'check-in', '--file', fast])).code).toBe(0); // now trust's own
  const journal = JSON.parse(readFileSync(fast, 'utf8')) as { entries: { id: string }[] };
  someId = journal.entries[40]?.id.slice(0, 6) ?? '';
  ({ file: slow } = tempJournal());
  writeFileSync(slow, JSON.stringify(journal, null, 2));
});

describe('the fast path and the slow one agree', () => {
  it.each([
    ['list -n 10', ['list', '-n', '10']],
    ['list -n 5 of one kind in a month', ['list', '-n', '5', '--kind', 'jar', '--since', '2026-03-01', '--until', '2026-03-31']],
    ['list --contains', ['list', '--contains', 'RECEIPT', '--json']],
    ['list --type --trap', ['list', '--type', 'emotional', '--trap', 'mind-reading', '--json']],
    ['list --open', ['list', '--open', '--json']],
    ['show by prefix', ['show', 'PREFIX', '--json']],
    ['jar', ['jar', '--json']],
    ['remind', ['remind']],
    ['export as a journal file', ['export', '--format', 'json']],
    ['export of one kind, newest 20', ['export', '--format', 'json', '--kind', 'log', '-n', '20']],
    ['export filtered by words', ['export', '--format', 'json', '--contains', 'phone']],
    ['export as CSV', ['export', '--format', 'csv', '--since', '2026-06-01']],
    ['report', ['report', '--json']],
  ])('%s', async (_, args) => {
    const argv = args.map((a) => (a === 'PREFIX' ? someId : a));
    const before = snapshot(slow);
    const [a, b] = [await trust([...argv, '--file', fast]), await trust([...argv, '--file', slow])];
    expect(a.code).toBe(0);
    expect({ stdout: a.stdout, stderr: a.stderr }).toEqual({ stdout: b.stdout, stderr: b.stderr });
    expect(snapshot(slow)).toBe(before);
  });
});

describe('a journal trust did not write', () => {
  it('is checked whole once, then noted as trust\'s own when it is exactly what trust would write', async () => {
    const { file } = tempJournal();
    copyFileSync(fast, file); // a copy: another inode, no note
    const before = snapshot(file);
    expect(existsSync(`${file}.written`)).toBe(false);
    expect((await trust(['list', '-n', '1', '--file', file])).code).toBe(0);
    expect(existsSync(`${file}.written`)).toBe(true);
    expect(snapshot(file)).toBe(before);
  });

  it.each([
    ['pretty-printed', (t: string) => JSON.stringify(JSON.parse(t), null, 2)],
    ['with a byte-order mark', (t: string) => `\ufeff${t}`],
    ['with an entry edited by hand', (t: string) => t.replace('"kind":"jar"', '"kind": "jar"')],
  ])('is never noted when %s', async (_, change) => {
    const { dir, file } = tempJournal();
    writeFileSync(file, change(readFileSync(fast, 'utf8')));
    expect((await trust(['list', '-n', '1', '--file', file])).code).toBe(0);
    expect(existsSync(join(dir, 'journal.json.written'))).toBe(false);
  });
});

describe('a note left by the build before', () => {
  it('is read the usual way (its digest lacks what this build keeps), and the next save notes a whole one', async () => {
    const { file } = tempJournal();
    copyFileSync(fast, file);
    expect((await trust(['list', '-n', '1', '--file', file])).code).toBe(0);
    const note = JSON.parse(readFileSync(`${file}.written`, 'utf8')) as { digest: { open: unknown; recent: unknown } };
    // The digest as the build before wrote it: open actions and the four-week window only.
    writeFileSync(`${file}.written`, JSON.stringify({ ...note, digest: { open: note.digest.open, recent: note.digest.recent } }));
    const [a, b] = [await trust(['list', '-n', '10', '--file', file]), await trust(['list', '-n', '10', '--file', slow])];
    expect(a.stdout).toBe(b.stdout);
    expect((await trust(['jar', 'add', 'Made tea', '--file', file])).code).toBe(0);
    const after = JSON.parse(readFileSync(`${file}.written`, 'utf8')) as { digest: Record<string, unknown> };
    expect(Object.keys(after.digest).sort()).toEqual(['edits', 'first', 'logDays', 'open', 'recent']);
  });
});

describe("trust log's first question, from the note beside the journal", () => {
  it('offers the same open actions, and the same first of them to review, as the journal read whole', async () => {
    const { file } = tempJournal();
    writeFileSync(file, serialize(tenYears({ years: 1 })));
    expect((await trust(['log', '--checklist', 'check-in', '--file', file])).code).toBe(0);
    expect(readFileSync(`${file}.written`, 'utf8')).toContain('"digest"');
    const { file: whole } = tempJournal();
    writeFileSync(whole, JSON.stringify(JSON.parse(readFileSync(file, 'utf8')), null, 2)); // parsed whole: no note
    const steps: PtyStep[] = [{ wait: 'waiting for a look back', send: keys.enter }, { wait: 'Did you do it?', send: keys.ctrlC }];
    const [a, b] = [await ptyTrust(['log', '--file', file], steps), await ptyTrust(['log', '--file', whole], steps)];
    expect([a.stuck, b.stuck]).toEqual([null, null]);
    expect(a.output).toContain('you planned');
    expect(a.output).toBe(b.output);
  });

  it('offers a step as it reads now, after a correction', async () => {
    const step = { id: 'log-step', kind: 'log', date: '2026-11-17', createdAt: '2026-11-17T09:00:00.000Z', checklist: ['check-in'], action: 'Call her at lunch' };
    const fix = { id: 'edit-step', kind: 'edit', date: '2026-11-17', createdAt: '2026-11-17T09:05:00.000Z', ref: 'log-step', fields: { action: 'Send her a kind message at lunch' } };
    const { file } = tempJournal();
    writeFileSync(file, serialize({ schemaVersion: 1, profile: { role: 'hurt' }, entries: [step, fix] } as Journal));
    expect((await trust(['jar', 'add', 'Made tea', '--file', file])).code).toBe(0); // now trust's own, with a note
    const { file: whole } = tempJournal();
    writeFileSync(whole, JSON.stringify(JSON.parse(readFileSync(file, 'utf8')), null, 2));
    const steps: PtyStep[] = [{ wait: 'waiting for a look back', send: keys.enter }, { wait: 'Did you do it?', send: keys.ctrlC }];
    for (const journal of [file, whole]) {
      const run = await ptyTrust(['log', '--file', journal], steps);
      expect(run.stuck).toBeNull();
      expect(run.output).toContain('you planned: Send her a kind message at lunch');
      expect(run.output).not.toContain('Call her at lunch');
    }
  });
});
