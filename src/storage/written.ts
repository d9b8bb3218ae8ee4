// Which version of the journal this program last wrote. Everything trust
// writes was checked first (a parsed journal, or new lines added to a file
// trust itself wrote), so a file that is still that version needs no full
// parse to be trusted: scan.ts may then read only the lines a command needs.
// Any other file (edited by hand, restored, synced in, copied) is parsed
// whole before anything is added to it. The note holds the file's inode,
// size and modification time, nothing of its text.
import { readFile, writeFile } from 'node:fs/promises';
import type { FileId } from './file.js';
import { writtenPath } from './paths.js';

export async function noteWritten(file: string, id: FileId): Promise<void> {
  // Not fsynced: a note lost in a crash only means one full parse next time.
  await writeFile(writtenPath(file), JSON.stringify(id), { mode: 0o600 }).catch(() => undefined);
}

export async function wroteLast(file: string, id: FileId): Promise<boolean> {
  try {
    const seen = JSON.parse(await readFile(writtenPath(file), 'utf8')) as Partial<FileId>;
    return seen.ino === id.ino && seen.size === id.size && seen.mtimeMs === id.mtimeMs;
  } catch {
    return false;
  }
}
