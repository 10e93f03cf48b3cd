import { createHash } from 'node:crypto';
import type { Hasher, NewHasher } from '../lib/hash/hasher.ts';

/** SHA-256 from Node's crypto module, the same digests as the pure src/lib/hash/sha256.ts. */
export const nativeSha256: NewHasher = () => {
  const hash = createHash('sha256');
  const hasher: Hasher = {
    update(bytes) {
      hash.update(bytes);
      return hasher;
    },
    hex: () => hash.digest('hex'),
  };
  return hasher;
};
