import type { DataIssue } from '../issues/data-issue.ts';
import { inspectDecoding, type Decoding, type Replacement } from './decode-text.ts';

/** At most this many bad-byte issues per file; the rest are counted in one more issue. */
export const MAX_ENCODING_ISSUES_PER_FILE = 20;

const ENCODING_NAMES: Readonly<Record<Decoding['encoding'], string>> = {
  'utf-8': 'UTF-8',
  'utf-8-bom': 'UTF-8（带 BOM）',
  'utf-16le-bom': 'UTF-16',
  'utf-16be-bom': 'UTF-16',
  gb18030: 'GBK/GB18030',
};

/** Where a text index lies: 1-based line, CSV field (quote-aware) and character in the line. */
interface Place {
  line: number;
  field: number;
  character: number;
  lineText: string;
}

/** Places of ascending text indexes in one pass over the text. */
function places(text: string, indexes: readonly number[]): Place[] {
  const out: Place[] = [];
  let line = 1;
  let field = 1;
  let lineStart = 0;
  let quoted = false;
  let next = 0;
  for (let i = 0; i <= text.length && next < indexes.length; i++) {
    while (next < indexes.length && indexes[next] === i) {
      const end = text.slice(lineStart).search(/\r|\n/);
      const lineText = end < 0 ? text.slice(lineStart) : text.slice(lineStart, lineStart + end);
      out.push({ line, field, character: i - lineStart + 1, lineText });
      next++;
    }
    const ch = text[i];
    if (ch === '"') quoted = !quoted;
    else if (ch === ',' && !quoted) field++;
    else if (ch === '\n' || (ch === '\r' && text[i + 1] !== '\n')) {
      line++;
      lineStart = i + 1;
      if (!quoted) field = 1;
    }
  }
  return out;
}

function hex(bytes: readonly number[]): string {
  return bytes.map((b) => `0x${b.toString(16).toUpperCase().padStart(2, '0')}`).join(' ');
}

/** The line around the bad character, at most 30 characters, with the bad one marked 【�】. */
function excerpt(place: Place): string {
  const at = place.character - 1;
  const from = Math.max(0, at - 15);
  const before = place.lineText.slice(from, at);
  const after = place.lineText.slice(at + 1, at + 15);
  return `${from > 0 ? '…' : ''}${before}【\uFFFD】${after}${at + 15 < place.lineText.length ? '…' : ''}`;
}

function issueOf(file: string, decoding: Decoding, replacement: Replacement, place: Place, csv: boolean): DataIssue {
  const encoding = ENCODING_NAMES[decoding.encoding];
  const where = `第 ${place.line} 行第 ${place.character} 个字符`;
  if (replacement.replacementCharacter) {
    return {
      file,
      line: place.line,
      column: csv ? place.field : place.character,
      code: 'encoding.replacement-character',
      message: `${where}是替换字符 �：原来的文字在别处转换编码时已经丢失`,
      expected: '原来的文字',
      found: excerpt(place),
      hint: '请对照原始记录重新输入这一格',
    };
  }
  return {
    file,
    line: place.line,
    column: csv ? place.field : place.character,
    code: 'encoding.bad-byte',
    message: `${where}有无法识别的字节${replacement.bytes ? ` ${hex(replacement.bytes)}` : ''}：文件按 ${encoding} 编码读取，这里不是有效的 ${encoding} 字符`,
    expected: `有效的 ${encoding} 文字`,
    found: excerpt(place),
    hint: '请在 Excel/WPS 中重新输入这一格，然后“另存为”CSV UTF-8；同一个文件只能用一种编码（不要把 GBK 和 UTF-8 的内容拼在一起）',
  };
}

/**
 * The issues of a decoded file: one per U+FFFD of the text (an invalid byte of its encoding,
 * or a U+FFFD already in the file), at its line and column (the CSV field for .csv files,
 * the character otherwise), at most {@link MAX_ENCODING_ISSUES_PER_FILE} and a count of the rest.
 * A text with U+FFFD is never published.
 */
export function encodingIssues(file: string, decoding: Decoding): DataIssue[] {
  const { replacements } = decoding;
  if (replacements.length === 0) return [];
  const shown = replacements.slice(0, MAX_ENCODING_ISSUES_PER_FILE);
  const csv = file.endsWith('.csv');
  const at = places(
    decoding.text,
    shown.map((r) => r.index),
  );
  const issues = shown.map((r, i) => issueOf(file, decoding, r, at[i]!, csv));
  if (replacements.length > shown.length) {
    issues.push({
      file,
      line: 0,
      column: 0,
      code: 'encoding.more',
      message: `另有 ${replacements.length - shown.length} 处无法识别的字符未逐一列出`,
      expected: `整个文件为有效的 ${ENCODING_NAMES[decoding.encoding]} 编码`,
      found: `共 ${replacements.length} 处`,
      hint: '文件可能损坏，或由两种编码的内容拼接而成；请用 Excel/WPS 打开后“另存为”CSV UTF-8',
    });
  }
  return issues;
}

/** Reports {@link encodingIssues} of every text file (.csv, .yaml, .yml) among `files` (path → bytes). */
export function checkEncodings(
  files: Iterable<readonly [string, Uint8Array]>,
  issues: { add(issue: DataIssue): void },
): void {
  for (const [path, bytes] of files) {
    if (!/\.(csv|ya?ml)$/i.test(path)) continue;
    for (const issue of encodingIssues(path, inspectDecoding(bytes))) issues.add(issue);
  }
}
