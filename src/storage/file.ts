// Reading and writing the journal's bytes safely: a temp file in the same
// folder, fsync, rename over the old one; the old version kept as a backup.
// Every error names the file and leaves it as it was.
import { constants } from 'node:fs';
import { chmod, copyFile, link, lstat, mkdir, open, readdir, rename, stat, unlink, type FileHandle } from 'node:fs/promises';
import { dirname } from 'node:path';
import { JournalError, StoreError, errnoCode } from '../errors.js';
import { identityOf, readWhole } from './identity.js';
import { clearStaleTurn, processAlive } from './lock.js';
import { BACKUPS, backupPath, isTempOf, leftoverTemps, tempPath, type Leftover } from './paths.js';

function ioError(file: string, action: 'read' | 'write', e: unknown): StoreError {
  const detail = e instanceof Error ? e.message : String(e);
  return new StoreError({ kind: 'io', file, action, code: errnoCode(e) ?? '', detail }, { cause: e });
}

/** Which version of a file was read: a save replaces the file, so any write by anyone changes this. */
export interface FileId {
  ino: number;
  size: number;
  mtimeMs: number;
}

const idOf = (s: { ino: number; size: number; mtimeMs: number }): FileId => ({ ino: s.ino, size: s.size, mtimeMs: s.mtimeMs });
export const sameId = (a: FileId | null, b: FileId | null) => a === b || (a !== null && b !== null && a.ino === b.ino && a.size === b.size && a.mtimeMs === b.mtimeMs);

/**
 * The file's bytes and version, or undefined when it does not exist yet.
 * `follow: false` for an auxiliary file (backup, draft): a symlink there fails with ELOOP.
 */
export async function readVersion(file: string, follow = true): Promise<{ bytes: Buffer; id: FileId } | undefined> {
  try {
    const { bytes, stats } = readWhole(file, !follow);
    return { bytes, id: idOf(stats) };
  } catch (e) {
    if (errnoCode(e) === 'ENOENT') return undefined;
    throw ioError(file, 'read', e);
  }
}

/** The version of a file now, without reading it; null when it does not exist (or cannot be looked at). */
export async function versionOf(file: string): Promise<FileId | null> {
  // Only ever compared with a version in hand: null matches none, so the caller reads the file and meets the real error.
  return stat(file).then(idOf, () => null);
}

export async function readBytes(file: string, follow = true): Promise<Buffer | undefined> {
  return (await readVersion(file, follow))?.bytes;
}

/** The first `n` bytes of a file (fewer if it is shorter; empty if it does not exist). */
export async function readHead(file: string, n: number): Promise<Buffer> {
  try {
    const fd = await open(file, 'r');
    try {
      const buf = Buffer.alloc(n);
      const { bytesRead } = await fd.read(buf, 0, n, 0);
      return buf.subarray(0, bytesRead);
    } finally {
      await fd.close();
    }
  } catch (e) {
    if (errnoCode(e) === 'ENOENT') return Buffer.alloc(0);
    throw ioError(file, 'read', e);
  }
}

/** Creates the journal's folder as 0700 when it does not exist (its parents as usual). */
export async function ensureFolder(file: string): Promise<void> {
  const dir = dirname(file);
  try {
    await stat(dir);
    return;
  } catch {
    // missing (or not to be looked at): mkdir below either makes it or says why not
  }
  try {
    await mkdir(dirname(dir), { recursive: true });
    await mkdir(dir, { mode: 0o700 }).catch((e: NodeJS.ErrnoException) => {
      if (e.code !== 'EEXIST') throw e;
    });
    await chmod(dir, 0o700);
  } catch (e) {
    throw ioError(file, 'write', e);
  }
}

async function syncFolder(dir: string): Promise<void> {
  try {
    const fd = await open(dir, 'r');
    try {
      await fd.sync();
    } finally {
      await fd.close();
    }
  } catch {
    // some file systems cannot fsync a folder; the rename is still atomic
  }
}

/**
 * Holds on to the current version under a temp name before it is replaced
 * (a hard link costs nothing: a version's bytes are never written to again).
 * An empty or missing file is no version worth keeping.
 */
async function holdOld(target: string): Promise<string | undefined> {
  // No journal yet is no version to keep; a stat that fails otherwise costs this one backup, not the save.
  const size = await stat(target).then((s) => s.size, () => 0);
  if (size === 0) return undefined;
  const held = tempPath(`${target}.bak`);
  // No hard links on this file system (FAT, some shares): a copy holds it as well, and its own failure is thrown.
  await link(target, held).catch(() => copyFile(target, held, constants.COPYFILE_EXCL));
  await chmod(held, 0o600);
  return held;
}

/** A private copy (not a link: the live file's inode may be written in place by another program). */
async function copyOf(target: string): Promise<string> {
  const held = tempPath(`${target}.bak`);
  await copyFile(target, held, constants.COPYFILE_EXCL);
  await chmod(held, 0o600);
  return held;
}

/** Once the new version is in place, the held one becomes backup 1 and older ones shift along. */
async function rotateBackups(file: string, held: string, keep: number): Promise<void> {
  for (let n = keep - 1; n >= 1; n--) {
    // Fewer versions than are kept so far: a backup not there yet has nothing to shift.
    await rename(backupPath(file, n), backupPath(file, n + 1)).catch(() => undefined);
  }
  await rename(held, backupPath(file, 1));
}

export interface WriteOptions {
  /** The path to name in messages (the journal as the person gave it); the target itself by default. */
  name?: string;
  /** The temp file to write first (a tempPath() of the target); a fresh one by default. */
  temp?: string;
  backups?: number;
  mode?: number;
  /** The version read before the change (null: there was no file); a different one on disk stops the write. */
  expect?: FileId | null;
  /**
   * Keep the new version as backup 1 instead of the one it replaces: for a
   * change of form with the same content (encrypt, decrypt), whose old form
   * must not stay behind as a backup.
   */
  keepNew?: boolean;
}

async function currentId(target: string): Promise<FileId | null> {
  return stat(target).then(idOf, (e: NodeJS.ErrnoException) => {
    if (e.code === 'ENOENT') return null;
    throw e;
  });
}

/**
 * Writes `bytes` (or its parts, in order, or an extension of the file there)
 * to `target` atomically: temp file, fsync, rename, backups beside it. Returns the new file's version. A link at
 * `target` is replaced, never followed: to write through one, pass
 * identityOf() of it (the journal's own path does).
 */
export async function writeAtomic(target: string, bytes: Buffer | readonly Buffer[] | Extension, opts: WriteOptions = {}): Promise<FileId> {
  const file = opts.name ?? target;
  await ensureFolder(target);
  const tmp = opts.temp ?? tempPath(target);
  const keep = opts.backups ?? BACKUPS;
  const mode = opts.mode ?? 0o600;
  let held: string | undefined;
  let written: FileId;
  try {
    // An extension starts as a copy the kernel makes (never read into the process), then made ours.
    if (isExtension(bytes)) await copyFile(target, tmp, constants.COPYFILE_EXCL);
    const fd = await (isExtension(bytes) ? open(tmp, 'r+') : open(tmp, 'wx', mode));
    try {
      if (isExtension(bytes)) await extend(fd, bytes, mode);
      else if (Buffer.isBuffer(bytes)) await fd.writeFile(bytes);
      else await writeParts(fd, bytes);
      await fd.sync();
      // The rename that follows keeps the inode, size and modification time.
      written = idOf(await fd.stat());
    } finally {
      await fd.close();
    }
    // Under the lock no trust process writes meanwhile; this catches anything else (an editor, a sync tool).
    if (opts.expect !== undefined && !sameId(opts.expect, await currentId(target))) {
      throw new StoreError({ kind: 'changed-meanwhile', file });
    }
    if (keep > 0 && !opts.keepNew) held = await holdOld(target);
    await rename(tmp, target);
    // The new version is already in place: a backup copy of it that fails costs a backup, not the save.
    if (keep > 0 && opts.keepNew) held = await copyOf(target).catch(() => undefined);
  } catch (e) {
    // Tidying after a failed write: the error that stopped it is the one to report (and a temp left is swept).
    await unlink(tmp).catch(() => undefined);
    if (held) await unlink(held).catch(() => undefined);
    throw e instanceof JournalError ? e : ioError(file, 'write', e);
  }
  // The new version is saved; a backup that cannot be shifted is left for the sweep, not an error.
  if (held) await rotateBackups(target, held, keep).catch(() => undefined);
  await syncFolder(dirname(target));
  return written;
}

/**
 * A new version made of the first `keep` bytes of the file now at the target
 * and then `tail`: an append to a journal of years need not read them. The
 * write's usual check (`expect`) makes sure they were the version meant.
 */
export interface Extension {
  keep: number;
  tail: Buffer;
}

const isExtension = (bytes: Buffer | readonly Buffer[] | Extension): bytes is Extension => !Buffer.isBuffer(bytes) && !Array.isArray(bytes);

/** The copy of the target in `fd` becomes the extension: its mode, then the tail in place, then nothing after it. */
async function extend(fd: FileHandle, { keep, tail }: Extension, mode: number): Promise<void> {
  await fd.chmod(mode);
  let done = 0;
  while (done < tail.length) done += (await fd.write(tail, done, tail.length - done, keep + done)).bytesWritten;
  await fd.truncate(keep + tail.length);
}

async function writeParts(fd: FileHandle, parts: readonly Buffer[]): Promise<void> {
  let rest = parts.filter((p) => p.length > 0);
  while (rest.length > 0) {
    let { bytesWritten } = await fd.writev(rest);
    // A short write leaves the remainder to go again.
    const next: Buffer[] = [];
    for (const part of rest) {
      if (bytesWritten >= part.length) bytesWritten -= part.length;
      else {
        next.push(part.subarray(bytesWritten));
        bytesWritten = 0;
      }
    }
    rest = next;
  }
}

/** Temp files of the journal at real path `file`, in its folder, split by whether their writer is still running. */
export async function findLeftovers(file: string): Promise<{ dead: Leftover[]; live: Leftover[] }> {
  // A folder that cannot be listed (or is not there) holds no leftovers we could remove anyway.
  const all = leftoverTemps(file, await readdir(dirname(file)).catch((): string[] => []));
  return { dead: all.filter((l) => !processAlive(l.pid)), live: all.filter((l) => processAlive(l.pid)) };
}

/** Removes temp files whose writer was killed (and the export temps their notes name); returns how many went. */
export async function removeLeftovers(file: string): Promise<number> {
  await clearStaleTurn(file);
  const { dead } = await findLeftovers(file);
  let removed = 0;
  for (const l of dead) {
    if (l.note) await removeNamedTemp(l);
    // Only counted when it went: one that will not go (gone already, no permission) is left for the next sweep.
    if (await unlink(l.path).then(() => true, () => false)) removed++;
  }
  return removed;
}

/** The export temp a dead writer's note names: removed only if it is a plain file named as that writer's temp. */
async function removeNamedTemp(note: Leftover): Promise<void> {
  // Best effort throughout: a note or temp that cannot be read or removed is left as it is, and never followed.
  const named = await readBytes(note.path, false).then((b) => b?.toString('utf8'), () => undefined);
  if (!named || !isTempOf(named, note.pid)) return;
  if (await lstat(named).then((s) => s.isFile(), () => false)) await unlink(named).catch(() => undefined);
}

/** True when both paths name the same file, however they are spelled (links, hard links included). */
export async function sameFile(a: string, b: string): Promise<boolean> {
  // A path that cannot be looked at (not there yet) is compared by its spelled-out real path instead.
  const [x, y] = await Promise.all([stat(a).catch(() => undefined), stat(b).catch(() => undefined)]);
  if (x && y) return x.dev === y.dev && x.ino === y.ino;
  return identityOf(a) === identityOf(b);
}
