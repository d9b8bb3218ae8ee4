// How the journal's bytes on disk become JSON text and back: plain UTF-8, or
// sealed with a passphrase (crypto.ts). The adapter keeps the codec it read
// with and writes with it, so every command works the same on both.
import { isUtf8 } from 'node:buffer';
import { StoreError } from '../errors.js';
import { isSealed, keyFor, open, readHeader, seal, SealError, type KdfParams } from './crypto.js';

export interface Codec {
  readonly encrypted: boolean;
  decode(bytes: Buffer): Promise<string>;
  encode(text: string): Promise<Buffer>;
}

export interface Secrets {
  /** Asks for (or reads from the environment) the journal's passphrase. */
  passphrase(file: string): Promise<string>;
  /** A passphrase to encrypt with (or, when changing, the new one): asked twice at a terminal, never empty. */
  newPassphrase(file: string, purpose?: 'encrypt' | 'change'): Promise<string>;
  /** After a wrong passphrase: true when it can be asked again (at a terminal, a few times). */
  retry?(file: string): Promise<boolean>;
}

export const plainCodec: Codec = {
  encrypted: false,
  decode: async (bytes) => bytes.toString('utf8'),
  encode: async (text) => Buffer.from(text, 'utf8'),
};

/** What is wrong with a sealed file that would not open. Never carries any of its text. */
export function sealFailure(e: unknown, file: string): unknown {
  if (!(e instanceof SealError)) return e;
  if (e.problem === 'auth') return new StoreError({ kind: 'wrong-passphrase', file });
  if (e.problem === 'version') return new StoreError({ kind: 'newer-seal', file, detail: e.message });
  return new StoreError({ kind: 'seal-damaged', file, detail: e.message });
}

export class SealedCodec implements Codec {
  readonly encrypted = true;

  constructor(private readonly passphrase: string, readonly params: KdfParams, private readonly file: string) {}

  /** The slow key derivation happens here, before any lock is taken (and once per process). */
  static async create(passphrase: string, params: KdfParams, file: string): Promise<SealedCodec> {
    await keyFor(passphrase, params);
    return new SealedCodec(passphrase, params, file);
  }

  async decode(bytes: Buffer): Promise<string> {
    return (await this.open(bytes)).toString('utf8');
  }

  async encode(text: string): Promise<Buffer> {
    return this.seal(Buffer.from(text, 'utf8'));
  }

  /** Same salt and key as the file was read with; a fresh nonce every time. */
  async seal(plain: Buffer): Promise<Buffer> {
    return seal(await keyFor(this.passphrase, this.params), this.params, plain);
  }

  async open(bytes: Buffer, file = this.file): Promise<Buffer> {
    try {
      return await open(this.passphrase, bytes);
    } catch (e) {
      throw sealFailure(e, file);
    }
  }
}

/** The codec that can read these bytes (undefined: a new journal). */
export async function codecFor(bytes: Buffer | undefined, file: string, secrets: Secrets | undefined): Promise<Codec> {
  if (!isSealed(bytes)) {
    // Not text at all: most likely a sealed file whose first bytes were hit.
    if (bytes && !isUtf8(bytes)) throw new StoreError({ kind: 'unreadable', file });
    return plainCodec;
  }
  let params: KdfParams;
  try {
    params = readHeader(bytes).params;
  } catch (e) {
    throw sealFailure(e, file);
  }
  if (!secrets) throw new StoreError({ kind: 'need-passphrase', file });
  if (!secrets.retry) return SealedCodec.create(await secrets.passphrase(file), params, file);
  for (;;) {
    const codec = await SealedCodec.create(await secrets.passphrase(file), params, file);
    // Opened once here, so a mistyped passphrase can be asked again before any command goes on.
    const wrong = await codec.open(bytes).then(() => false, (e: unknown) => {
      if (e instanceof StoreError && e.problem.kind === 'wrong-passphrase') return true;
      throw e;
    });
    if (!wrong || !(await secrets.retry?.(file))) return codec;
  }
}
