// A save that only adds entries reuses the text it read (src/storage/append.ts):
// the bytes must be exactly what a full serialize() would write, and anything
// other than a pure append must fall back to serialize().
import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Entry, Journal } from '../../src/domain/types.js';
import { appendedBytes, appendedText } from '../../src/storage/append.js';
import { plainCodec, type Codec } from '../../src/storage/codec.js';
import { Store } from '../../src/storage/journal.js';
import { backupPath } from '../../src/storage/paths.js';
import { serialize } from '../../src/storage/schema.js';
import { tempJournal } from '../helpers/cli.js';

const log = (n: number, extra: Partial<Entry> = {}): Entry =>
  ({ id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`, kind: 'log', date: '2026-11-20', createdAt: `2026-11-20T12:00:0${n % 10}.000Z`, checklist: ['check-in'], ...extra }) as Entry;

const journals: [string, Journal][] = [
  ['one entry, empty profile', { schemaVersion: 1, profile: {}, entries: [log(1)] }],
  ['a profile with words beyond ASCII', { schemaVersion: 1, profile: { name: 'Zoë', partner: 'Sam 💛', role: 'hurt' }, entries: [log(1), log(2)] }],
  ['text that looks like the end of the file', { schemaVersion: 1, profile: {}, entries: [log(1, { gratitude: ['said "sorry"\n]}\n and meant it'] } as Partial<Entry>)] }],
  ['remembered deletions', { schemaVersion: 1, profile: {}, entries: [log(1)], deleted: ['00000000-0000-4000-8000-000000000099'] }],
];

const grown = (j: Journal, ...added: Entry[]): Journal => ({ ...j, entries: [...j.entries, ...added] });
const read = (j: Journal, text = serialize(j), codec: Codec = plainCodec) => ({ bytes: Buffer.from(text, 'utf8'), codec, text, entries: [...j.entries] });

describe('appendedText', () => {
  it.each(journals)('%s: gives serialize() byte for byte', (_, j) => {
    const after = grown(j, log(7), log(8, { thought: 'They will say no', action: 'Ask anyway' } as Partial<Entry>));
    expect(appendedText(read(j), after)).toBe(serialize(after));
  });

  const base = journals[1]?.[1] as Journal;
  const fallbacks: [string, Journal, string?][] = [
    ['nothing added', { ...base }],
    ['an entry removed and another added', { ...base, entries: [base.entries[0] as Entry, log(9)] }],
    ['an entry replaced by an equal copy', { ...base, entries: [{ ...(base.entries[0] as Entry) }, base.entries[1] as Entry, log(9)] }],
    ['entries reordered', { ...base, entries: [base.entries[1] as Entry, base.entries[0] as Entry, log(9)] }],
    ['the profile changed too', { ...grown(base, log(9)), profile: { ...base.profile, partner: 'Alex' } }],
    ['the text is formatted by another tool', grown(base, log(9)), JSON.stringify(base, null, 2)],
    ['the text is an older schema', grown(base, log(9)), serialize(base).replace('"schemaVersion":1,', '')],
  ];
  it.each(fallbacks)('%s: leaves it to serialize()', (_, after, text) => {
    expect(appendedText(read(base, text), after)).toBeUndefined();
  });

  it.each(journals)('%s: a plain journal\'s bytes are cut and extended to the same bytes', async (_, j) => {
    const after = grown(j, log(7, { gratitude: ['Café, and a note that said “thank you” 💛'] } as Partial<Entry>));
    expect(await appendedBytes(read(j), after, plainCodec)).toEqual(Buffer.from(serialize(after), 'utf8'));
  });

  it('encodes the whole text through any other codec', async () => {
    const j = journals[1]?.[1] as Journal;
    const after = grown(j, log(7));
    const shouting: Codec = { encrypted: true, decode: async (b) => b.toString(), encode: async (t) => Buffer.from(t.toUpperCase()) };
    expect((await appendedBytes(read(j), after, shouting))?.toString()).toBe(serialize(after).toUpperCase());
    expect(await appendedBytes(read(j), { ...j }, shouting)).toBeUndefined();
  });

  it('never cuts bytes another codec produced', async () => {
    const j = journals[1]?.[1] as Journal;
    const after = grown(j, log(7));
    const sealedRead = { ...read(j), codec: { encrypted: true, decode: async (b: Buffer) => b.toString(), encode: async (t: string) => Buffer.from(t) } satisfies Codec, bytes: Buffer.from('not the text at all') };
    expect((await appendedBytes(sealedRead, after, plainCodec))?.toString()).toBe(serialize(after));
  });

  it('leaves an empty journal to serialize()', () => {
    const empty: Journal = { schemaVersion: 1, profile: {}, entries: [] };
    expect(appendedText(read(empty), grown(empty, log(1)))).toBeUndefined();
  });
});

describe('Store.update', () => {
  it('appends by keeping the text it read, and still rotates the backup', async () => {
    const { file } = tempJournal();
    const before = journals[1]?.[1] as Journal;
    writeFileSync(file, serialize(before), { mode: 0o600 });
    await new Store(file).update((j) => void j.entries.push(log(5)));
    expect(readFileSync(file, 'utf8')).toBe(serialize(grown(before, log(5))));
    expect(readFileSync(backupPath(file, 1), 'utf8')).toBe(serialize(before));
  });

  it('writes a pretty-printed journal back in its own layout', async () => {
    const { file } = tempJournal();
    const before = journals[0]?.[1] as Journal;
    writeFileSync(file, JSON.stringify(before, null, 2), { mode: 0o600 });
    await new Store(file).update((j) => void j.entries.push(log(5)));
    expect(readFileSync(file, 'utf8')).toBe(serialize(grown(before, log(5))));
  });

  it('saves a change that is not an append in full', async () => {
    const { file } = tempJournal();
    const before = journals[1]?.[1] as Journal;
    writeFileSync(file, serialize(before), { mode: 0o600 });
    await new Store(file).update((j) => {
      j.entries = j.entries.slice(1);
      j.entries.push(log(5));
    });
    expect(readFileSync(file, 'utf8')).toBe(serialize({ ...before, entries: [before.entries[1] as Entry, log(5)] }));
  });
});
