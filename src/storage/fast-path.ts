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
// that slow path. How a line is found without parsing it is scan.ts; how
// the last lines alone answer a read, through the digest noted with the
// version, is digest.ts. The property tests in
// test/unit/fast-path.property.test.ts and digest.property.test.ts hold each
// of these to the slow path.
import type { Entry, Journal } from '../domain/types.js';
import { JournalError } from '../errors.js';
import { plainCodec, type Codec } from './codec.js';
import { readVersion, sameId, versionOf, type Extension, type FileId } from './file.js';
import { readWhole } from './identity.js';
import { serialize } from './schema.js';
import { appendix, extended, journalOf, pick, scan, spanOfScan, TAIL, textOf, type Scan, type Span, type Want } from './scan.js';
import { digestFor, noteWritten, wroteLast } from './written.js';
import { daysBefore, digestAfterAppend, digestOf, readRecent, readTail, type Digest, type Recent, type Tail } from './digest.js';

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
  save(bytes: Buffer | readonly Buffer[] | Extension, seen: FileId | null | undefined, keepNew?: boolean, digest?: Digest): Promise<FileId>;
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
   * false when the file is not trust's own, or a plain one whose note has no
   * digest (the store then rewrites it whole, which notes one). A plain
   * journal keeps its bytes up to the closing bracket, and only the lines of
   * its digest's window are read to carry the digest on. Call under the lock.
   */
  async append(entries: readonly Entry[]): Promise<boolean> {
    if (this.host.codec !== plainCodec) {
      const got = await readVersion(this.host.file);
      return got !== undefined && (await this.ours(got.id)) && this.appendScanned(got, entries);
    }
    if (this.checkAll) return false;
    const file = this.host.file;
    let bytes: Buffer | undefined;
    // Only a new action needs the whole text, to be sure no review already names it (its id is new).
    const named = (id: string) => (bytes ??= readWhole(file, false).bytes).includes(`"${id}"`);
    const plan = readTail(file, (id) => digestFor(this.host.real, id), (digest, tail, version) => {
      // An empty journal is one line: the entries go inside its `[]`, which takes the whole rewrite.
      const window = digest.recent.lines === 0 ? undefined : tail(digest.recent.lines);
      return window && { version, next: digestAfterAppend(digest, entries, window.lines, named) };
    });
    if (!plan) return false;
    // The file's bytes up to its closing bracket (ASCII: as many bytes as characters) are kept as they are, never read.
    const extension = { keep: plan.version.size - TAIL.length, tail: Buffer.from(appendix(entries), 'utf8') };
    await this.host.save(extension, plan.version, false, plan.next);
    return true;
  }

  /** append() for a journal whose lines cannot be read from its end (encrypted): decoded and scanned whole. */
  private async appendScanned(got: { bytes: Buffer; id: FileId }, entries: readonly Entry[]): Promise<boolean> {
    const found = await this.scanned(got);
    if (!found) return false;
    const { text, scan: s } = found;
    const after = text.slice(0, s.bodyEnd) + appendix(entries);
    const next = extended(s, after);
    const id = await this.host.save(await this.host.codec.encode(after), got.id);
    if (next) this.appended = { id, text: after, scan: next };
    return true;
  }

  /** Entries dated from `since` to `until`, and what came before, parsing only those lines. */
  async span(since: string, until: string): Promise<Span | undefined> {
    const near = this.spanFromTail(since, until);
    if (near) return near;
    const found = await this.lines();
    return found && orSlowPath(() => spanOfScan(found.text, found.scan, since, until, this.host.file));
  }

  /** The journal with at least the entries `wants` pick (see scan.ts), parsing only those lines. */
  async some(wants: readonly Want[]): Promise<Journal | undefined> {
    const near = this.newestFromTail(wants);
    if (near) return near;
    const found = await this.lines();
    const file = this.host.file;
    return found && orSlowPath(() => journalOf(found.text, found.scan, pick(found.text, found.scan, wants, file), file));
  }

  /**
   * some() for the newest entries (`list -n`), with every correction when
   * asked, read from the end of the file through the note's digest: every
   * line dated from the window's start is among its last lines, so when those
   * hold all the newest lines a want asks for, each dated from that start, no
   * earlier line can outrank them. Undefined otherwise (the caller scans).
   */
  private newestFromTail(wants: readonly Want[]): Journal | undefined {
    if (this.checkAll || !wants.some(newestOnly) || !wants.every((w) => newestOnly(w) || editsOnly(w))) return undefined;
    const file = this.host.file;
    return readTail(file, (id) => digestFor(this.host.real, id), (digest, tail) => {
      const count = wants.some(editsOnly) ? Math.max(digest.recent.lines, digest.edits) : digest.recent.lines;
      const found = count === 0 ? undefined : tail(count);
      if (!found) return undefined;
      const s = scanOf(found);
      for (const w of wants.filter(newestOnly)) {
        const hits = pick(found.text, s, [w], file);
        if (hits.length < (w.newest ?? 0) || hits.some((line) => line.date < digest.recent.from)) return undefined;
      }
      return orSlowPath(() => journalOf(found.text, s, pick(found.text, s, wants, file), file));
    });
  }

  /**
   * span() from the end of the file through the note's digest, when the span
   * starts in the digest's window: every line dated from the window's start
   * is among its last lines, and the digest knows the days logged before.
   */
  private spanFromTail(since: string, until: string): Span | undefined {
    if (this.checkAll) return undefined;
    const file = this.host.file;
    return readTail(file, (id) => digestFor(this.host.real, id), (digest, tail) => {
      if (digest.recent.lines === 0 || since < digest.recent.from) return undefined;
      const found = tail(digest.recent.lines);
      const span = found && orSlowPath(() => spanOfScan(found.text, scanOf(found), since, until, file));
      return span && { ...span, earlierLogDays: daysBefore(digest.logDays, since), hasEarlier: digest.first !== '' && digest.first < since };
    });
  }

  /** The journal of exactly the entries `wants` pick, as serialize() writes it in journalOrder, from the lines as written. */
  async text(wants: readonly Want[]): Promise<{ pieces: Iterable<string>; count: number } | undefined> {
    const found = await this.lines();
    if (!found) return undefined;
    const lines = pick(found.text, found.scan, wants, this.host.file);
    return { pieces: textOf(found.text, found.scan, lines), count: lines.length };
  }
}

/** The last lines read through the digest, as scan() would have them. */
const scanOf = (tail: Tail): Scan => ({ head: tail.head, lines: tail.lines, bodyEnd: tail.text.length - TAIL.length });

/** A want of the newest lines by date and kind alone: the digest's window can hold its answer. */
const newestOnly = (w: Want) => w.newest !== undefined && Object.keys(w).every((k) => k === 'newest' || k === 'since' || k === 'until' || k === 'kinds');
/** A want of every correction: the digest counts the lines that hold them. */
const editsOnly = (w: Want) => Object.keys(w).length === 1 && w.kinds?.length === 1 && w.kinds[0] === 'edit';
