// The journal store: lowdb's core `Low` over an adapter of our own. Reads
// take no lock (writes are atomic renames, so a reader always sees a whole
// file); every change is read-modify-write under the lock, re-reading the
// file so nothing another process wrote meanwhile is lost.
import { lstat } from 'node:fs/promises';
import { Low, type Adapter } from 'lowdb';
import { emptyJournal, type Entry, type Journal } from '../domain/types.js';
import { JournalError } from '../errors.js';
import { safe } from '../ui/messages.js';
import { codecFor, plainCodec, type Codec, type Secrets } from './codec.js';
import { isSealed, MAGIC } from './crypto.js';
import { ensureFolder, readBytes, readHead, readVersion, removeLeftovers, sameId, versionOf, writeAtomic, type FileId } from './file.js';
import { identityOf } from './identity.js';
import { acquire, type LockOptions } from './lock.js';
import { backupPaths, lockPath } from './paths.js';
import { parseJournal, serialize } from './schema.js';
import { appendix, extended, journalOf, pick, scan, spanOfJournal, spanOfScan, TAIL, textOf, type Scan, type Span, type Want } from './scan.js';
import { digestFor, noteWritten, wroteLast } from './written.js';
import { digestAfterAppend, digestOf, readRecent, type Digest, type Recent } from './digest.js';

/** Whether any backup with content sits beside the journal (its real path). */
export async function hasBackups(real: string): Promise<boolean> {
  for (const path of backupPaths(real)) {
    if (await lstat(path).then((s) => s.isFile() && s.size > 0, () => false)) return true;
  }
  return false;
}

export class JournalAdapter implements Adapter<Journal> {
  codec: Codec = plainCodec;
  /** The version of the file last read: a save only goes ahead over that same version. */
  private seen: FileId | null | undefined;
  /**
   * The text and scan of the version this adapter last appended: the care
   * check that follows a save reads the journal again, and while the file is
   * still that version there is nothing new to read.
   */
  private appended: { id: FileId; text: string; scan: Scan } | undefined;

  /**
   * `file` as the person gave it (named in messages, read through);
   * `real`, its real path, where it is written and what its lock, backups and
   * notes are named after. `checkAll`: check every entry on read even when
   * trust wrote the file (another copy being imported).
   */
  constructor(readonly file: string, readonly real: string, private readonly secrets?: Secrets, private readonly checkAll = false) {}

  /**
   * Decodes and validates a journal's bytes (the file's or a backup's); null
   * for a new journal. `ours`: trust wrote these very bytes (see written.ts),
   * so only the head is checked, not every entry (see checkJournal).
   */
  async parse(bytes: Buffer | undefined, file = this.file, ours = false): Promise<Journal | null> {
    const text = await this.decode(bytes, file);
    return text === null ? null : parseJournal(text, file, { entries: !ours });
  }

  /** A journal's bytes as text, settling the codec; null for no file or an empty one (a new journal). */
  async decode(bytes: Buffer | undefined, file = this.file): Promise<string | null> {
    this.codec = await codecFor(bytes, file, this.secretsFor(file));
    if (bytes === undefined) return null;
    const text = await this.codec.decode(bytes);
    return text.trim() === '' ? null : text;
  }

  /** A backup opens with the journal's passphrase: it is asked for once, for the journal. */
  private secretsFor(file: string): Secrets | undefined {
    const s = this.secrets;
    if (!s || file === this.file) return s;
    return { passphrase: () => s.passphrase(this.file), newPassphrase: () => s.newPassphrase(this.file) };
  }

  async read(): Promise<Journal | null> {
    const got = await readVersion(this.file);
    this.seen = got?.id ?? null;
    const ours = !this.checkAll && got !== undefined && (await wroteLast(this.file, got.id));
    const text = await this.decode(got?.bytes);
    const journal = text === null ? null : parseJournal(text, this.file, { entries: !ours });
    // A journal checked in full that is byte for byte what trust would write
    // (copied in, synced, restored) is noted as trust's own: the next command
    // takes the fast path (scan.ts) instead of parsing it whole again.
    // (The ending is checked first: a file laid out otherwise costs no serialize().)
    if (got && journal && !ours && !this.checkAll && text?.endsWith(TAIL) && serialize(journal) === text) await noteWritten(this.real, got.id, this.digestOf(journal.entries));
    // A vanished or emptied journal is not a fresh start while its history is
    // still in the backups: writing on would rotate them away.
    if (journal === null && (await hasBackups(this.real))) {
      throw new JournalError(safe.missingWithBackups(this.file, got ? 'empty' : 'missing'), safe.hintRestore);
    }
    return journal;
  }

  /**
   * Settles the codec before the lock is taken: an encrypted journal's
   * passphrase may have to be typed, and no other process should wait on that.
   */
  async prepare(): Promise<void> {
    // A plain journal has nothing to settle, and its first bytes say so: the
    // whole file is read once, under the lock (ten years: ~3 ms saved).
    if (!isSealed(await readHead(this.file, MAGIC.length))) return;
    this.codec = await codecFor(await readBytes(this.file), this.file, this.secrets);
  }

  async write(data: Journal): Promise<void> {
    await this.save(await this.codec.encode(serialize(data)), this.seen, this.digestOf(data.entries));
  }

  /** The digest noted with a version (digest.ts): only a plain journal's lines can be read from its end. */
  private digestOf(entries: readonly Entry[], codec = this.codec): Digest | undefined {
    return codec === plainCodec ? digestOf(entries) : undefined;
  }

  /** Writes new bytes, only over the version read (when one was); the version they became. */
  async save(bytes: Buffer | readonly Buffer[], seen: FileId | null | undefined, digest?: Digest): Promise<FileId> {
    const written = await writeAtomic(this.real, bytes, { name: this.file, ...(seen === undefined ? {} : { expect: seen }) });
    this.seen = undefined;
    this.appended = undefined;
    await noteWritten(this.real, written, digest);
    return written;
  }

  /** Writes `data` through `codec`; the newest backup is the new version, not the old form (see Store.recode). */
  async rewrite(data: Journal, codec: Codec): Promise<void> {
    this.codec = codec;
    this.appended = undefined;
    const written = await writeAtomic(this.real, await codec.encode(serialize(data)), { name: this.file, keepNew: true, ...(this.seen === undefined ? {} : { expect: this.seen }) });
    this.seen = undefined;
    await noteWritten(this.real, written, this.digestOf(data.entries, codec));
  }

  /**
   * The file's text and its line scan when lines may be read without parsing
   * the whole: trust wrote this very version, and it is laid out as serialize()
   * writes. Undefined otherwise (the caller parses the whole file).
   */
  async scanned(got: { bytes: Buffer; id: FileId } | undefined): Promise<{ text: string; scan: Scan } | undefined> {
    if (!got || !(await wroteLast(this.real, got.id))) return undefined;
    this.appended = undefined;
    const text = await this.decode(got.bytes);
    const s = text === null ? undefined : scan(text, this.file);
    return text !== null && s ? { text, scan: s } : undefined;
  }

  /**
   * Adds entries at the end without parsing the journal, when trust wrote
   * this version itself (see scanned); false otherwise (the caller then takes
   * the usual read-modify-write path). Call under the lock.
   */
  async append(entries: readonly Entry[]): Promise<boolean> {
    const got = await readVersion(this.file);
    const found = await this.scanned(got);
    if (!got || !found) return false;
    const { text, scan: s } = found;
    const tail = appendix(entries);
    // A plain journal keeps its bytes up to the closing bracket (ASCII: as many bytes as characters).
    const after = text.slice(0, s.bodyEnd) + tail;
    const bytes = this.codec === plainCodec
      ? [got.bytes.subarray(0, got.bytes.length - TAIL.length), Buffer.from(tail, 'utf8')]
      : await this.codec.encode(after);
    const next = extended(s, after);
    const id = await this.save(bytes, got.id, next && this.digestAfter(got.id, entries, after, next));
    if (next) this.appended = { id, text: after, scan: next };
    return true;
  }

  /** The digest after an append, from the one noted with the version appended to; none without one. */
  private digestAfter(before: FileId, entries: readonly Entry[], text: string, next: Scan): Digest | undefined {
    const digest = this.codec === plainCodec ? digestFor(this.real, before) : undefined;
    try {
      return digest && digestAfterAppend(digest, entries, text, next.lines, this.file);
    } catch {
      return undefined; // never worth failing a save over: the next full write notes one again
    }
  }

  /** The journal's text and line scan now, when its lines may be read without parsing the whole (see scanned). */
  async lines(): Promise<{ text: string; scan: Scan } | undefined> {
    const last = this.appended;
    if (last && sameId(await versionOf(this.file), last.id)) return last;
    return this.scanned(await readVersion(this.file));
  }
}

export interface StoreOptions {
  secrets?: Secrets;
  lock?: LockOptions;
  /** Called after each change reached the disk. */
  onSaved?: () => void;
  /** Check every entry on read even when trust wrote the file (another copy being imported). */
  checkAll?: boolean;
}

export class Store {
  readonly adapter: JournalAdapter;
  /** The journal's identity: its real path (see identity.ts). Lock, backups, notes and draft are named after it. */
  readonly real: string;
  private readonly db: Low<Journal>;

  constructor(readonly file: string, private readonly opts: StoreOptions = {}) {
    this.real = identityOf(file);
    this.adapter = new JournalAdapter(file, this.real, opts.secrets, opts.checkAll);
    this.db = new Low(this.adapter, emptyJournal());
  }

  /** The journal as it is now (an empty one if the file does not exist). */
  async read(): Promise<Journal> {
    // Low keeps its old data when the file is missing; start clean each time.
    this.db.data = emptyJournal();
    await this.db.read();
    return this.db.data;
  }

  /**
   * Runs `change` on a fresh copy of the journal under the lock and saves
   * the result. If `change` throws, nothing is written. `change` must be
   * quick and never prompt: ask first, then update. A change that only adds
   * entries is better done with append(), which need not parse the journal.
   */
  async update<T>(change: (journal: Journal) => T | Promise<T>): Promise<T> {
    return this.locked(async () => {
      await this.read();
      const result = await change(this.db.data);
      await this.db.write();
      return result;
    });
  }

  /** Adds new entries at the end: the common save, done without parsing the journal when its layout allows. */
  async append(entries: readonly Entry[]): Promise<void> {
    await this.locked(async () => {
      if (await this.adapter.append(entries)) return;
      await this.read();
      this.db.data.entries.push(...entries);
      await this.db.write();
    });
  }

  /**
   * Entries dated from `since` to `until`, and what came before them. Only
   * those entries are parsed when the file is laid out as we write it.
   */
  async readSpan(since: string, until: string): Promise<Span> {
    const found = await this.adapter.lines();
    if (found) {
      try {
        return spanOfScan(found.text, found.scan, since, until, this.file);
      } catch {
        // a line that will not parse on its own: the whole parse says what is wrong
      }
    }
    return spanOfJournal(await this.read(), since, until);
  }

  /**
   * The journal with at least the entries `wants` pick (see scan.ts): only
   * those are parsed when the file is laid out as we write it; otherwise the
   * whole journal. The caller filters the entries exactly.
   */
  async readSome(wants: readonly Want[]): Promise<Journal> {
    const found = await this.adapter.lines();
    if (found) {
      try {
        return journalOf(found.text, found.scan, pick(found.text, found.scan, wants, this.file), this.file);
      } catch {
        // a line that will not parse on its own: the whole parse says what is wrong
      }
    }
    return this.read();
  }

  /**
   * The entries dated `since` or later and the open actions, from the note's
   * digest and the file's last lines (see digest.ts); undefined when they
   * cannot be read so (the caller reads as usual).
   */
  readRecent(since: string): Recent | undefined {
    return readRecent(this.file, since, (id) => digestFor(this.real, id));
  }

  /**
   * The journal as serialize() writes it, with exactly the entries `wants`
   * pick (each part of which must then be exact), in journalOrder, in
   * pieces; undefined when the file must be parsed whole (the caller then
   * serialises it as usual).
   */
  async readText(wants: readonly Want[]): Promise<{ pieces: Iterable<string>; count: number } | undefined> {
    const found = await this.adapter.lines();
    if (!found) return undefined;
    const lines = pick(found.text, found.scan, wants, this.file);
    return { pieces: textOf(found.text, found.scan, lines), count: lines.length };
  }

  /** Runs `work` under the lock (an encrypted journal's passphrase is settled before taking it). */
  private async locked<T>(work: () => Promise<T>): Promise<T> {
    await ensureFolder(this.real);
    await this.adapter.prepare();
    const release = await acquire(lockPath(this.real), this.file, this.opts.lock);
    try {
      const result = await work();
      this.opts.onSaved?.();
      // Tidy temp files of saves that were killed midway; never worth failing over.
      await removeLeftovers(this.real).catch(() => undefined);
      return result;
    } finally {
      await release();
    }
  }

  /**
   * Saves the journal again through another codec (encrypt, decrypt), under
   * the lock. `choose` gets the codec it was read with and may refuse by
   * throwing; `companions` runs first, for the files that must change form
   * with it (backups, the draft): if it throws, the journal is left as it
   * was. The old form is not kept as a backup; the new version is.
   */
  async recode(choose: (current: Codec) => Codec, companions: (next: Codec, previous: Codec) => Promise<void>): Promise<void> {
    await this.locked(async () => {
      await this.read();
      const previous = this.adapter.codec;
      const next = choose(previous);
      await companions(next, previous);
      await this.adapter.rewrite(this.db.data, next);
    });
  }
}
