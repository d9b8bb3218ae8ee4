// How the journal's bytes on disk become JSON text and back. Plain UTF-8
// today; an encrypted journal plugs in here, so every command works the same.

export interface Codec {
  readonly encrypted: boolean;
  decode(bytes: Buffer): Promise<string>;
  encode(text: string): Promise<Buffer>;
}

export interface Secrets {
  /** Asks for (or reads from the environment) the journal's passphrase. */
  passphrase(file: string): Promise<string>;
}

export const plainCodec: Codec = {
  encrypted: false,
  decode: async (bytes) => bytes.toString('utf8'),
  encode: async (text) => Buffer.from(text, 'utf8'),
};

/** The codec that can read these bytes (undefined: a new journal). */
export async function codecFor(_bytes: Buffer | undefined, _file: string, _secrets: Secrets | undefined): Promise<Codec> {
  return plainCodec;
}
