// The fast paths: every way the store reads or changes the journal without
// parsing and checking all of it. They exist because ten years of entries
// cost more to parse and check than everything else a command does, while
// most commands need a few lines (the report: two periods; `list -n 10`:
// ten; an append: none). They are safe because they are only taken while
// the file is the very version trust last wrote (written.ts keeps its inode,
// size and mtime), and trust checked or made everything it wrote: there is
// nothing left to check. Any other file (edited, synced in, restored) is
// parsed and checked whole through lowdb's `Low` (journal.ts). Each method
// returns undefined (or false) when it does not apply, and the Store takes
// that slow path. How a line is found without parsing it is scan.ts; the
// property tests in test/unit/fast-path.property.test.ts hold each of these
// to the slow path.
import type { Entry, Journal } from '../domain/types.js';
import { JournalError } from '../errors.js';
import { plainCodec, type Codec } from './codec.js';
import { readVersion, sameId, versionOf, type FileId } from './file.js';
import { serialize } from './schema.js';
import { appendix, extended, journalOf, pick, scan, spanOfScan, TAIL, textOf, type Scan, type Span, type Want } from './scan.js';
import { digestFor, noteWritten, wroteLast } from './written.js';
import { digestAfterAppend, digestOf, readRecent, type Digest, type Recent } from './digest.js';

/** What the fast paths need of the adapter they serve: its file, its codec, and its one way to save. */
export interface Host {
  /** The journal as the person named it (read through, named in messages). */
  readonly file: string;
  /** Its real path, after which the note is named (see identity.ts). */
  readonly real: string;
  readonly codec: Codec;
  /** A journal's bytes as text, settling the codec; null for a new journal. */
  decode(bytes: Buffer | undefined): Promise<string | null>;
  /** Writes bytes over version `seen` (see writeAtomic), noting `digest` with it; the version they became. */
  save(bytes: Buffer | readonly Buffer[], seen: FileId | null | undefined, keepNew?: boolean, digest?: Digest): Promise<FileId>;
}

/** The journal's text and its line scan, for a version trust wrote itself. */
interface Lines {
  text: string;
  scan: Scan;
}

/** A line that does not parse on its own is left to the whole parse, which says what is wrong with it. */
function orSlowPath<T>(read: () => T): T | undefined {
  try {
    return read();
  } catch (e) {
    if (e instanceof JournalError) return undefined;
    throw e;
  }
}

export class FastPath {
  /**
   * The version this store last appended, as text and scan: the care check
   * that follows a save reads the journal again, and while the file is
   * still that version there is nothing new to read.
   */
  private appended: (Lines & { id: FileId }) | undefined;

  /** `checkAll`: never trust the note (another copy being imported is checked whole). */
  constructor(private readonly host: Host, private readonly checkAll = false) {}

  /** Whether version `id` is the one trust last wrote: then only the journal's head needs checking on load. */
  async ours(id: FileId): Promise<boolean> {
    return !this.checkAll && (await wroteLast(this.host.real, id));
  }

  /** After every save: the new version is trust's own, and what was kept of the old one is stale. */
  async saved(id: FileId, digest?: Digest): Promise<void> {
    this.appended = undefined;
    await noteWritten(this.host.real, id, digest);
  }

  /** The digest noted with a version (digest.ts): only a plain journal's lines can be read from its end. */
  digestOf(entries: readonly Entry[]): Digest | undefined {
    return this.host.codec === plainCodec ? digestOf(entries) : undefined;
  }

  /** The first screen of `trust log` from the note's digest and the file's last lines (digest.ts). */
  recent(since: string): Recent | undefined {
    return this.checkAll ? undefined : readRecent(this.host.file, since, (id) => digestFor(this.host.real, id));
  }

  /**
   * After a journal was checked whole: when its text is byte for byte what
   * trust would write (copied in, synced, restored), it is noted as trust's
   * own, so the next command takes the fast path. The ending is checked
   * first: a file laid out otherwise costs no serialize().
   */
  async checked(id: FileId, journal: Journal, text: string): Promise<void> {
    if (!this.checkAll && text.endsWith(TAIL) && serialize(journal) === text) await noteWritten(this.host.real, id, this.digestOf(journal.entries));
  }

  /** The text and scan of the file now, when it is trust's own version laid out as serialize() writes it. */
  async lines(): Promise<Lines | undefined> {
    const last = this.appended;
    if (last && sameId(await versionOf(this.host.file), last.id)) return last;
    return this.scanned(await readVersion(this.host.file));
  }

  /** The text and scan of version `got`, when it may be read line by line (see lines). */
  async scanned(got: { bytes: Buffer; id: FileId } | undefined): Promise<Lines | undefined> {
    if (!got || !(await this.ours(got.id))) return undefined;
    this.appended = undefined;
    const text = await this.host.decode(got.bytes);
    const s = text === null ? undefined : scan(text, this.host.file);
    return text !== null && s ? { text, scan: s } : undefined;
  }

  /**
   * Adds entries before the closing bracket without parsing the journal;
   * false when the file is not trust's own (the store then rewrites it
   * whole). Call under the lock.
   */
  async append(entries: readonly Entry[]): Promise<boolean> {
    const got = await readVersion(this.host.file);
    const found = await this.scanned(got);
    if (!got || !found) return false;
    const { text, scan: s } = found;
    const tail = appendix(entries);
    const after = text.slice(0, s.bodyEnd) + tail;
    // A plain journal keeps its bytes up to the closing bracket (ASCII: as many bytes as characters).
    const bytes = this.host.codec === plainCodec
      ? [got.bytes.subarray(0, got.bytes.length - TAIL.length), Buffer.from(tail, 'utf8')]
      : await this.host.codec.encode(after);
    const next = extended(s, after);
    const id = await this.host.save(bytes, got.id, false, next && this.digestAfter(got.id, entries, after, next));
    if (next) this.appended = { id, text: after, scan: next };
    return true;
  }

  /** The digest after an append, from the one noted with the version appended to; none without one. */
  private digestAfter(before: FileId, entries: readonly Entry[], text: string, next: Scan): Digest | undefined {
    const digest = this.host.codec === plainCodec ? digestFor(this.host.real, before) : undefined;
    try {
      return digest && digestAfterAppend(digest, entries, text, next.lines, this.host.file);
    } catch {
      return undefined; // never worth failing a save over: the next full write notes one again
    }
  }

  /** Entries dated from `since` to `until`, and what came before, parsing only those lines. */
  async span(since: string, until: string): Promise<Span | undefined> {
    const found = await this.lines();
    return found && orSlowPath(() => spanOfScan(found.text, found.scan, since, until, this.host.file));
  }

  /** The journal with at least the entries `wants` pick (see scan.ts), parsing only those lines. */
  async some(wants: readonly Want[]): Promise<Journal | undefined> {
    const found = await this.lines();
    const file = this.host.file;
    return found && orSlowPath(() => journalOf(found.text, found.scan, pick(found.text, found.scan, wants, file), file));
  }

  /** The journal of exactly the entries `wants` pick, as serialize() writes it in journalOrder, from the lines as written. */
  async text(wants: readonly Want[]): Promise<{ pieces: Iterable<string>; count: number } | undefined> {
    const found = await this.lines();
    if (!found) return undefined;
    const lines = pick(found.text, found.scan, wants, this.host.file);
    return { pieces: textOf(found.text, found.scan, lines), count: lines.length };
  }
}
