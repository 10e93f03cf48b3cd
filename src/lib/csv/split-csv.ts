/**
 * A CSV splitter that reads exactly as Papa Parse 5 does with its defaults (quote and escape
 * character `"`, the line ending and the delimiter guessed from the text, a leading BOM
 * dropped, empty lines kept), so every row, field and quote error is what Papa gives, but
 * without an array, a result object and a callback chain per row: the load stage of a
 * million-line ledger spent more time around Papa's rows than in the splitting itself.
 * RFC 4180 quoting: a field that starts with `"` runs to the `"` followed by the delimiter
 * or the line ending (spaces between allowed), `""` inside it is one `"`; a `"` anywhere
 * else is text. test/lib/csv/split-csv.test.ts holds it against Papa on generated texts.
 */

/** The line endings Papa tells apart. */
export type Newline = '\n' | '\r\n' | '\r';

/** The delimiters Papa tries, in its order: comma, tab, pipe, semicolon, the ASCII record and unit separators. */
const DELIMITERS = [',', '\t', '|', ';', '\x1e', '\x1f'] as const;

const QUOTE = '"';
/** Papa looks at the first megabyte of the text to guess its line ending. */
const GUESS_LENGTH = 1024 * 1024;

/** What one row tells the caller besides its fields. */
export interface SplitRow {
  /** The row's fields. The same array is refilled for the next row: copy it to keep it. */
  fields: string[];
  /** Papa would report a quote error (MissingQuotes, InvalidQuotes) with this row. */
  quoteError: boolean;
}

/** How the text is split: its line ending and delimiter, as {@link guessDialect} gives them. */
export interface CsvDialect {
  newline: Newline;
  delimiter: string;
}

/** The line ending Papa's guessLineEndings picks: quoted parts ignored, `\n` unless `\r` comes first and mostly without `\n`. */
export function guessNewline(text: string): Newline {
  let input = text.substring(0, GUESS_LENGTH);
  if (input.includes(QUOTE)) input = input.replace(/"([^]*?)"/gm, '');
  const firstR = input.indexOf('\r');
  if (firstR === -1) return '\n';
  const firstN = input.indexOf('\n');
  // Papa: n.length > 1 && n[0].length < r[0].length, with n and r the text split at \n and \r.
  if (firstN !== -1 && firstN < firstR) return '\n';
  let pieces = 1;
  let withN = input.charCodeAt(0) === 10 ? 1 : 0;
  for (let at = firstR; at !== -1; at = input.indexOf('\r', at + 1)) {
    pieces++;
    if (input.charCodeAt(at + 1) === 10) withN++;
  }
  return withN >= pieces / 2 ? '\r\n' : '\r';
}

/**
 * The delimiter Papa's guessDelimiter picks from the first 10 rows: of the delimiters that
 * give more than 1.99 fields a row on average, the one whose field count varies least from
 * row to row (ties: more fields); a comma when none does.
 */
export function guessDelimiter(text: string, newline: Newline): string {
  const quoted = text.includes(QUOTE);
  let best: string | undefined;
  let bestDelta = 0;
  let bestFields = 0;
  for (const delimiter of DELIMITERS) {
    let delta = 0;
    let fields = 0;
    let rows = 0;
    let previous: number | undefined;
    splitRows(
      text,
      { newline, delimiter },
      ({ fields: row }) => {
        rows++;
        fields += row.length;
        if (previous === undefined) previous = row.length;
        else if (row.length > 0) {
          delta += Math.abs(row.length - previous);
          previous = row.length;
        }
        return rows < 10;
      },
      quoted,
    );
    if (rows > 0) fields /= rows;
    if (fields > 1.99 && (best === undefined || delta < bestDelta || (delta === bestDelta && fields > bestFields))) {
      best = delimiter;
      bestDelta = delta;
      bestFields = fields;
    }
  }
  return best ?? ',';
}

/** The line ending and delimiter Papa would use for `text` (BOM already removed). */
export function guessDialect(text: string): CsvDialect {
  const newline = guessNewline(text);
  return { newline, delimiter: guessDelimiter(text, newline) };
}

/**
 * Splits CSV text into rows as Papa.parse(text, { step }) does, and calls `onRow` for each,
 * in order, the last (possibly empty) row after the last line ending included. `onRow`
 * returns false to stop. A leading BOM is dropped; the dialect is guessed unless given.
 */
export function splitCsv(text: string, onRow: (row: SplitRow) => boolean, dialect?: CsvDialect): void {
  const input = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  splitRows(input, dialect ?? guessDialect(input), onRow);
}

/** Papa's Parser.parse for quote and escape character `"`, no comments, stepping row by row. */
function splitRows(
  input: string,
  { newline, delimiter }: CsvDialect,
  onRow: (row: SplitRow) => boolean,
  quoted = input.includes(QUOTE),
): void {
  const inputLen = input.length;
  if (inputLen === 0) return;
  const newlineLen = newline.length;
  const delimLen = delimiter.length;
  const row: SplitRow = { fields: [], quoteError: false };
  const fields = row.fields;

  if (!quoted) {
    // Papa's fast mode: the text split at every line ending, each row at every delimiter.
    let cursor = 0;
    for (;;) {
      const next = input.indexOf(newline, cursor);
      const end = next === -1 ? inputLen : next;
      fields.length = 0;
      let start = cursor;
      for (;;) {
        const at = input.indexOf(delimiter, start);
        if (at === -1 || at >= end) break;
        fields.push(input.substring(start, at));
        start = at + delimLen;
      }
      fields.push(input.substring(start, end));
      if (!onRow(row) || next === -1) return;
      cursor = next + newlineLen;
    }
  }

  let cursor = 0;
  let nextDelim = input.indexOf(delimiter, cursor);
  let nextNewline = input.indexOf(newline, cursor);
  let quoteSearch = 0;
  fields.length = 0;

  /** Papa's extraSpaces: the length of nothing-but-white-space between the closing quote and `index`. */
  const extraSpaces = (index: number): number => {
    if (index === -1) return 0;
    const between = input.substring(quoteSearch + 1, index);
    return between && between.trim() === '' ? between.length : 0;
  };
  /** Hands the row over and starts the next; false when the caller stops. */
  const step = (): boolean => {
    const more = onRow(row);
    fields.length = 0;
    row.quoteError = false;
    return more;
  };
  const unescape = (from: number, to: number): string => {
    const value = input.substring(from, to);
    return value.includes('""') ? value.replace(/""/g, QUOTE) : value;
  };

  for (;;) {
    if (input[cursor] === QUOTE) {
      quoteSearch = cursor;
      cursor++;
      for (;;) {
        quoteSearch = input.indexOf(QUOTE, quoteSearch + 1);
        if (quoteSearch === -1) {
          // No closing quote: the rest of the text is this field.
          row.quoteError = true;
          fields.push(input.substring(cursor));
          onRow(row);
          return;
        }
        if (quoteSearch === inputLen - 1) {
          fields.push(unescape(cursor, quoteSearch));
          onRow(row);
          return;
        }
        if (input[quoteSearch + 1] === QUOTE) {
          quoteSearch++;
          continue;
        }
        if (nextDelim !== -1 && nextDelim < quoteSearch + 1) nextDelim = input.indexOf(delimiter, quoteSearch + 1);
        if (nextNewline !== -1 && nextNewline < quoteSearch + 1) nextNewline = input.indexOf(newline, quoteSearch + 1);
        const checkUpTo = nextNewline === -1 ? nextDelim : Math.min(nextDelim, nextNewline);
        const spacesBeforeDelimiter = extraSpaces(checkUpTo);
        if (input.startsWith(delimiter, quoteSearch + 1 + spacesBeforeDelimiter)) {
          fields.push(unescape(cursor, quoteSearch));
          cursor = quoteSearch + 1 + spacesBeforeDelimiter + delimLen;
          if (nextDelim !== -1 && nextDelim < cursor) nextDelim = input.indexOf(delimiter, cursor);
          if (nextNewline !== -1 && nextNewline < cursor) nextNewline = input.indexOf(newline, cursor);
          break;
        }
        const spacesBeforeNewline = extraSpaces(nextNewline);
        const afterSpaces = quoteSearch + 1 + spacesBeforeNewline;
        if (input.startsWith(newline, afterSpaces)) {
          fields.push(unescape(cursor, quoteSearch));
          cursor = afterSpaces + newlineLen;
          nextNewline = input.indexOf(newline, cursor);
          if (nextDelim !== -1 && nextDelim < cursor) nextDelim = input.indexOf(delimiter, cursor);
          if (!step()) return;
          break;
        }
        // A quote followed by neither: Papa's InvalidQuotes, and the search goes on.
        row.quoteError = true;
        quoteSearch++;
      }
      continue;
    }
    if (nextDelim !== -1 && (nextDelim < nextNewline || nextNewline === -1)) {
      fields.push(input.substring(cursor, nextDelim));
      cursor = nextDelim + delimLen;
      nextDelim = input.indexOf(delimiter, cursor);
      continue;
    }
    if (nextNewline !== -1) {
      fields.push(input.substring(cursor, nextNewline));
      cursor = nextNewline + newlineLen;
      nextNewline = input.indexOf(newline, cursor);
      if (!step()) return;
      continue;
    }
    break;
  }
  fields.push(input.substring(cursor));
  onRow(row);
}
