import { Sha256 } from './sha256.ts';

/** An incremental SHA-256: feed bytes with `update`, then read `hex()` once. */
export interface Hasher {
  update(bytes: Uint8Array): Hasher;
  /** The digest, 64 lowercase hex digits. */
  hex(): string;
}

/** Makes a fresh SHA-256 hasher. */
export type NewHasher = () => Hasher;

/**
 * SHA-256 in plain TypeScript (sha256.ts): the default of pure code. The build edge passes
 * the native one (src/build/native-sha256.ts), which gives the same digests about 15 times
 * faster: a million-line data folder is 75 MB.
 */
export const pureSha256: NewHasher = () => new Sha256();
