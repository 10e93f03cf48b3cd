import { scanUtf8, type BadSequence } from './utf8-scan.ts';

/** Encodings {@link decodeText} recognises; '-bom' means the file started with a byte order mark. */
export type TextEncodingName = 'utf-8' | 'utf-8-bom' | 'utf-16le-bom' | 'utf-16be-bom' | 'gb18030';

/** Decoded text (without a byte order mark) and the encoding that was detected. */
export type DecodedText = { text: string; encoding: TextEncodingName };

/** A U+FFFD in the decoded text: its UTF-16 index and, when known, the bytes behind it. */
export interface Replacement {
  index: number;
  /** The invalid bytes (UTF-8 files), or undefined when not known (GB18030, UTF-16). */
  bytes?: number[];
  /** True when the file holds a real U+FFFD rather than an invalid byte. */
  replacementCharacter: boolean;
}

/** A decoding with every U+FFFD it produced: a text holding one must not be published. */
export interface Decoding extends DecodedText {
  replacements: Replacement[];
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.length <= bytes.length && prefix.every((byte, i) => bytes[i] === byte);
}

/** The index of every U+FFFD in the text, in order. */
function replacementIndexes(text: string): number[] {
  const out: number[] = [];
  for (let i = text.indexOf('\uFFFD'); i >= 0; i = text.indexOf('\uFFFD', i + 1)) out.push(i);
  return out;
}

function utf8Decoding(bytes: Uint8Array, encoding: 'utf-8' | 'utf-8-bom', bad: readonly BadSequence[]): Decoding {
  const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
  const indexes = replacementIndexes(text);
  return {
    text,
    encoding,
    replacements: indexes.map((index, n) => ({
      index,
      bytes: bad[n]?.bytes,
      replacementCharacter: bad[n]?.replacementCharacter ?? true,
    })),
  };
}

function plainDecoding(text: string, encoding: TextEncodingName): Decoding {
  return {
    text,
    encoding,
    replacements: replacementIndexes(text).map((index) => ({ index, replacementCharacter: false })),
  };
}

const cache = new WeakMap<Uint8Array, Decoding>();

/**
 * Decodes a data file exported from Excel, WPS or accounting software, and lists every
 * U+FFFD of the result (an invalid byte, or one written in the file) so the caller can
 * stop at its line.
 * 1. A byte order mark decides: EF BB BF → UTF-8, FF FE → UTF-16LE, FE FF → UTF-16BE;
 *    the mark is removed from the text. Invalid bytes stay errors of that encoding.
 * 2. Otherwise, valid UTF-8 is UTF-8 (pure ASCII included).
 * 3. Bytes that are mostly UTF-8 (at least as many complete multi-byte sequences as invalid
 *    ones) are UTF-8 with a few bad bytes: one mistyped byte never switches a whole file to
 *    another encoding.
 * 4. Anything else is GB18030 (a superset of GBK and GB2312, the encodings of Chinese Excel
 *    "CSV" exports): GBK text read as UTF-8 is mostly invalid sequences.
 * Line endings are left untouched. The same bytes object is decoded once (cached).
 */
export function inspectDecoding(bytes: Uint8Array): Decoding {
  const cached = cache.get(bytes);
  if (cached) return cached;
  const decoding = decode(bytes);
  cache.set(bytes, decoding);
  return decoding;
}

/** Strict UTF-8 (native, fast), or undefined when the bytes are not valid UTF-8. */
function strictUtf8(bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

/** UTF-8 bytes: the strict decoder for the common, clean file; the byte scan only when something is wrong. */
function utf8OrUndefined(
  bytes: Uint8Array,
  encoding: 'utf-8' | 'utf-8-bom',
  mustBeUtf8: boolean,
): Decoding | undefined {
  const strict = strictUtf8(bytes);
  if (strict !== undefined && !strict.includes('\uFFFD')) return { text: strict, encoding, replacements: [] };
  const scan = scanUtf8(bytes);
  const invalid = scan.bad.filter((b) => !b.replacementCharacter).length;
  if (mustBeUtf8 || invalid === 0 || scan.multiByte >= invalid) return utf8Decoding(bytes, encoding, scan.bad);
  return undefined;
}

function decode(bytes: Uint8Array): Decoding {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return utf8OrUndefined(bytes.subarray(3), 'utf-8-bom', true)!;
  if (startsWith(bytes, [0xff, 0xfe])) {
    return plainDecoding(new TextDecoder('utf-16le', { ignoreBOM: true }).decode(bytes.subarray(2)), 'utf-16le-bom');
  }
  if (startsWith(bytes, [0xfe, 0xff])) {
    return plainDecoding(new TextDecoder('utf-16be', { ignoreBOM: true }).decode(bytes.subarray(2)), 'utf-16be-bom');
  }
  return utf8OrUndefined(bytes, 'utf-8', false) ?? plainDecoding(new TextDecoder('gb18030').decode(bytes), 'gb18030');
}

/** The decoded text and its encoding, as {@link inspectDecoding} decides them. */
export function decodeText(bytes: Uint8Array): DecodedText {
  const { text, encoding } = inspectDecoding(bytes);
  return { text, encoding };
}
