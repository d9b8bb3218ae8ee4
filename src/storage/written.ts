// Which version of the journal this program last wrote. Everything trust
// writes was checked first (a parsed journal, or new lines added to a file
// trust itself wrote), so a file that is still that version needs no full
// parse to be trusted: fast-path.ts may then read only the lines a command
// needs, and its lines, written escaped (serialize()), may be printed as
// they are.
// Any other file (edited by hand, restored, synced in, copied) is parsed
// whole before anything is added to it. The note holds the file's inode,
// size and modification time, and for a plain journal its digest (ids,
// dates and counts, see digest.ts); nothing of its text.
// `file` is the journal's real path; the note is never read or written through a link.
import { unlink } from 'node:fs/promises';
import * as v from 'valibot';
import { digestIn, type Digest } from './digest.js';
import { sameId, type FileId } from './file.js';
import { readWhole, withOwn } from './identity.js';
import { writtenPath } from './paths.js';
import { WrittenSchema } from './schemas.js';

const put = (path: string, text: string) => withOwn(path, true, (fd) => fd.writeFile(text));

/**
 * The note this process last wrote or read for each journal: a save asks for
 * it more than once (is the file ours, its digest, then the care check reads
 * through it), and while the journal is still that version the note cannot
 * say anything else.
 */
const known = new Map<string, { id: FileId; digest?: Digest | undefined }>();

export async function noteWritten(file: string, id: FileId, digest?: Digest): Promise<void> {
  const path = writtenPath(file);
  const text = JSON.stringify({ ...id, escaped: true, ...(digest && { digest }) });
  known.delete(file);
  // Not fsynced: a note lost in a crash only means one full parse next time.
  // Anything else in the note's place (a link, a pipe, a file not ours to write) is removed, never written through.
  await put(path, text)
    .catch(() => unlink(path).then(() => put(path, text)))
    .then(() => void known.set(file, { id, digest }))
    // A note that cannot be written costs only speed: without it the next read checks the journal whole.
    .catch(() => undefined);
}

/** The note, when it is for version `id` of the file; undefined otherwise. */
function noteFor(file: string, id: FileId): { digest?: Digest | undefined } | undefined {
  const held = known.get(file);
  if (held && sameId(held.id, id)) return held;
  try {
    const seen: unknown = JSON.parse(readWhole(writtenPath(file), true).bytes.toString('utf8'));
    // The schema checks the version; a digest, when there, is checked by hand (digestIn).
    if (!v.is(WrittenSchema, seen) || !sameId(seen, id)) return undefined;
    const note = { id, digest: seen.digest === undefined ? undefined : digestIn(seen.digest) };
    known.set(file, note);
    return note;
  } catch {
    // No note, or one not ours to trust (damaged, a link): the safe answer, a full check, follows.
    return undefined;
  }
}

export async function wroteLast(file: string, id: FileId): Promise<boolean> {
  return noteFor(file, id) !== undefined;
}

/** The digest noted with version `id` of the file, if there is one. */
export function digestFor(file: string, id: FileId): Digest | undefined {
  return noteFor(file, id)?.digest;
}
