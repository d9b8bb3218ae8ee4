// Reading just the profile, for `trust safety` and the first-contact
// greeting: no lock, no prompt, no store, and no parse of the entries. The
// journal as serialize() writes it opens with its profile, so the first
// bytes are enough; anything laid out otherwise is parsed whole. Never
// throws: a journal that cannot be read is a state, because help must come
// whatever shape the file is in.
import { errnoCode } from '../errors.js';
import { open as openFile } from 'node:fs/promises';
import { isSealed, open as unseal } from './crypto.js';

export type Peek =
  | { state: 'read'; profile: unknown; /** the journal holds no entries */ empty: boolean }
  /** No journal yet (or an empty file). */
  | { state: 'missing' }
  /** Encrypted, and no passphrase in the environment (or not the right one). */
  | { state: 'encrypted' }
  | { state: 'damaged' };

/** Enough for any profile; the entries start after it. */
const HEAD_BYTES = 64 * 1024;
const ENTRIES = '"entries":[';

type Start = { bytes: Buffer; whole: boolean } | 'missing';

async function readStart(file: string, limit: number): Promise<Start> {
  let fd;
  try {
    fd = await openFile(file, 'r');
  } catch (e) {
    if (errnoCode(e) === 'ENOENT') return 'missing';
    throw e;
  }
  try {
    const size = (await fd.stat()).size;
    if (size > limit) {
      const buf = Buffer.alloc(limit);
      const { bytesRead } = await fd.read(buf, 0, limit, 0);
      return { bytes: buf.subarray(0, bytesRead), whole: false };
    }
    return { bytes: await fd.readFile(), whole: true };
  } finally {
    await fd.close();
  }
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** A parsed journal (or its head) with a profile in a shape no journal has is damaged. */
function profileOf(journal: unknown, empty: boolean): Peek | undefined {
  if (!isRecord(journal) || !(journal.profile === undefined || isRecord(journal.profile))) return undefined;
  return { state: 'read', profile: journal.profile ?? {}, empty };
}

/** The profile from the text before the entries, when it parses on its own. */
function fromHead(text: string): Peek | undefined {
  const at = text.indexOf(ENTRIES);
  if (at < 0) return undefined;
  try {
    const head: unknown = JSON.parse(`${text.slice(0, at)}"entries":[]}`);
    return profileOf(head, /^\s*\]/.test(text.slice(at + ENTRIES.length)));
  } catch {
    return undefined; // a head that is not JSON alone (another layout): the whole text is tried next
  }
}

function fromWhole(text: string): Peek {
  try {
    const journal: unknown = JSON.parse(text);
    const entries = isRecord(journal) ? journal.entries : undefined;
    if (entries !== undefined && !Array.isArray(entries)) return { state: 'damaged' };
    return profileOf(journal, entries === undefined || entries.length === 0) ?? { state: 'damaged' };
  } catch {
    return { state: 'damaged' }; // not JSON: a state to show, never a throw (see the top)
  }
}

const withoutBom = (text: string) => (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);

/** The journal's profile, read as little as it can be; `passphrase` opens an encrypted one. */
export async function peekProfile(file: string, passphrase?: string): Promise<Peek> {
  try {
    const start = await readStart(file, HEAD_BYTES);
    if (start === 'missing') return { state: 'missing' };
    let { bytes, whole } = start;
    if (whole && bytes.toString('utf8').trim() === '') return { state: 'missing' };
    if (isSealed(bytes)) {
      if (!passphrase) return { state: 'encrypted' };
      const all = await readStart(file, Infinity);
      if (all === 'missing') return { state: 'missing' };
      try {
        ({ bytes, whole } = { bytes: await unseal(passphrase, all.bytes), whole: true });
      } catch {
        // Not the right passphrase, or a seal that will not open: either way, what shows is that it is encrypted.
        return { state: 'encrypted' };
      }
    }
    const text = withoutBom(bytes.toString('utf8'));
    const head = fromHead(text);
    if (head) return head;
    if (whole) return fromWhole(text);
    const all = await readStart(file, Infinity);
    return all === 'missing' ? { state: 'missing' } : fromWhole(withoutBom(all.bytes.toString('utf8')));
  } catch {
    // Unreadable (permissions, a folder in its place, ...): help comes all the same.
    return { state: 'damaged' };
  }
}
