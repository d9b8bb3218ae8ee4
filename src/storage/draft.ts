// An unfinished `trust log` session, kept beside the journal (mode 0600,
// through the journal's codec, so an encrypted journal's draft is encrypted
// too) until it is saved or thrown away. It sits beside the journal's real
// file, and a link in its place is never followed.
import { unlink } from 'node:fs/promises';
import type * as v from 'valibot';
import type { Codec } from './codec.js';
import { readBytes, writeAtomic } from './file.js';
import { identityOf } from './identity.js';
import { draftPath } from './paths.js';
import { isDraft, type DraftSchema, type PartialAnswerSchema } from './schemas.js';

const draftOf = (file: string) => draftPath(identityOf(file));

export type Draft = v.InferOutput<typeof DraftSchema>;
export type PartialAnswer = v.InferOutput<typeof PartialAnswerSchema>;

export async function loadDraft(file: string, codec: Codec): Promise<Draft | undefined> {
  const bytes = await readBytes(draftOf(file), false).catch(() => undefined);
  if (!bytes) return undefined;
  try {
    const d: unknown = JSON.parse(await codec.decode(bytes));
    // A draft in any other shape (damaged, or from another version) is ignored, never fatal.
    if (isDraft(d)) return d;
    // Half-typed words in a shape of their own are let go; the answers finished still count.
    if (typeof d === 'object' && d !== null && 'partial' in d) {
      const rest: Record<string, unknown> = { ...d };
      delete rest.partial;
      if (isDraft(rest)) return rest;
    }
  } catch {
    // unreadable draft: ignored, never fatal
  }
  return undefined;
}

export async function saveDraft(file: string, codec: Codec, draft: Draft): Promise<void> {
  await writeAtomic(draftOf(file), await codec.encode(JSON.stringify(draft)), { backups: 0 });
}

export async function clearDraft(file: string): Promise<void> {
  await unlink(draftOf(file)).catch(() => undefined);
}
