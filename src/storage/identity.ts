// Which file a journal path really names. The lock, the backups, the note of
// what trust last wrote and the draft all sit beside that file, so two
// processes that reach one journal by two paths (the file and a symlink to
// it) take the same lock and cannot both write over one version.
// Auxiliary files are opened with NOFOLLOW: a link planted among them must
// not make a save write somewhere else. And NONBLOCK: a named pipe in their
// place must not make it wait for ever (plain files ignore the flag).
import { errnoCode } from '../errors.js';
import { closeSync, constants, fstatSync, openSync, readFileSync, readlinkSync, realpathSync, type Stats } from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';

/** Links followed before a chain counts as a loop (Linux's own limit). */
const MAX_HOPS = 40;

/**
 * The real path of `file`: every link resolved, also when the file does not
 * exist yet (its folder may be a link) and when it is a dangling link (then
 * the path the link points to, where the journal will be created).
 * Synchronous and one system call for an existing file: it runs on every save.
 */
export function identityOf(file: string): string {
  const given = resolve(file);
  let path = given;
  for (let hop = 0; hop < MAX_HOPS; hop++) {
    try {
      return realpathSync.native(path);
    } catch (e) {
      // A loop or a folder that cannot be entered: the path as given, whose read then fails and says why.
      if (errnoCode(e) !== 'ENOENT') return given;
    }
    let target: string;
    try {
      target = readlinkSync(path);
    } catch {
      return join(realFolder(dirname(path)), basename(path)); // not a link: a file still to be created
    }
    path = resolve(dirname(path), target);
  }
  return given;
}

/** A folder's real path, even when it (or some of its parents) is still to be created. */
function realFolder(dir: string): string {
  try {
    return realpathSync.native(dir);
  } catch {
    // Not there yet: its parent's real path and its own name, as it will be once made.
    const parent = dirname(dir);
    return parent === dir ? dir : join(realFolder(parent), basename(dir));
  }
}

const { O_RDONLY, O_WRONLY, O_CREAT, O_TRUNC, O_NOFOLLOW, O_NONBLOCK } = constants;

/** Opens an auxiliary file for reading; a symlink there fails (ELOOP) instead of being followed. */
function openOwn(path: string): Promise<FileHandle> {
  return open(path, O_RDONLY | O_NOFOLLOW | O_NONBLOCK);
}

/**
 * Reads a whole file and its version in one go, synchronously: a command
 * that only reads then never waits on Node's thread pool (a few milliseconds
 * of idle start-up on every read). `own`: an auxiliary file, opened as openOwn does.
 */
export function readWhole(path: string, own: boolean): { bytes: Buffer; stats: Stats } {
  const fd = openSync(path, own ? O_RDONLY | O_NOFOLLOW | O_NONBLOCK : O_RDONLY);
  try {
    return { stats: fstatSync(fd), bytes: readFileSync(fd) };
  } finally {
    closeSync(fd);
  }
}

/** Runs `work` on an auxiliary file opened without following a link (for writing: created 0600, emptied). */
export async function withOwn<T>(path: string, write: boolean, work: (fd: FileHandle) => Promise<T>): Promise<T> {
  const fd = await (write ? open(path, O_WRONLY | O_CREAT | O_TRUNC | O_NOFOLLOW | O_NONBLOCK, 0o600) : openOwn(path));
  try {
    return await work(fd);
  } finally {
    await fd.close();
  }
}
