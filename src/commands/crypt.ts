// `trust encrypt` and `trust decrypt`: the journal is saved again, under the
// lock, through the other codec. Its backups and draft follow it, so after
// encrypting no readable copy is left beside it, and after decrypting the
// backups open the same way the journal does.
import type { Context } from '../context.js';
import { JournalError, UsageError } from '../errors.js';
import { plainCodec, SealedCodec, type Secrets } from '../storage/codec.js';
import { DEFAULT_COST, freshParams, isSealed, MAX_LOG_N } from '../storage/crypto.js';
import { readBytes, writeAtomic } from '../storage/file.js';
import { backupPaths, draftPath } from '../storage/paths.js';
import { sayCrypt } from '../ui/messages-crypt.js';

// Never above what a journal may ask for when it is read (crypto.ts).
const COST_RANGE = [10, MAX_LOG_N] as const;

/** log2 N for a new key. Only the test suite lowers it, to keep its runs quick. */
export function kdfCost(env: NodeJS.ProcessEnv): number {
  const raw = env.TRUST_KDF_COST;
  if (raw === undefined || raw === '') return DEFAULT_COST.logN;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < COST_RANGE[0] || n > COST_RANGE[1]) throw new UsageError(sayCrypt.badCost(raw, ...COST_RANGE));
  return n;
}

function secretsOf(ctx: Context): Secrets {
  if (!ctx.deps.secrets) throw new JournalError(sayCrypt.noPassphrase(ctx.file), sayCrypt.hintPassphrase);
  return ctx.deps.secrets;
}

/** The files that hold (older) journal text beside the journal itself (its real path); never read through a link. */
const companions = (file: string) => [...backupPaths(file), draftPath(file)];

export async function encrypt(_opts: object, ctx: Context): Promise<void> {
  if (isSealed(await readBytes(ctx.file))) throw new UsageError(sayCrypt.alreadyEncrypted(ctx.file));
  await ctx.store.read(); // a damaged journal fails here, before any question
  const cost = kdfCost(ctx.env);
  const passphrase = await secretsOf(ctx).newPassphrase(ctx.file);
  const sealed = await SealedCodec.create(passphrase, freshParams(cost), ctx.file);
  await ctx.store.recode(
    (current) => {
      if (current.encrypted) throw new UsageError(sayCrypt.alreadyEncrypted(ctx.file));
      return sealed;
    },
    async () => {
      for (const path of companions(ctx.store.real)) {
        try {
          const bytes = await readBytes(path, false);
          // Already sealed ones come from an earlier passphrase: unreadable to others, left as they are.
          if (bytes && !isSealed(bytes)) await writeAtomic(path, await sealed.seal(bytes), { backups: 0 });
        } catch (e) {
          // Before the journal itself: it stays as it was, and we say which copy is the trouble.
          throw new JournalError(sayCrypt.copyNotSealed(ctx.file, path), sayCrypt.hintRemove(path), { cause: e });
        }
      }
    },
  );
  ctx.print(sayCrypt.encrypted(ctx.file));
  ctx.print(sayCrypt.encryptedNext);
}

export async function decrypt(_opts: object, ctx: Context): Promise<void> {
  if ((await readBytes(ctx.file)) === undefined) throw new UsageError(sayCrypt.noJournal(ctx.file));
  let kept = 0;
  await ctx.store.recode(
    (current) => {
      if (!current.encrypted) throw new UsageError(sayCrypt.notEncrypted(ctx.file));
      return plainCodec;
    },
    async (_next, previous) => {
      for (const path of companions(ctx.store.real)) {
        const bytes = await readBytes(path, false);
        if (!isSealed(bytes) || !(previous instanceof SealedCodec)) continue;
        // One that will not open or be written stays encrypted: harmless, and counted.
        const plain = await previous.open(bytes, path).catch(() => undefined);
        const written = plain && (await writeAtomic(path, plain, { backups: 0 }).then(() => true, () => false));
        if (!written) kept++;
      }
    },
  );
  ctx.print(sayCrypt.decrypted(ctx.file));
  if (kept > 0) ctx.print(sayCrypt.decryptedKept(kept));
}
