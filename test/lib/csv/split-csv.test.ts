import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { guessDialect, splitCsv } from '../../../src/lib/csv/split-csv.ts';

type Row = [fields: string[], quoteError: boolean];

/** What Papa.parse gives row by row with the options the table reader used. */
function papaRows(text: string): Row[] {
  const rows: Row[] = [];
  Papa.parse<string[]>(text, {
    skipEmptyLines: false,
    step: ({ data, errors }) => {
      rows.push([[...data], errors.some((e) => e.type === 'Quotes')]);
    },
  });
  return rows;
}

function splitRows(text: string): Row[] {
  const rows: Row[] = [];
  splitCsv(text, ({ fields, quoteError }) => {
    rows.push([[...fields], quoteError]);
    return true;
  });
  return rows;
}

/** Texts made of the pieces that matter to a CSV reader: quotes, delimiters, every line ending, spaces, a BOM. */
const csvText = (pieces: readonly string[], maxLength: number) =>
  fc.array(fc.constantFrom(...pieces), { maxLength }).map((parts) => parts.join(''));

const PIECES = ['a', '甲', ' ', ',', ',', '"', '"', '""', '\n', '\r\n', '\r', '\t', ';', '|', '\ufeff', '\u3000'];

describe('splitCsv', () => {
  it.each([
    ['plain rows', '日期,金额\r\n2024-01-01,1.00\r\n'],
    ['a quoted comma', '名称,金额\n甲,"1,234.56"\n'],
    ['an escaped quote', '名称\n"他说""好"""\n'],
    ['a quoted line break', '名称,金额\n"甲\r\n乙",1\n'],
    ['a quote in the middle of a field', '名称,金额\n"五一"职工篮球赛,1\n'],
    ['an unclosed quote', '名称,金额\n"甲,1\n乙,2\n'],
    ['spaces after a closing quote', '名称,金额\n"甲"  ,1\n'],
    ['a BOM', '\ufeff名称,金额\n甲,1'],
    ['old Mac line endings', '名称,金额\r甲,1\r'],
    ['tabs', '名称\t金额\n甲\t1\n'],
    ['one column', '名称\n甲\n乙\n'],
    ['empty', ''],
  ])('reads %s as Papa does', (_, text) => {
    expect(splitRows(text)).toEqual(papaRows(text));
  });

  it('reads every generated text as Papa does: the same rows, fields and quote errors', () => {
    fc.assert(
      fc.property(csvText(PIECES, 40), (text) => {
        expect(splitRows(text)).toEqual(papaRows(text));
      }),
      { seed: 1515, numRuns: 20_000 },
    );
  });

  it('reads generated tables of many rows as Papa does', () => {
    const cell = fc.oneof(
      csvText(['a', '甲', ' ', '1', '.'], 6),
      csvText(['a', ',', '"', '""', '\n', '\r\n'], 6).map((t) => `"${t}"`),
    );
    const table = fc
      .tuple(
        fc.array(fc.array(cell, { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 30 }),
        fc.constantFrom('\n', '\r\n', '\r'),
      )
      .map(([rows, newline]) => rows.map((r) => r.join(',')).join(newline) + newline);
    fc.assert(
      fc.property(table, (text) => {
        expect(splitRows(text)).toEqual(papaRows(text));
      }),
      { seed: 4180, numRuns: 3_000 },
    );
  });

  it('guesses the line ending and delimiter Papa guesses', () => {
    fc.assert(
      fc.property(csvText(PIECES, 60), (text) => {
        const stripped = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
        if (stripped === '') return;
        const { meta } = Papa.parse(text, { preview: 1 });
        expect(guessDialect(stripped)).toEqual({ newline: meta.linebreak, delimiter: meta.delimiter });
      }),
      { seed: 1515, numRuns: 5_000 },
    );
  });

  it('stops when the caller says so', () => {
    const seen: string[] = [];
    splitCsv('a\nb\nc\n', ({ fields }) => {
      seen.push(fields[0]!);
      return seen.length < 2;
    });
    expect(seen).toEqual(['a', 'b']);
  });
});
