// Reading and writing the journal's bytes safely: a temp file in the same
// folder, fsync, rename over the old one; the old version kept as a backup.
// Every error names the file and leaves it as it was.
import { mkdir, open, readFile, rename, link, copyFile, unlink, chmod, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { JournalError } from '../errors.js';
import { say } from '../ui/messages.js';
import { backupPath } from './paths.js';

export const BACKUPS = 3;

function ioError(file: string, action: 'read' | 'write', e: unknown): JournalError {
  const code = (e as NodeJS.ErrnoException).code ?? '';
  const hint = code === 'ENOSPC' || code === 'EDQUOT' ? say.hintDiskFull : code === 'EACCES' || code === 'EPERM' || code === 'EROFS' ? say.hintPermissions : undefined;
  return new JournalError(say.ioFailed(file, action, code || (e as Error).message), hint, { cause: e });
}

/** The file's bytes, or undefined when it does not exist yet. */
export async function readBytes(file: string): Promise<Buffer | undefined> {
  try {
    return await readFile(file);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw ioError(file, 'read', e);
  }
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
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return Buffer.alloc(0);
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
    // missing: create below
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

/** Keeps the current file as backup 1, shifting older backups along. */
async function rotateBackups(file: string, keep: number): Promise<void> {
  for (let n = keep - 1; n >= 1; n--) {
    await rename(backupPath(file, n), backupPath(file, n + 1)).catch(() => undefined);
  }
  const first = backupPath(file, 1);
  await unlink(first).catch(() => undefined);
  try {
    await link(file, first);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return; // first write
    await copyFile(file, first);
    await chmod(first, 0o600);
  }
}

export interface WriteOptions {
  backups?: number;
  mode?: number;
}

export async function writeAtomic(file: string, bytes: Buffer, opts: WriteOptions = {}): Promise<void> {
  await ensureFolder(file);
  const dir = dirname(file);
  const tmp = join(dir, `.${basename(file)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    const fd = await open(tmp, 'wx', opts.mode ?? 0o600);
    try {
      await fd.writeFile(bytes);
      await fd.sync();
    } finally {
      await fd.close();
    }
    if ((opts.backups ?? BACKUPS) > 0) await rotateBackups(file, opts.backups ?? BACKUPS);
    await rename(tmp, file);
  } catch (e) {
    await unlink(tmp).catch(() => undefined);
    throw ioError(file, 'write', e);
  }
  await syncFolder(dir);
}
