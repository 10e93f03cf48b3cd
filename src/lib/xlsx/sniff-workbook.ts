/**
 * What a file that should be a workbook really is, decided from its bytes before any
 * parsing, so a wrong file gets a clear message instead of a parser error or a hang.
 */

/** The largest workbook read: 50 MB on disk (a 100,000-line ledger is about 8 MB). */
export const MAX_WORKBOOK_BYTES = 50 * 1024 * 1024;
/** The most a workbook may unpack to (its parts added up): 400 MB, so a crafted file cannot exhaust memory. */
export const MAX_UNPACKED_BYTES = 400 * 1024 * 1024;

/** Why a file cannot be read as a workbook. */
export type WorkbookProblem =
  'too-large' | 'too-large-unpacked' | 'xls' | 'encrypted' | 'xlsb' | 'csv-text' | 'not-a-workbook';

/** The verdict: a workbook to parse, or why not (with the sizes for the message). */
export type SniffResult = { ok: true } | { ok: false; problem: WorkbookProblem; bytes: number };

const ZIP_LOCAL = 0x04034b50;
const ZIP_CENTRAL = 0x02014b50;
const ZIP_END = 0x06054b50;
const CFB_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

const u16 = (b: Uint8Array, at: number): number => b[at]! | (b[at + 1]! << 8);
const u32 = (b: Uint8Array, at: number): number => (u16(b, at) | (u16(b, at + 2) << 16)) >>> 0;

/** The names and total unpacked size listed by a ZIP's central directory, or undefined when it has none. */
function zipDirectory(bytes: Uint8Array): { names: string[]; unpacked: number } | undefined {
  let end = -1;
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 65_557); at--) {
    if (u32(bytes, at) === ZIP_END) {
      end = at;
      break;
    }
  }
  if (end < 0) return undefined;
  const count = u16(bytes, end + 10);
  let at = u32(bytes, end + 16);
  const names: string[] = [];
  let unpacked = 0;
  const decoder = new TextDecoder();
  for (let i = 0; i < count; i++) {
    if (at + 46 > bytes.length || u32(bytes, at) !== ZIP_CENTRAL) return undefined;
    const size = u32(bytes, at + 24);
    unpacked += size === 0xffffffff ? Number.POSITIVE_INFINITY : size;
    const nameLength = u16(bytes, at + 28);
    names.push(decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength)));
    at += 46 + nameLength + u16(bytes, at + 30) + u16(bytes, at + 32);
  }
  return { names, unpacked };
}

/** True when the bytes contain `text` in UTF-16LE (how compound files name their streams). */
function containsUtf16(bytes: Uint8Array, text: string): boolean {
  const first = text.charCodeAt(0);
  for (let at = 0; at + text.length * 2 <= bytes.length; at++) {
    if (bytes[at] !== first || bytes[at + 1] !== 0) continue;
    let i = 1;
    while (i < text.length && bytes[at + 2 * i] === text.charCodeAt(i) && bytes[at + 2 * i + 1] === 0) i++;
    if (i === text.length) return true;
  }
  return false;
}

/** True when the start of the file reads as text (no NUL bytes, mostly printable): a CSV renamed to .xlsx. */
function looksLikeText(bytes: Uint8Array): boolean {
  const head = bytes.subarray(0, 4096);
  if (head.length === 0) return false;
  let control = 0;
  for (const byte of head) {
    if (byte === 0) return false;
    if (byte < 9 || (byte > 13 && byte < 32)) control++;
  }
  return control / head.length < 0.01;
}

/**
 * Decides what a file named .xlsx holds: too large (checked first, before reading
 * anything else), an Excel 97-2003 or password-protected compound file, an .xlsb, a text
 * file, a ZIP that is not a workbook, or a workbook to parse.
 */
export function sniffWorkbook(bytes: Uint8Array): SniffResult {
  const fail = (problem: WorkbookProblem): SniffResult => ({ ok: false, problem, bytes: bytes.length });
  if (bytes.length > MAX_WORKBOOK_BYTES) return fail('too-large');
  if (CFB_MAGIC.every((byte, i) => bytes[i] === byte)) {
    return fail(containsUtf16(bytes, 'EncryptedPackage') ? 'encrypted' : 'xls');
  }
  if (bytes.length >= 4 && u32(bytes, 0) === ZIP_LOCAL) {
    const directory = zipDirectory(bytes);
    if (!directory) return fail('not-a-workbook');
    if (directory.unpacked > MAX_UNPACKED_BYTES) return fail('too-large-unpacked');
    if (directory.names.includes('xl/workbook.bin')) return fail('xlsb');
    return directory.names.includes('xl/workbook.xml') ? { ok: true } : fail('not-a-workbook');
  }
  return fail(looksLikeText(bytes) ? 'csv-text' : 'not-a-workbook');
}
