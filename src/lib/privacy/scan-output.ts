import type { PrivateValue } from './private-values.ts';

/** A private value found in a published file. */
export interface Leak {
  /** Path of the published file relative to the output folder. */
  path: string;
  /** Where the value came from. */
  value: PrivateValue;
  /** How it was written: as is, as HTML character references, JSON \u escapes, or percent-encoded. */
  form: 'text' | 'html-entities' | 'json-escapes' | 'url-encoded' | 'word-breaks' | 'file-name';
}

const NAMED: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Text with HTML character references (&#x5F20; &#24352; &amp;) replaced by the characters. */
export function decodeHtmlEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, ref: string) => {
    if (ref[0] !== '#') return NAMED[ref.toLowerCase()] ?? whole;
    const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
    return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

/** Text with JSON/JavaScript \uXXXX escapes replaced by the characters. */
export function decodeUnicodeEscapes(text: string): string {
  return text.replace(/\\u([0-9a-fA-F]{4})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/** Text with %XX UTF-8 sequences decoded where they form valid UTF-8; other text kept. */
export function decodePercent(text: string): string {
  return text.replace(/(?:%[0-9a-fA-F]{2})+/g, (run) => {
    try {
      return decodeURIComponent(run);
    } catch {
      return run;
    }
  });
}

/** Zero-width characters a search indexer puts between words (Pagefind segments Chinese this way). */
const WORD_BREAKS = /[\u200B-\u200D\u2060\uFEFF\u00AD]/g;

/**
 * The private values as an Aho–Corasick automaton over UTF-16 code units: a file is read
 * once per form whatever the number of values, and positions where no value can start are
 * passed over at array speed (HTML markup, mostly ASCII, never leaves the root state).
 */
export interface PrivateValueIndex {
  /** Root transitions by code unit (0: none). */
  root: Int32Array;
  /** Transitions of the other states. */
  next: Map<number, number>[];
  /** Failure links (longest proper suffix that is a prefix of some value). */
  fail: number[];
  /** The values that end at each state, including through failure links. */
  out: PrivateValue[][];
  size: number;
}

/** Builds the automaton of the values (values shorter than 2 code units are ignored). */
export function indexPrivateValues(values: readonly PrivateValue[]): PrivateValueIndex {
  const root = new Int32Array(0x10000);
  const next: Map<number, number>[] = [new Map()];
  const out: PrivateValue[][] = [[]];
  let size = 0;
  for (const value of values) {
    if (value.value.length < 2) continue;
    size += 1;
    let state = 0;
    for (let i = 0; i < value.value.length; i++) {
      const c = value.value.charCodeAt(i);
      let to = state === 0 ? root[c]! : (next[state]!.get(c) ?? 0);
      if (to === 0) {
        to = next.length;
        next.push(new Map());
        out.push([]);
        if (state === 0) root[c] = to;
        else next[state]!.set(c, to);
      }
      state = to;
    }
    out[state]!.push(value);
  }
  const fail = new Array<number>(next.length).fill(0);
  const queue: number[] = [];
  for (let c = 0; c < root.length; c++) if (root[c] !== 0) queue.push(root[c]!);
  for (let head = 0; head < queue.length; head++) {
    const state = queue[head]!;
    for (const [c, to] of next[state]!) {
      let f = fail[state]!;
      while (f !== 0 && !next[f]!.has(c)) f = fail[f]!;
      const target = f === 0 ? root[c]! : next[f]!.get(c)!;
      fail[to] = target === to ? 0 : target;
      if (out[fail[to]!]!.length > 0) out[to] = [...out[to]!, ...out[fail[to]!]!];
      queue.push(to);
    }
  }
  return { root, next, fail, out, size };
}

/** Adds to `found` every indexed value that occurs in `text` and is not in `found` yet. */
function findValues(
  text: string,
  index: PrivateValueIndex,
  found: Map<PrivateValue, Leak['form']>,
  form: Leak['form'],
) {
  const { root, next, fail, out } = index;
  let state = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (state === 0) {
      state = root[c]!;
      if (state === 0) continue;
    } else {
      let to = next[state]!.get(c);
      while (to === undefined && state !== 0) {
        state = fail[state]!;
        to = state === 0 ? root[c]! || undefined : next[state]!.get(c);
      }
      state = to ?? 0;
      if (state === 0) continue;
    }
    for (const value of out[state]!) if (!found.has(value)) found.set(value, form);
  }
}

/** The indexed values that occur in `text`, each once, in the order they are found. */
export function findPrivateValues(text: string, index: PrivateValueIndex): PrivateValue[] {
  const found = new Map<PrivateValue, Leak['form']>();
  findValues(text, index, found, 'text');
  return [...found.keys()];
}

/** The decoded forms of a file worth searching: a decoder that changes nothing is skipped. */
function forms(path: string, text: string): [Leak['form'], string][] {
  const out: [Leak['form'], string][] = [['text', text]];
  const entities = text.includes('&') ? decodeHtmlEntities(text) : text;
  const escapes = text.includes('\\u') ? decodeUnicodeEscapes(text) : text;
  if (entities !== text) out.push(['html-entities', entities]);
  if (escapes !== text) out.push(['json-escapes', escapes]);
  if (text.includes('%')) out.push(['url-encoded', decodePercent(text)]);
  const both = entities === text ? escapes : decodeUnicodeEscapes(entities);
  const joined = both.replace(WORD_BREAKS, '');
  if (joined !== text) out.push(['word-breaks', joined]);
  out.push(['file-name', decodePercent(path)]);
  return out;
}

/**
 * Searches published files for private values: in the text as it is, after decoding HTML
 * character references, \u escapes and percent-encoding (the ways a build tool may write a
 * string), after removing zero-width word breaks (a search index writes 张小三 as
 * 张\u200B小三), and in the file paths. Pure; the caller reads (and decompresses) the files.
 * One leak per file and value, with the first form (in the order above) that shows it.
 * Linear in the size of the files for any number of values (see PrivateValueIndex).
 */
export function scanForPrivateValues(
  files: Iterable<{ path: string; text: string }>,
  values: readonly PrivateValue[] | PrivateValueIndex,
): Leak[] {
  const index = 'root' in values ? values : indexPrivateValues(values);
  const leaks: Leak[] = [];
  if (index.size === 0) return leaks;
  for (const { path, text } of files) {
    const found = new Map<PrivateValue, Leak['form']>();
    for (const [form, decoded] of forms(path, text)) findValues(decoded, index, found, form);
    for (const [value, form] of found) leaks.push({ path, value, form });
  }
  return leaks;
}

/** A leak as one line: "activities/aid/index.html: aid.csv:12 受助人“…” (text)". */
export function describeLeak(leak: Leak): string {
  return `${leak.path}: ${leak.value.file}:${leak.value.line} ${leak.value.header}“${leak.value.value}”（${leak.form}）`;
}

/**
 * The build's message for leaks: which published file holds which private column of which
 * source row (file:line). The value itself is not repeated in the message.
 */
export function formatLeaks(leaks: readonly Leak[], limit = 20): string {
  const lines = leaks.slice(0, limit).map((l) => `  ${l.path}：${l.value.file}:${l.value.line} 的“${l.value.header}”`);
  const more = leaks.length > limit ? [`  ……另有 ${leaks.length - limit} 处`] : [];
  return [
    `隐私检查未通过：${leaks.length} 处个人信息（不公开的列）出现在生成的文件中，网站未发布。`,
    ...lines,
    ...more,
    '请检查是否把姓名、电话或情况说明写进了公开的列（如“事由”“摘要”）或报告中。',
  ].join('\n');
}
