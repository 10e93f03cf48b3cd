import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nativeSha256 } from '../../src/build/native-sha256.ts';
import { readDataDir } from '../../src/build/read-data-dir.ts';
import { dataDigest } from '../../src/lib/build/data-stamp.ts';
import { pureSha256 } from '../../src/lib/hash/hasher.ts';

describe('nativeSha256', () => {
  it('gives the digest of the pure SHA-256 for any bytes fed in any pieces', () => {
    fc.assert(
      fc.property(fc.array(fc.uint8Array({ maxLength: 200 }), { maxLength: 6 }), (pieces) => {
        const native = nativeSha256();
        const pure = pureSha256();
        for (const piece of pieces) {
          native.update(piece);
          pure.update(piece);
        }
        expect(native.hex()).toBe(pure.hex());
      }),
      { seed: 1515, numRuns: 300 },
    );
  });

  it('gives the demo data folder the same stamp digest as the pure one', () => {
    const files = readDataDir(new URL('../../data/', import.meta.url).pathname);
    expect(dataDigest(files, nativeSha256)).toBe(dataDigest(files));
  });
});
