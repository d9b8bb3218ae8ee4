// The encryption key derivation, timed in-process: it is the one deliberate
// slowness in `trust` (scrypt makes guessing passphrases dear), so it is
// shown on its own, without a budget. Skipped while src/storage/crypto.ts is
// not on this branch.
import { hasCrypto } from './rows.js';
import { summarise, type Summary } from './measure.js';

export type KdfResult = { summary: Summary } | { skip: string };

interface CryptoModule {
  deriveOnce?: () => Promise<unknown>;
}

export async function timeKdf(root: string, load: (entry: string) => Promise<unknown>, runs: number): Promise<KdfResult> {
  if (!hasCrypto(root)) return { skip: 'no src/storage/crypto.ts on this branch' };
  const crypto = (await load('../src/storage/crypto.ts')) as CryptoModule;
  if (typeof crypto.deriveOnce !== 'function') return { skip: 'src/storage/crypto.ts exports no deriveOnce()' };
  await crypto.deriveOnce(); // warm-up
  const samples: number[] = [];
  for (let i = 0; i < Math.max(1, runs); i++) {
    const start = process.hrtime.bigint();
    await crypto.deriveOnce();
    samples.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return { summary: summarise(samples) };
}
