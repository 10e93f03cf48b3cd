/** Encodings {@link decodeText} recognises; '-bom' means the file started with a byte order mark. */
export type TextEncodingName = 'utf-8' | 'utf-8-bom' | 'utf-16le-bom' | 'utf-16be-bom' | 'gb18030';

/** Decoded text (without a byte order mark) and the encoding that was detected. */
export type DecodedText = { text: string; encoding: TextEncodingName };

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.length <= bytes.length && prefix.every((byte, i) => bytes[i] === byte);
}

/**
 * Decodes a data file exported from Excel, WPS or accounting software.
 * 1. A byte order mark decides: EF BB BF → UTF-8, FF FE → UTF-16LE, FE FF → UTF-16BE;
 *    the mark is removed from the text.
 * 2. Otherwise the bytes are decoded as strict UTF-8 (any invalid sequence fails).
 * 3. If that fails, they are decoded as GB18030 (a superset of GBK and GB2312, the
 *    encodings of Chinese Excel "CSV" exports).
 * Pure ASCII is reported as 'utf-8'. Line endings are left untouched.
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) {
    return { text: new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes.subarray(3)), encoding: 'utf-8-bom' };
  }
  if (startsWith(bytes, [0xff, 0xfe])) {
    return { text: new TextDecoder('utf-16le', { ignoreBOM: true }).decode(bytes.subarray(2)), encoding: 'utf-16le-bom' };
  }
  if (startsWith(bytes, [0xfe, 0xff])) {
    return { text: new TextDecoder('utf-16be', { ignoreBOM: true }).decode(bytes.subarray(2)), encoding: 'utf-16be-bom' };
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: new TextDecoder('gb18030').decode(bytes), encoding: 'gb18030' };
  }
}
