// Shared set-up for the encryption tests: a journal with private text in it,
// and a check that none of that text is readable anywhere in its folder.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import { tempJournal, trust, type Run, type RunOptions } from '../helpers/cli.js';

/** A passphrase and the cheapest key cost, so each run derives its key in a millisecond. */
export const PASS = { TRUST_PASSPHRASE: 'tea at seven, every day', TRUST_KDF_COST: '10' };

export const PRIVATE = ['the affair started in March', 'reads my messages at night', 'brought me soup when I was ill'];

export async function ok(run: Promise<Run>): Promise<Run> {
  const r = await run;
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return r;
}

export const on = (file: string, args: string[], opts: RunOptions = {}) => trust([...args, '--file', file], opts);

/** A plain journal of three entries written one by one, so it also has backups. */
export async function privateJournal(): Promise<{ dir: string; file: string }> {
  const { dir, file } = tempJournal();
  await ok(on(file, ['log', '--thought', `I keep thinking ${PRIVATE[0]}`, '--action', 'tell her about my day']));
  await ok(on(file, ['log', '--thought', `She ${PRIVATE[1]}`, '--action', 'ask her calmly about it']));
  await ok(on(file, ['log', '--gratitude', PRIVATE[2] ?? '']));
  return { dir, file };
}

/** The bytes of such a journal once encrypted. */
export async function sealedJournalBytes(): Promise<Buffer> {
  const { file } = await privateJournal();
  await ok(on(file, ['encrypt'], { env: PASS }));
  return readFileSync(file);
}

/** Every file in the folder (hidden ones too) with its bytes as latin1 text. */
export function filesIn(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isFile()) out.set(name, readFileSync(path, 'latin1'));
  }
  return out;
}

/** Names of the files in `dir` where any of `texts` (or a word of them) can be read. */
export function readableIn(dir: string, texts: string[] = PRIVATE): string[] {
  const words = texts.flatMap((t) => t.split(' ').filter((w) => w.length >= 5));
  return [...filesIn(dir)].filter(([, body]) => words.some((w) => body.includes(w))).map(([name]) => name);
}

export const isSealedFile = (file: string) => readFileSync(file).subarray(0, 8).toString('latin1') === 'TRUSTENC';
