// The first screen of `trust log` read through the note's digest (storage/
// digest.ts) against the whole journal: the same open actions and the same
// care, for any journal as trust writes it; and a digest carried across an
// append is the one the whole journal would give.
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { encrypt } from '../../src/commands/crypt.js';
import { FlowCare } from '../../src/commands/log-care.js';
import { makeContext } from '../../src/context.js';
import { CONCERN_DAYS } from '../../src/domain/care.js';
import { addDays } from '../../src/domain/dates.js';
import { filterEntries, openActions } from '../../src/domain/entries.js';
import type { Entry, Journal, LogEntry } from '../../src/domain/types.js';
import { daysBefore, digestAfterAppend, digestOf, readRecent } from '../../src/storage/digest.js';
import { Store } from '../../src/storage/journal.js';
import { scan } from '../../src/storage/scan.js';
import { serialize } from '../../src/storage/schema.js';
import { digestFor, noteWritten } from '../../src/storage/written.js';
import { passphraseSecrets } from '../../src/ui/passphrase.js';
import { writtenJournal as written } from '../fuzz/arbitraries.js';
import { tempJournal } from '../helpers/cli.js';

const idOf = (file: string) => {
  const s = statSync(file);
  return { ino: s.ino, size: s.size, mtimeMs: s.mtimeMs };
};

/** `j` on disk as trust writes it, with the note a save leaves. */
async function saved(j: Journal): Promise<string> {
  const { file } = tempJournal();
  writeFileSync(file, serialize(j));
  await noteWritten(file, idOf(file), digestOf(j.entries));
  return file;
}

const recent = (file: string, since: string) => readRecent(file, since, (id) => digestFor(file, id));
const newest = (j: Journal) => j.entries.reduce((d, e) => (e.date > d ? e.date : d), '');
const ids = (entries: readonly { id: string }[]) => entries.map((e) => e.id);

describe('the first screen from the note', () => {
  it('has the open actions and the care the whole journal has, whenever today is in the note\'s window', async () => {
    await fc.assert(fc.asyncProperty(written, fc.nat(), fc.integer({ min: 0, max: 20 }), async (j, n, back) => {
      // Today: the newest day or up to 20 days before it, or any day of the journal.
      const today = n % 3 ? addDays(newest(j), -back) : (j.entries[n % j.entries.length]?.date ?? newest(j));
      const since = addDays(today, -(CONCERN_DAYS - 1));
      const first = recent(await saved(j), since);
      if (today >= addDays(newest(j), -14)) expect(first).toBeDefined();
      if (!first) return;
      expect(first.journal.profile).toEqual(j.profile);
      expect(ids(first.journal.entries)).toEqual(ids(j.entries.filter((e) => e.date >= since)));
      expect(ids(first.open.filter((a) => a.date < today))).toEqual(ids(openActions(j.entries, today)));
      const care = new FlowCare(first.journal, today);
      const all = new FlowCare(j, today);
      expect([care.level, care.fearsCameTrue]).toEqual([all.level, all.fearsCameTrue]);
    }), { numRuns: 300 });
  });

  it('carries the digest across an append: the same as the whole journal\'s', () => {
    fc.assert(fc.property(written, written, fc.array(fc.nat(), { maxLength: 8 }), (j, more, refs) => {
      // New entries, some of them reviews that close actions already there.
      const logs = j.entries.filter((e) => e.kind === 'log');
      const added = more.entries.map((e, i): Entry => {
        const target = logs[(refs[i] ?? 0) % Math.max(1, logs.length)];
        return e.kind === 'review' && target && (refs[i] ?? 0) % 2 ? { ...e, ref: target.id } : e;
      });
      // From the old version's window of lines only, as an append reads it.
      const text = serialize(j);
      const lines = scan(text, 'journal.json')?.lines;
      if (!lines) throw new Error('serialize() wrote a journal scan() cannot read');
      const before = digestOf(j.entries);
      const named = (id: string) => text.includes(`"${id}"`);
      const after = digestAfterAppend(before, added, lines.slice(lines.length - before.recent.lines), named);
      if (after) expect(after).toEqual(digestOf([...j.entries, ...added]));
      else expect(added.some((e) => e.kind === 'log' && e.action !== undefined && named(e.id))).toBe(true);
    }), { numRuns: 300 });
  });
});

describe('the days logged, kept as runs of days in a row', () => {
  it('hold exactly the days of the logs, whatever order they were written in', () => {
    fc.assert(fc.property(fc.array(fc.integer({ min: 0, max: 60 }), { maxLength: 80 }), fc.integer({ min: 0, max: 60 }), (offsets, cut) => {
      const logs = offsets.map((o, i) => action(i, addDays('2026-01-01', o)));
      const days = [...new Set(logs.map((e) => e.date))].sort();
      const kept = digestOf(logs).logDays;
      expect(daysBefore(kept, '9999-12-31')).toEqual(days);
      expect(daysBefore(kept, addDays('2026-01-01', cut))).toEqual(days.filter((d) => d < addDays('2026-01-01', cut)));
      // One way to write each set of days: the same whole, read in another order.
      expect(digestOf([...logs].reverse()).logDays).toBe(kept);
    }), { numRuns: 300 });
  });
});

describe('a digest from another build', () => {
  it('is not carried across an append when its window is shorter than this build\'s', () => {
    // A day's log for 120 days; the old build's note covered four weeks.
    const entries = Array.from({ length: 120 }, (_, i) => action(i, addDays('2026-11-20', i - 119)));
    const text = serialize({ schemaVersion: 1, profile: {}, entries });
    const lines = scan(text, 'journal.json')?.lines ?? [];
    const short = { ...digestOf(entries), recent: { from: '2026-10-24', lines: 28 } };
    const next = action(200, '2026-11-21');
    expect(digestAfterAppend(short, [next], lines.slice(-28), () => false)).toBeUndefined();
    expect(digestAfterAppend(digestOf(entries), [next], lines.slice(-digestOf(entries).recent.lines), () => false)).toEqual(digestOf([...entries, next]));
  });
});

/** A log of `date` with an action and a long thought (the end of the file then spans several reads). */
const action = (i: number, date: string): LogEntry => ({
  id: `log-${i}`, kind: 'log', date, createdAt: `${date}T10:00:00.000Z`, thought: `${'a long thought '.repeat(40)}${i}`, action: `Step ${i}`,
});

describe('reading the end of the file', () => {
  const many = (count: number, today: string): Journal => ({
    schemaVersion: 1, profile: { role: 'hurt' }, entries: Array.from({ length: count }, (_, i) => action(i, addDays(today, -Math.floor(i / 40)))).reverse(),
  });

  it('reads back as many lines as the window holds, in pieces beyond the first', async () => {
    const j = many(600, '2026-11-20'); // ~400 KB in the last two weeks
    const first = recent(await saved(j), '2026-11-07');
    expect(ids(first?.journal.entries ?? [])).toEqual(ids(j.entries.filter((e) => e.date >= '2026-11-07')));
    expect(first?.open).toHaveLength(600);
  });

  it.each([
    ['the file changed since the note', (file: string) => writeFileSync(file, serialize(many(3, '2026-11-20')))],
    ['a day before the note\'s window', () => undefined, '2026-08-01'],
  ])('is not used when %s', async (_, change, since = '2026-11-07') => {
    const file = await saved(many(50, '2026-11-20'));
    change(file);
    expect(recent(file, since)).toBeUndefined();
  });

  /** `j` as trust writes it, but with one line broken, and the note of `j` for it: only lines read past the broken one still read. */
  async function brokenAt(j: Journal, line: number): Promise<string> {
    const file = await saved(j);
    const id = `{"id":"${j.entries[line]?.id ?? ''}"`;
    writeFileSync(file, readFileSync(file, 'utf8').replace(id, `{"xx":"${id.slice(7)}`));
    await noteWritten(file, idOf(file), digestOf(j.entries));
    return file;
  }

  it('`list -n` reads the newest lines from the end, with every correction', async () => {
    // Months before the thirteen weeks of the window: an entry (broken below), its correction, and 100 more lines.
    const j = many(200, '2026-11-20');
    const old = action(900, '2026-06-01');
    const edit: Entry = { id: 'edit-1', kind: 'edit', date: old.date, createdAt: old.createdAt, ref: old.id, fields: { action: 'A smaller step' } };
    const journal = { ...j, entries: [old, edit, ...many(100, '2026-08-01').entries.map((e) => ({ ...e, id: `early-${e.id}` })), ...j.entries] };
    const file = await brokenAt(journal, 0);
    const got = await new Store(file).readSome([{ newest: 3 }, { kinds: ['edit'] }]);
    expect(ids(got.entries).sort()).toEqual(['edit-1', ...ids(filterEntries(journal.entries, { limit: 3 }))].sort());
    // Asked for more than the window holds: the whole file is read (the broken line cannot be scanned past).
    expect((await new Store(file).readSome([{ newest: 250 }])).entries).toHaveLength(journal.entries.length);
  });

  it('an empty journal is read the usual way (serialize() writes it on one line)', async () => {
    expect(recent(await saved({ schemaVersion: 1, profile: {}, entries: [] }), '2026-11-07')).toBeUndefined();
  });
});

describe('every save of a plain journal notes the digest', () => {
  it('a whole write and an append', async () => {
    const { file } = tempJournal();
    const store = new Store(file);
    await store.update((j) => void j.entries.push(action(1, '2026-11-18')));
    await store.append([action(2, '2026-11-19'), { id: 'review-1', kind: 'review', date: '2026-11-20', createdAt: '2026-11-20T10:00:00.000Z', ref: 'log-1', done: 'yes' }]);
    const whole = await store.read();
    expect(digestFor(store.real, idOf(file))).toEqual(digestOf(whole.entries));
    expect(digestOf(whole.entries).open.map(([id]) => id)).toEqual(['log-2']);
  });

  it('an encrypted journal notes none: its lines cannot be read from its end', async () => {
    const { file } = tempJournal();
    await new Store(file).update((j) => void j.entries.push(action(1, '2026-11-18')));
    const env = { NO_COLOR: '1', TRUST_PASSPHRASE: 'a long passphrase', TRUST_KDF_COST: '10' };
    const deps = { env, stdout: { write: () => true }, stderr: { write: () => true }, interactive: false, secrets: passphraseSecrets(env) };
    await encrypt({}, makeContext(deps, { file }));
    expect(digestFor(file, idOf(file))).toBeUndefined();
    expect(recent(file, '2026-11-07')).toBeUndefined();
  });
});
