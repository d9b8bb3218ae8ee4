// Encryption at rest: a key stretched from the passphrase with scrypt, and
// AES-256-GCM over the whole file. Pure byte work: no files, no words (the
// codec turns these errors into messages that name the journal).
//
// A sealed file is   header | ciphertext | 16-byte GCM tag,   where the header is
//   "TRUSTENC"  8 bytes   magic: tells a sealed journal from plain JSON ('{')
//   version     1 byte    format version (1)
//   log2 N      1 byte    scrypt cost
//   r, p        1 byte each
//   salt length 1 byte, then the salt
//   nonce       12 bytes  fresh on every write
// The whole header is the GCM additional data, so changing any byte of it
// (or of the rest) makes opening fail instead of yielding other text.
import type * as NodeCrypto from 'node:crypto';

/**
 * node:crypto, fetched at the first use: loading it costs ~2.5 ms, and a
 * command that only reads a plain journal never needs it.
 */
export const crypto = (): typeof NodeCrypto => process.getBuiltinModule('node:crypto');
const randomBytes = (size: number) => crypto().randomBytes(size);

export const MAGIC = Buffer.from('TRUSTENC', 'latin1');
const FORMAT_VERSION = 1;
const NONCE_BYTES = 12;
const TAG_BYTES = 16;
const KEY_BYTES = 32;
const SALT_BYTES = 16;
const FIXED_HEADER = MAGIC.length + 5; // version, log2 N, r, p, salt length

export interface KdfParams {
  /** scrypt's N is 2 ** logN. */
  logN: number;
  r: number;
  p: number;
  salt: Buffer;
}

/**
 * The cost of a new key: about a tenth of a second here (measured on the
 * development machine, 2 shared cores: N = 2^16 took 140 ms at a load of 2
 * and 170 ms of CPU at a load of 7; 2^15 took 65 and 83 ms), and 64 MiB of
 * memory, which is what makes guessing on graphics cards dear.
 */
export const DEFAULT_COST = { logN: 16, r: 8, p: 1 } as const;

/** The highest log2 N a new key may have (TRUST_KDF_COST): twice the default's work. */
export const MAX_LOG_N = DEFAULT_COST.logN + 1;

// Bounds for parameters read from a file: near what trust writes (the default,
// or less for the test suite), so a damaged or tampered header fails in a
// fraction of a second instead of costing minutes and gigabytes. The work
// (N·r·p) and the memory (128·N·r bytes) are each held to twice the default:
// N, r and p within their own ranges could still multiply to hours.
const workOf = (k: { logN: number; r: number; p: number }) => 2 ** k.logN * k.r * k.p;
const memoryOf = (logN: number, r: number) => 128 * 2 ** logN * r;
const LIMITS = {
  logN: [10, MAX_LOG_N],
  r: [1, 16],
  p: [1, 4],
  salt: [16, 64],
  work: 2 * workOf(DEFAULT_COST),
  memory: 2 * memoryOf(DEFAULT_COST.logN, DEFAULT_COST.r),
} as const;

export type SealProblem = 'damaged' | 'version' | 'auth';

/** Why sealed bytes could not be opened; the codec words it for people. */
export class SealError extends Error {
  override name = 'SealError';
  constructor(readonly problem: SealProblem, detail: string) {
    super(detail);
  }
}

export function isSealed(bytes: Buffer | undefined): bytes is Buffer {
  return bytes !== undefined && bytes.length >= MAGIC.length && bytes.subarray(0, MAGIC.length).equals(MAGIC);
}

/** New parameters with a fresh random salt; `logN` lowered only by the test suite. */
export function freshParams(logN: number = DEFAULT_COST.logN): KdfParams {
  return { ...DEFAULT_COST, logN, salt: randomBytes(SALT_BYTES) };
}

const within = (value: number, [lo, hi]: readonly [number, number]) => value >= lo && value <= hi;

export function checkParams(k: KdfParams): void {
  if (!within(k.logN, LIMITS.logN) || !within(k.r, LIMITS.r) || !within(k.p, LIMITS.p) || !within(k.salt.length, LIMITS.salt)) {
    throw new SealError('damaged', `key parameters out of range (log2 N ${k.logN}, r ${k.r}, p ${k.p}, salt ${k.salt.length} bytes)`);
  }
  if (memoryOf(k.logN, k.r) > LIMITS.memory) throw new SealError('damaged', 'key parameters need too much memory');
  if (workOf(k) > LIMITS.work) throw new SealError('damaged', 'key parameters need too much work');
}

/** Stretches a passphrase into a key: the slow step, uncached (the benchmark times this). */
export function stretch(passphrase: string, k: KdfParams): Promise<Buffer> {
  checkParams(k);
  return new Promise((done, fail) =>
    // NFC: the same passphrase typed on another system may arrive composed differently.
    crypto().scrypt(passphrase.normalize('NFC'), k.salt, KEY_BYTES, { N: 2 ** k.logN, r: k.r, p: k.p, maxmem: 2 * memoryOf(k.logN, k.r) }, (e, key) =>
      e ? fail(e) : done(key),
    ),
  );
}

/** One key derivation at the default cost, for the benchmark to time (bench/kdf.ts loads it from the build). @public */
export async function deriveOnce(): Promise<void> {
  await stretch('benchmark passphrase', freshParams());
}

// A read and the write after it use the same salt: derive once per process.
const keys = new Map<string, Map<string, Promise<Buffer>>>();

export function keyFor(passphrase: string, k: KdfParams): Promise<Buffer> {
  let mine = keys.get(passphrase);
  if (!mine) keys.set(passphrase, (mine = new Map()));
  const id = `${k.logN}.${k.r}.${k.p}.${k.salt.toString('hex')}`;
  let key = mine.get(id);
  if (!key) {
    key = stretch(passphrase, k);
    mine.set(id, key);
    // A derivation that failed is not kept for next time; the caller awaiting `key` still gets the error.
    key.catch(() => mine.delete(id));
  }
  return key;
}

function header(k: KdfParams, nonce: Buffer): Buffer {
  return Buffer.concat([MAGIC, Buffer.from([FORMAT_VERSION, k.logN, k.r, k.p, k.salt.length]), k.salt, nonce]);
}

export interface Header {
  params: KdfParams;
  nonce: Buffer;
  /** Bytes taken by the header (the additional data). */
  length: number;
}

/** Reads and checks a sealed file's header (not yet its authenticity). */
export function readHeader(bytes: Buffer): Header {
  if (!isSealed(bytes)) throw new SealError('damaged', 'no encryption header');
  if (bytes.length < FIXED_HEADER) throw new SealError('damaged', 'the file is cut short');
  const version = bytes[MAGIC.length] ?? 0;
  if (version > FORMAT_VERSION) throw new SealError('version', `encryption format ${version}`);
  if (version !== FORMAT_VERSION) throw new SealError('damaged', `unknown encryption format ${version}`);
  const [logN = 0, r = 0, p = 0, saltLength = 0] = bytes.subarray(MAGIC.length + 1, FIXED_HEADER);
  const length = FIXED_HEADER + saltLength + NONCE_BYTES;
  if (bytes.length < length + TAG_BYTES) throw new SealError('damaged', 'the file is cut short');
  const params = { logN, r, p, salt: Buffer.from(bytes.subarray(FIXED_HEADER, FIXED_HEADER + saltLength)) };
  checkParams(params);
  return { params, nonce: Buffer.from(bytes.subarray(length - NONCE_BYTES, length)), length };
}

/** Encrypts `plain` under `key` with a fresh nonce. */
export function seal(key: Buffer, k: KdfParams, plain: Buffer): Buffer {
  const nonce = randomBytes(NONCE_BYTES);
  const head = header(k, nonce);
  const cipher = crypto().createCipheriv('aes-256-gcm', key, nonce, { authTagLength: TAG_BYTES });
  cipher.setAAD(head);
  const body = Buffer.concat([cipher.update(plain), cipher.final()]);
  return Buffer.concat([head, body, cipher.getAuthTag()]);
}

/** Decrypts sealed bytes; throws SealError('auth') for a wrong key or any changed byte. */
export function unseal(key: Buffer, bytes: Buffer, head: Header = readHeader(bytes)): Buffer {
  const decipher = crypto().createDecipheriv('aes-256-gcm', key, head.nonce, { authTagLength: TAG_BYTES });
  decipher.setAAD(bytes.subarray(0, head.length));
  decipher.setAuthTag(bytes.subarray(bytes.length - TAG_BYTES));
  try {
    return Buffer.concat([decipher.update(bytes.subarray(head.length, bytes.length - TAG_BYTES)), decipher.final()]);
  } catch {
    // GCM says only that the tag did not match: a wrong key and a changed byte look the same.
    throw new SealError('auth', 'authentication failed');
  }
}

/** Opens sealed bytes with a passphrase, deriving (or reusing) the key its header asks for. */
export async function open(passphrase: string, bytes: Buffer): Promise<Buffer> {
  const head = readHeader(bytes);
  return unseal(await keyFor(passphrase, head.params), bytes, head);
}
