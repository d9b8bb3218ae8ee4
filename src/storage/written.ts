// Which version of the journal this program last wrote. Everything trust
// writes was checked first (a parsed journal, or new lines added to a file
// trust itself wrote), so a file that is still that version needs no full
// parse to be trusted: fast-path.ts may then read only the lines a command needs.
// Any other file (edited by hand, restored, synced in, copied) is parsed
// whole before anything is added to it. The note holds the file's inode,
// size and modification time, nothing of its text.
// `file` is the journal's real path; the note is never read or written through a link.
import { unlink } from 'node:fs/promises';
import * as v from 'valibot';
import { sameId, type FileId } from './file.js';
import { readWhole, withOwn } from './identity.js';
import { writtenPath } from './paths.js';
import { WrittenSchema } from './schemas.js';

const put = (path: string, text: string) => withOwn(path, true, (fd) => fd.writeFile(text));

export async function noteWritten(file: string, id: FileId): Promise<void> {
  const path = writtenPath(file);
  const text = JSON.stringify(id);
  // Not fsynced: a note lost in a crash only means one full parse next time.
  // Anything else in the note's place (a link, a pipe, a file not ours to write) is removed, never written through.
  await put(path, text)
    .catch(() => unlink(path).then(() => put(path, text)))
    // A note that cannot be written costs only speed: without it the next read checks the journal whole.
    .catch(() => undefined);
}

export async function wroteLast(file: string, id: FileId): Promise<boolean> {
  try {
    const seen: unknown = JSON.parse(readWhole(writtenPath(file), true).bytes.toString('utf8'));
    return v.is(WrittenSchema, seen) && sameId(seen, id);
  } catch {
    // No note, or one not ours to trust (damaged, a link): the safe answer, a full check, follows.
    return false;
  }
}
