// An export is plain text (also from an encrypted journal), written wherever
// the person asks. Its temp file sits beside that file, far from the journal,
// so while it is written a note beside the journal names it: if the export is
// killed before its rename, the journal's next save (or `doctor --fix`) finds
// the note of a writer that is gone and removes the temp file it names.
import { unlink } from 'node:fs/promises';
import { writeAtomic } from './file.js';
import { withOwn } from './identity.js';
import { tempPath } from './paths.js';

/** Writes `bytes` to `target` atomically (mode 0600), its temp file noted beside the journal `real` meanwhile. */
export async function writeExport(real: string, target: string, bytes: Buffer, name: string): Promise<void> {
  const temp = tempPath(target);
  const note = tempPath(`${real}.export`);
  // No folder for the journal (nothing written yet): nothing could sweep the note either.
  const noted = await withOwn(note, true, (fd) => fd.writeFile(temp)).then(() => true, () => false);
  try {
    await writeAtomic(target, bytes, { backups: 0, name, temp });
  } finally {
    // A note that will not go names a temp that is gone: the next sweep finds nothing to remove and drops it.
    if (noted) await unlink(note).catch(() => undefined);
  }
}
