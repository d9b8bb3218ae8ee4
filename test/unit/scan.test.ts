// The partial read: scanning line frames instead of parsing the whole journal
// must give exactly what a full parse gives, and refuse any other layout.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tenYears } from '../../bench/generate.js';
import { buildReport, reportWindow } from '../../src/domain/report.js';
import type { Entry, Journal } from '../../src/domain/types.js';
import { Store } from '../../src/storage/journal.js';
import { readVersion } from '../../src/storage/file.js';
import { scan, spanOfJournal, spanOfScan, textOf } from '../../src/storage/scan.js';
import { journalOrder } from '../../src/domain/merge.js';
import { parseJournal, serialize } from '../../src/storage/schema.js';
import { ROOT, snapshot, tempJournal } from '../helpers/cli.js';

const F = 'journal.json';
const fixture = readFileSync(join(ROOT, 'test', 'fixtures', 'report-weeks.json'), 'utf8');
const twoYears = tenYears({ seed: 7, years: 2 });
const log = (id: string, date: string, extra: object = {}): Entry => ({ id, kind: 'log', date, createdAt: `${date}T20:00:00.000Z`, ...extra });

describe('textOf: the lines in journal order, copied as runs of the file', () => {
  // Two years are ~1,400 entries: as written, reversed, shuffled in threes, and twice over (more than a piece of 2,000 lines).
  const entries = twoYears.entries;
  const shuffled = entries.flatMap((_, i) => (i % 3 === 0 ? entries.slice(i, i + 3).reverse() : []));
  it.each([
    ['in order', entries],
    ['newest first (every line a run of its own)', [...entries].reverse()],
    ['reversed in threes', shuffled],
    ['twice over: more lines than one piece holds', [...[...entries].reverse(), ...[...entries].reverse().map((e) => ({ ...e, id: `${e.id}x` }))]],
  ])('%s: the bytes serialize() writes of them sorted', (_what, list) => {
    const text = serialize({ ...twoYears, entries: list });
    const s = scan(text, F);
    if (!s) throw new Error('serialize() wrote a journal scan() cannot read');
    expect([...textOf(text, s, s.lines)].join('')).toBe(serialize({ ...twoYears, entries: [...list].sort(journalOrder) }));
  });
});

describe('scan', () => {
  it('reads the frame and every line of a journal serialize() wrote', () => {
    const text = serialize(twoYears);
    const s = scan(text, F);
    expect(s?.head).toEqual({ ...twoYears, entries: [] });
    expect(s?.lines.map((l) => [l.kind, l.date])).toEqual(twoYears.entries.map((e) => [e.kind, e.date]));
    expect(s?.lines.map((l) => JSON.parse(text.slice(l.start, l.end)))).toEqual(twoYears.entries);
  });

  const journal: Journal = { schemaVersion: 1, profile: { partner: 'Sam' }, entries: [log('a1', '2026-11-01', { thought: 'x,\n}' }), log('b2', '2026-11-02')] };
  const good = serialize(journal);
  it.each([
    ['pretty-printed JSON', JSON.stringify(journal, null, 2)],
    ['no entries', serialize({ ...journal, entries: [] })],
    ['an older schema', good.replace('"schemaVersion":1', '"schemaVersion":0')],
    ['a newer schema', good.replace('"schemaVersion":1', '"schemaVersion":2')],
    ['keys in another order', good.replace('{"id":"b2","kind":"log"', '{"kind":"log","id":"b2"')],
    ['a missing comma between entries', good.replace('},\n{"id":"b2"', '}\n{"id":"b2"')],
    ['a line cut short', good.replace(',"createdAt":"2026-11-02T20:00:00.000Z"}', ',"createdAt":"2026-11-02T20:00:00.000Z"')],
    ['cut off at the end', good.slice(0, -4)],
    ['no final newline', good.slice(0, -1)],
    ['a byte-order mark', `\uFEFF${good}`],
  ])('refuses %s', (_name, text) => expect(scan(text, F)).toBeUndefined());

  it('keeps a newline escaped inside an entry inside its line', () => {
    expect(scan(good, F)?.lines.map((l) => l.date)).toEqual(['2026-11-01', '2026-11-02']);
  });
});

describe('a span of the journal', () => {
  it.each([
    ['2025-06-01', '2025-06-14'],
    ['2024-11-21', '2024-12-31'],
    ['2026-11-07', '2026-11-20'],
    ['2030-01-01', '2030-01-07'],
    ['2000-01-01', '2026-11-20'],
  ])('from %s to %s matches a full parse', (since, until) => {
    const text = serialize(twoYears);
    const fast = spanOfScan(text, scan(text, F)!, since, until, F);
    expect(fast).toEqual(spanOfJournal(parseJournal(text, F), since, until));
  });

  it('gives the same report as the whole journal (fixture)', () => {
    const whole = parseJournal(fixture, F);
    const period = { from: '2026-11-02', to: '2026-11-08' };
    const w = reportWindow(period);
    const span = spanOfScan(fixture, scan(fixture, F)!, w.from, w.to, F);
    const fromSpan = buildReport(span.journal.entries, period, {}, { logDays: span.earlierLogDays, any: span.hasEarlier });
    expect(fromSpan).toEqual(buildReport(whole.entries, period));
  });
});

describe('Store.append', () => {
  it('adds entries so the file reads exactly as serialize() would write it', async () => {
    const { file } = tempJournal();
    writeFileSync(file, serialize(twoYears));
    const added = [log('new-1', '2026-11-20', { gratitude: ['tea', 'ünïcödé ✓'] }), log('new-2', '2026-11-20')];
    await new Store(file).append(added);
    const after = snapshot(file) ?? '';
    expect(Buffer.from(after, 'latin1').toString('utf8')).toBe(serialize({ ...twoYears, entries: [...twoYears.entries, ...added] }));
  });

  it.each([
    ['pretty-printed', (j: Journal) => JSON.stringify(j, null, 2)],
    ['empty of entries', (j: Journal) => serialize({ ...j, entries: [] })],
    ['an older schema', (j: Journal) => JSON.stringify({ profile: j.profile, entries: j.entries })],
  ])('falls back to a full rewrite for a journal %s', async (_name, write) => {
    const { file } = tempJournal();
    const small: Journal = { schemaVersion: 1, profile: {}, entries: [log('a1', '2026-11-01')] };
    writeFileSync(file, write(small));
    const before = parseJournal(readFileSync(file, 'utf8'), F);
    await new Store(file).append([log('z9', '2026-11-02')]);
    expect(readFileSync(file, 'utf8')).toBe(serialize({ ...before, schemaVersion: 1, entries: [...before.entries, log('z9', '2026-11-02')] }));
  });
});

describe('after an append', () => {
  it('reads back the version it wrote exactly as a fresh read of the file would', async () => {
    const { file } = tempJournal();
    writeFileSync(file, serialize(twoYears));
    const store = new Store(file);
    await store.append([log('n0', '2026-11-19')]); // parsed whole: the next append takes the fast path
    await store.append([log('n1', '2026-11-20'), log('n2', '2026-11-20')]);
    const fresh = new Store(file);
    expect(await store.readSpan('2026-11-01', '2026-11-20')).toEqual(await fresh.readSpan('2026-11-01', '2026-11-20'));
    const mine = await store.adapter.fast.lines();
    expect({ text: mine?.text, scan: mine?.scan }).toEqual(await fresh.adapter.fast.lines());
    writeFileSync(file, serialize({ ...twoYears, entries: [] })); // changed by another program: read again
    expect((await store.readSpan('2026-11-01', '2026-11-20')).journal.entries).toEqual([]);
  });
});

describe('only a version trust wrote itself is scanned', () => {
  it('after a save by trust, yes; after any other change to the file, no', async () => {
    const { file } = tempJournal();
    const store = new Store(file);
    writeFileSync(file, serialize(twoYears)); // made by another tool
    const read = async () => store.adapter.fast.scanned(await readVersion(file));
    expect(await read()).toBeUndefined();
    await store.append([log('n1', '2026-11-20')]); // parsed whole, then written by trust
    expect((await read())?.scan.lines).toHaveLength(twoYears.entries.length + 1);
    await store.append([log('n2', '2026-11-20')]); // the fast path keeps the note current
    expect((await read())?.scan.lines).toHaveLength(twoYears.entries.length + 2);
    const text = readFileSync(file, 'utf8');
    writeFileSync(file, text.replace('"kind":"log"', '"kind":"log" ')); // edited by hand, still valid JSON
    expect(await read()).toBeUndefined();
  });
});
