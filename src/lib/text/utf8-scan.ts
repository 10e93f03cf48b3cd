/** An invalid UTF-8 sequence, or a U+FFFD written in the file itself: where it starts and its bytes. */
export interface BadSequence {
  /** Byte offset in the scanned bytes. */
  offset: number;
  /** The bytes decoded as one U+FFFD (at most 3 shown). */
  bytes: number[];
  /** True when the file holds a real U+FFFD (EF BF BD), not an invalid byte. */
  replacementCharacter: boolean;
}

/** The result of scanning bytes as UTF-8. */
export interface Utf8Scan {
  /** Complete multi-byte sequences: the evidence that the text is UTF-8. */
  multiByte: number;
  /**
   * Every place the WHATWG decoder writes U+FFFD, in order: each maximal invalid subpart,
   * and each U+FFFD present in the file.
   */
  bad: BadSequence[];
}

/**
 * Scans bytes as UTF-8 the way the WHATWG decoder does (one U+FFFD per maximal invalid
 * subpart), so the n-th entry of `bad` is the n-th U+FFFD of the decoded text. Linear.
 */
export function scanUtf8(bytes: Uint8Array): Utf8Scan {
  const bad: BadSequence[] = [];
  let multiByte = 0;
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let lower = 0x80;
    let upper = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      if (b === 0xe0) lower = 0xa0;
      if (b === 0xed) upper = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      if (b === 0xf0) lower = 0x90;
      if (b === 0xf4) upper = 0x8f;
    } else {
      bad.push({ offset: i, bytes: [b], replacementCharacter: false });
      i++;
      continue;
    }
    let j = i + 1;
    let ok = true;
    for (let k = 0; k < need; k++, j++) {
      const c = bytes[j];
      if (c === undefined || c < lower || c > upper) {
        ok = false;
        break;
      }
      lower = 0x80;
      upper = 0xbf;
    }
    if (ok) {
      multiByte++;
      if (b === 0xef && bytes[i + 1] === 0xbf && bytes[i + 2] === 0xbd)
        bad.push({ offset: i, bytes: [0xef, 0xbf, 0xbd], replacementCharacter: true });
    } else {
      bad.push({ offset: i, bytes: [...bytes.subarray(i, Math.min(j, i + 3))], replacementCharacter: false });
    }
    i = j;
  }
  return { multiByte, bad };
}
