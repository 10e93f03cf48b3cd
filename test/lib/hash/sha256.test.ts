import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { Sha256 } from '../../../src/lib/hash/sha256.ts';

const encoder = new TextEncoder();

describe('Sha256', () => {
  it.each([
    ['', 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'],
    ['abc', 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'],
    [
      'abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq',
      '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1',
    ],
  ])('hashes %j as in FIPS 180-4', (text, digest) => {
    expect(new Sha256().update(encoder.encode(text)).hex()).toBe(digest);
  });

  it('agrees with node:crypto for every length 0…300 fed in uneven pieces', () => {
    const bytes = Uint8Array.from({ length: 300 }, (_, i) => (i * 131 + 7) & 0xff);
    for (let n = 0; n <= 300; n++) {
      const input = bytes.subarray(0, n);
      const hash = new Sha256();
      for (let at = 0; at < n; at += 1 + (at % 70)) hash.update(input.subarray(at, Math.min(n, at + 1 + (at % 70))));
      expect(hash.hex(), `length ${n}`).toBe(createHash('sha256').update(input).digest('hex'));
    }
  });
});
