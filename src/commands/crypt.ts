// `trust encrypt` and `trust decrypt`: the journal is saved again, under the
// lock, through the other codec. Its backups and draft follow it, so after
// encrypting no readable copy is left beside it, and after decrypting the
// backups open the same way the journal does.
import type { Context } from '../context.js';
import { JournalError, UsageError } from '../errors.js';
import { plainCodec, SealedCodec, type Codec, type Secrets } from '../storage/codec.js';
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

export async function encrypt(opts: { change?: boolean }, ctx: Context): Promise<void> {
  if (opts.change) return change(ctx);
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

/**
 * Opens each sealed copy beside the journal with the codec the journal was
 * read with and hands it to `write`. Returns how many stay as they were: one
 * sealed with an older passphrase, or one `write` could not write.
 */
async function eachSealedCopy(real: string, previous: Codec, write: (path: string, plain: Buffer) => Promise<boolean>): Promise<number> {
  let kept = 0;
  for (const path of companions(real)) {
    const bytes = await readBytes(path, false);
    if (!isSealed(bytes) || !(previous instanceof SealedCodec)) continue;
    // Sealed with an older passphrase: kept as it is, and counted.
    const plain = await previous.open(bytes, path).catch(() => undefined);
    if (!plain || !(await write(path, plain))) kept++;
  }
  return kept;
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
      // One that will not open or be written stays encrypted: harmless, and counted.
      kept = await eachSealedCopy(ctx.store.real, previous, (path, plain) => writeAtomic(path, plain, { backups: 0 }).then(() => true, () => false));
    },
  );
  ctx.print(sayCrypt.decrypted(ctx.file));
  if (kept > 0) ctx.print(sayCrypt.decryptedKept(kept));
}

/**
 * `trust encrypt --change`: the journal sealed again under a new passphrase
 * (and a fresh salt) in one atomic rewrite, never readable in between. Its
 * backups and draft follow first, as for encrypt; a copy that does not open
 * with the current passphrase came from an older one and is left as it is.
 */
async function change(ctx: Context): Promise<void> {
  if (!isSealed(await readBytes(ctx.file))) throw new UsageError(sayCrypt.notEncryptedToChange(ctx.file));
  await ctx.store.read(); // the current passphrase is asked (and checked) here, before the new one
  const cost = kdfCost(ctx.env);
  const passphrase = await secretsOf(ctx).newPassphrase(ctx.file, 'change');
  const sealed = await SealedCodec.create(passphrase, freshParams(cost), ctx.file);
  let kept = 0;
  await ctx.store.recode(
    (current) => {
      if (!current.encrypted) throw new UsageError(sayCrypt.notEncryptedToChange(ctx.file));
      return sealed;
    },
    async (_next, previous) => {
      kept = await eachSealedCopy(ctx.store.real, previous, async (path, plain) => {
        try {
          await writeAtomic(path, await sealed.seal(plain), { backups: 0 });
          return true;
        } catch (e) {
          throw new JournalError(sayCrypt.copyNotResealed(ctx.file, path), sayCrypt.hintRemove(path), { cause: e });
        }
      });
    },
  );
  ctx.print(sayCrypt.changed(ctx.file));
  if (kept > 0) ctx.print(sayCrypt.decryptedKept(kept));
}
