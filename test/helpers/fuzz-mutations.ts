// Seeded mutations of the demo data for the fuzz test: what staff, Excel and a damaged copy
// do to a data file. Each names the file and, when it has one, the physical line it changed.
import type { DataFiles } from '../../src/lib/model/data-files.ts';
import { oracleDecode } from './fuzz-oracle.ts';

/** A small seeded PRNG (mulberry32): the same seed gives the same cases on every machine. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** One mutated data folder. */
export interface Mutation {
  kind: string;
  file: string;
  /** The physical line changed (1-based), when the mutation changes one line. */
  line?: number;
  /** True when the line must carry the issue (bytes, quotes, control characters). */
  strictLine: boolean;
  files: DataFiles;
  description: string;
}

const CELL_VALUES = [
  '',
  '0',
  '-1',
  '1,234.56',
  '12345.6',
  '3.999',
  'xx',
  '五一活动',
  '2023-02-30',
  '44927',
  '１２３',
  '¥88',
  '(5.00)',
  '999999999999999',
  '职工集体福利支出',
  '会费收入',
  '2023-06-01',
  '是',
];

const utf8 = (text: string) => new TextEncoder().encode(text);

function utf16le(text: string): Uint8Array {
  const out = new Uint8Array(2 + text.length * 2);
  out[0] = 0xff;
  out[1] = 0xfe;
  for (let i = 0; i < text.length; i++) {
    out[2 + i * 2] = text.charCodeAt(i) & 0xff;
    out[3 + i * 2] = text.charCodeAt(i) >> 8;
  }
  return out;
}

/** Splits a CSV line into cells by commas outside quotes (keeping the quotes). */
function cells(line: string): string[] {
  const out: string[] = [];
  let cell = '';
  let quoted = false;
  for (const ch of line) {
    if (ch === '"') quoted = !quoted;
    if (ch === ',' && !quoted) {
      out.push(cell);
      cell = '';
    } else cell += ch;
  }
  out.push(cell);
  return out;
}

/** The mutation number `n` of the demo files, drawn with `rand`. */
export function mutate(base: DataFiles, rand: () => number): Mutation {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;
  const csvFiles = [...base.keys()].filter((p) => p.endsWith('.csv'));
  // Fund files and periods carry the statement figures: mutate them more often.
  const file =
    rand() < 0.5 ? pick(csvFiles.filter((p) => p.startsWith('funds/') || p === 'periods.csv')) : pick(csvFiles);
  const bytes = base.get(file)!;
  const text = oracleDecode(bytes);
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const lines = text.split(eol);
  const last = lines.at(-1) === '' ? lines.length - 1 : lines.length;
  const dataLine = () => 2 + Math.floor(rand() * Math.max(1, last - 1));
  const withLines = (next: string[]) => utf8(next.join(eol));
  const files = new Map(base);
  const done = (kind: string, out: Uint8Array, description: string, line?: number, strictLine = false): Mutation => {
    files.set(file, out);
    return { kind, file, ...(line !== undefined ? { line } : {}), strictLine, files, description };
  };
  const kind = pick([
    'cell',
    'cell',
    'quote',
    'byte',
    'control',
    'drop',
    'duplicate',
    'add-column',
    'remove-column',
    'encoding',
  ]);
  switch (kind) {
    case 'cell': {
      const line = rand() < 0.1 ? 1 : dataLine();
      const row = cells(lines[line - 1] ?? '');
      const at = Math.floor(rand() * row.length);
      const value = pick(CELL_VALUES);
      row[at] = value;
      const next = [...lines];
      next[line - 1] = row.join(',');
      return done(kind, withLines(next), `第 ${line} 行第 ${at + 1} 格改为“${value}”`, line);
    }
    case 'quote': {
      const line = dataLine();
      const row = cells(lines[line - 1] ?? '');
      const at = Math.floor(rand() * row.length);
      const word = pick(['"五一"', '"优秀"', '"']);
      row[at] = `${word}${row[at]}`;
      const next = [...lines];
      next[line - 1] = row.join(',');
      return done(kind, withLines(next), `第 ${line} 行第 ${at + 1} 格前加 ${word}`, line, true);
    }
    case 'byte': {
      const body = utf8(text);
      const offset = Math.floor(rand() * body.length);
      const byte = pick([0x80, 0xbf, 0xc0, 0xe6, 0xf5, 0xff]);
      const out = new Uint8Array([...body.subarray(0, offset), byte, ...body.subarray(offset)]);
      // Lines as the reader and an editor count them: CRLF, LF or a lone CR. A byte put between
      // the CR and the LF of a CRLF ends the line before it: it stands at the start of the next.
      const before = body.subarray(0, offset);
      const line = 1 + before.filter((b, i) => b === 0x0a || (b === 0x0d && before[i + 1] !== 0x0a)).length;
      return done(kind, out, `第 ${line} 行插入字节 0x${byte.toString(16)}`, line, true);
    }
    case 'control': {
      const line = dataLine();
      const char = pick(['\u202E', '\u0000', '\u001B', '\u2066']);
      const row = cells(lines[line - 1] ?? '');
      const at = Math.floor(rand() * row.length);
      row[at] = `${row[at]}${char}`;
      const next = [...lines];
      next[line - 1] = row.join(',');
      return done(
        kind,
        withLines(next),
        `第 ${line} 行第 ${at + 1} 格加入 U+${char.charCodeAt(0).toString(16)}`,
        line,
        true,
      );
    }
    case 'drop': {
      const line = dataLine();
      return done(kind, withLines(lines.filter((_, i) => i !== line - 1)), `删除第 ${line} 行`);
    }
    case 'duplicate': {
      const line = dataLine();
      const next = [...lines.slice(0, line), lines[line - 1]!, ...lines.slice(line)];
      return done(kind, withLines(next), `重复第 ${line} 行`, line + 1);
    }
    case 'add-column': {
      const where = rand() < 0.5 ? 'header' : 'row';
      const line = where === 'header' ? 1 : dataLine();
      const next = [...lines];
      next[line - 1] = `${next[line - 1]},${where === 'header' ? '新列' : '多余'}`;
      return done(kind, withLines(next), `第 ${line} 行末尾加一列`, line);
    }
    case 'remove-column': {
      const at = Math.floor(rand() * cells(lines[0] ?? '').length);
      const next = lines.map((l) =>
        l === ''
          ? l
          : cells(l)
              .filter((_, i) => i !== at)
              .join(','),
      );
      return done(kind, withLines(next), `删除第 ${at + 1} 列`);
    }
    default: {
      const form = pick(['bom', 'utf16', 'crlf', 'lf', 'trailing-commas']);
      const plain = text;
      const out =
        form === 'bom'
          ? new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(plain)])
          : form === 'utf16'
            ? utf16le(plain)
            : form === 'crlf'
              ? utf8(plain.replace(/\r?\n/g, '\r\n'))
              : form === 'lf'
                ? utf8(plain.replace(/\r\n/g, '\n'))
                : utf8(plain.replace(/\r?\n/g, `,,,${eol}`));
      return done('encoding', out, `整个文件改为 ${form}`);
    }
  }
}
