// Reading just the profile: from the first bytes when the journal is laid
// out as trust writes it, whole otherwise, and a state (never a throw) for
// a journal that cannot be read.
import { mkdirSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Journal, LogEntry } from '../../src/domain/types.js';
import { SealedCodec } from '../../src/storage/codec.js';
import { freshParams } from '../../src/storage/crypto.js';
import { peekProfile, type Peek } from '../../src/storage/peek.js';
import { serialize } from '../../src/storage/schema.js';
import { tempJournal } from '../helpers/cli.js';

const profile = { name: 'Alex', country: 'GB', helplines: [{ name: 'My sister', contact: '0400 123 456' }] };
const entry: LogEntry = { id: 'a1', kind: 'log', date: '2026-11-20', createdAt: '2026-11-20T12:00:00.000Z', gratitude: ['tea'] };
const journal = (entries: Journal['entries'] = [entry]): Journal => ({ schemaVersion: 1, profile, entries });
const read = (empty: boolean, p: unknown = profile): Peek => ({ state: 'read', profile: p, empty });
const sealed = async (text: string) => (await SealedCodec.create('pw', freshParams(10), 'j')).encode(text);

async function peekOf(bytes: string | Buffer | undefined, passphrase?: string): Promise<Peek> {
  const { file } = tempJournal();
  if (bytes !== undefined) writeFileSync(file, bytes);
  return peekProfile(file, passphrase);
}

describe('peekProfile', () => {
  const cases: [string, () => Promise<string | Buffer | undefined>, string | undefined, Peek][] = [
    ['no file', async () => undefined, undefined, { state: 'missing' }],
    ['an empty file', async () => '\n', undefined, { state: 'missing' }],
    ['a journal trust wrote', async () => serialize(journal()), undefined, read(false)],
    ['one with no entries', async () => serialize(journal([])), undefined, read(true)],
    ['one with no profile yet', async () => serialize({ schemaVersion: 1, profile: {}, entries: [] }), undefined, read(true, {})],
    ['a hand-edited one, entries first', async () => JSON.stringify({ entries: [], profile }, null, 2), undefined, read(true)],
    ['one with a byte-order mark', async () => `\ufeff${serialize(journal())}`, undefined, read(false)],
    ['garbage bytes', async () => Buffer.from([0x00, 0xff, 0x13, 0x37, 0x7b, 0x22]), undefined, { state: 'damaged' }],
    ['JSON cut short', async () => serialize(journal()).slice(0, 30), undefined, { state: 'damaged' }],
    ['a profile that is not an object', async () => '{"schemaVersion":1,"profile":"GB","entries":[]}', undefined, { state: 'damaged' }],
    ['entries that are not a list', async () => '{"profile":{},"entries":7}', undefined, { state: 'damaged' }],
    ['encrypted, no passphrase', () => sealed(serialize(journal())), undefined, { state: 'encrypted' }],
    ['encrypted, a wrong passphrase', () => sealed(serialize(journal())), 'not it', { state: 'encrypted' }],
    ['encrypted, the passphrase', () => sealed(serialize(journal())), 'pw', read(false)],
  ];
  it.each(cases)('%s', async (_, bytes, passphrase, expected) => {
    expect(await peekOf(await bytes(), passphrase)).toEqual(expected);
  });

  it('reads only the first bytes of a long journal: damage further on does not matter', async () => {
    const text = serialize(journal(Array.from({ length: 2000 }, (_, i) => ({ ...entry, id: `e${i}` }))));
    expect(text.length).toBeGreaterThan(128 * 1024);
    expect(await peekOf(`${text.slice(0, 100 * 1024)}\u0000 not JSON from here on`)).toEqual(read(false));
  });

  it('is damaged, not a throw, when the journal cannot be read at all', async () => {
    const { file } = tempJournal();
    mkdirSync(file);
    expect(await peekProfile(file)).toEqual({ state: 'damaged' });
  });
});
