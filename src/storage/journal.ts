// The journal store: lowdb's core `Low` over an adapter of our own, the one
// way the whole document is read and written. Reads take no lock (writes
// are atomic renames, so a reader always sees a whole file); every change is
// read-modify-write under the lock, re-reading the file so nothing another
// process wrote meanwhile is lost. From the top: the Store's methods, the
// adapter under Low, and the fast paths it reaches (fast-path.ts), which
// read or append to a file trust wrote itself without parsing all of it.
import { lstat } from 'node:fs/promises';
import { Low, type Adapter } from 'lowdb';
import { emptyJournal, type Entry, type Journal } from '../domain/types.js';
import { StoreError } from '../errors.js';
import { codecFor, plainCodec, type Codec, type Secrets } from './codec.js';
import { isSealed, MAGIC } from './crypto.js';
import { FastPath } from './fast-path.js';
import { ensureFolder, readBytes, readHead, readVersion, removeLeftovers, writeAtomic, type Extension, type FileId } from './file.js';
import { identityOf } from './identity.js';
import { acquire, type LockOptions } from './lock.js';
import { backupPaths, lockPath } from './paths.js';
import { parseJournal, serialize } from './schema.js';
import { spanOfJournal, type Span, type Want } from './scan.js';
import type { Digest, Recent } from './digest.js';

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

  // The whole document, read and written through Low and the adapter.

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
      this.adapter.changeForm(next);
      await this.db.write();
    });
  }

  // Reads and a write that take a fast path when the file is trust's own
  // (adapter.fast, see fast-path.ts), and the whole document otherwise.

  /** Adds new entries at the end: the common save, done without parsing the journal when its layout allows. */
  async append(entries: readonly Entry[]): Promise<void> {
    await this.locked(async () => {
      if (await this.adapter.fast.append(entries)) return;
      await this.read();
      this.db.data.entries.push(...entries);
      await this.db.write();
    });
  }

  /** Entries dated from `since` to `until`, and what came before them. */
  async readSpan(since: string, until: string): Promise<Span> {
    return (await this.adapter.fast.span(since, until)) ?? spanOfJournal(await this.read(), since, until);
  }

  /**
   * The journal with at least the entries `wants` pick (see scan.ts), or
   * the whole journal. The caller filters the entries exactly.
   */
  async readSome(wants: readonly Want[]): Promise<Journal> {
    return (await this.adapter.fast.some(wants)) ?? this.read();
  }

  /**
   * The journal as serialize() writes it, with exactly the entries `wants`
   * pick (each part of which must then be exact), in journalOrder, in
   * pieces; undefined when the file must be parsed whole (the caller then
   * serialises it as usual).
   */
  async readText(wants: readonly Want[]): Promise<{ pieces: Iterable<string>; count: number } | undefined> {
    return this.adapter.fast.text(wants);
  }

  /**
   * The entries dated `since` or later and the open actions, from the note's
   * digest and the file's last lines (see digest.ts); undefined when they
   * cannot be read so (the caller reads as usual).
   */
  readRecent(since: string): Recent | undefined {
    return this.adapter.fast.recent(since);
  }

  /** Runs `work` under the lock (an encrypted journal's passphrase is settled before taking it). */
  private async locked<T>(work: () => Promise<T>): Promise<T> {
    await ensureFolder(this.real);
    await this.adapter.prepare();
    const release = await acquire(lockPath(this.real), this.file, this.opts.lock);
    try {
      const result = await work();
      this.opts.onSaved?.();
      // Tidying temp files of saves that were killed midway is never worth failing a saved change over.
      await removeLeftovers(this.real).catch(() => undefined);
      return result;
    } finally {
      await release();
    }
  }
}

/**
 * lowdb's adapter for the journal file: read() and write() move the whole
 * document, checked on the way in, written atomically on the way out. The
 * fast paths (`fast`) share its codec and its one way to save.
 */
export class JournalAdapter implements Adapter<Journal> {
  codec: Codec = plainCodec;
  readonly fast: FastPath;
  /** The version of the file last read: a save only goes ahead over that same version. */
  private seen: FileId | null | undefined;
  /** The form the next write() changes to (see Store.recode). */
  private nextForm: Codec | undefined;

  /**
   * `file` as the person gave it (named in messages, read through);
   * `real`, its real path, where it is written and what its lock, backups and
   * notes are named after. `checkAll`: check every entry on read even when
   * trust wrote the file (another copy being imported).
   */
  constructor(readonly file: string, readonly real: string, private readonly secrets?: Secrets, checkAll = false) {
    this.fast = new FastPath(this, checkAll);
  }

  async read(): Promise<Journal | null> {
    const got = await readVersion(this.file);
    this.seen = got?.id ?? null;
    // A version trust wrote itself is checked by its head only (see fast-path.ts).
    const ours = got !== undefined && (await this.fast.ours(got.id));
    const text = await this.decode(got?.bytes);
    const journal = text === null ? null : parseJournal(text, this.file, { entries: !ours });
    if (got && text !== null && journal && !ours) await this.fast.checked(got.id, journal, text);
    // A vanished or emptied journal is not a fresh start while its history is
    // still in the backups: writing on would rotate them away.
    if (journal === null && (await hasBackups(this.real))) {
      throw new StoreError({ kind: 'missing-with-backups', file: this.file, what: got ? 'empty' : 'missing' });
    }
    return journal;
  }

  async write(data: Journal): Promise<void> {
    const form = this.nextForm;
    this.nextForm = undefined;
    if (form) this.codec = form;
    // A new form keeps the new version as the newest backup, never the old form (see Store.recode).
    await this.save(await this.codec.encode(serialize(data)), this.seen, form !== undefined, this.fast.digestOf(data.entries));
  }

  /** The next write() saves through `codec` instead of the codec the journal was read with. */
  changeForm(codec: Codec): void {
    this.nextForm = codec;
  }

  /** Writes new bytes, only over the version read (when one was); the version they became. */
  async save(bytes: Buffer | readonly Buffer[] | Extension, seen: FileId | null | undefined, keepNew = false, digest?: Digest): Promise<FileId> {
    const written = await writeAtomic(this.real, bytes, { name: this.file, keepNew, ...(seen === undefined ? {} : { expect: seen }) });
    this.seen = undefined;
    await this.fast.saved(written, digest);
    return written;
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

  /** Decodes and checks a journal's bytes in full (the file's or a backup's); null for a new journal. */
  async parse(bytes: Buffer | undefined, file = this.file): Promise<Journal | null> {
    const text = await this.decode(bytes, file);
    return text === null ? null : parseJournal(text, file);
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
}

/** Whether any backup with content sits beside the journal (its real path). */
export async function hasBackups(real: string): Promise<boolean> {
  for (const path of backupPaths(real)) {
    // Not there, or not to be looked at: no history here that writing on could rotate away.
    if (await lstat(path).then((s) => s.isFile() && s.size > 0, () => false)) return true;
  }
  return false;
}
