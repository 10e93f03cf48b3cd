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
 * Searches published files for private values: in the text as it is, after decoding HTML
 * character references, \u escapes and percent-encoding (the ways a build tool may write a
 * string), after removing zero-width word breaks (a search index writes 张小三 as
 * 张\u200B小三), and in the file paths. Pure; the caller reads (and decompresses) the files.
 */
export function scanForPrivateValues(
  files: Iterable<{ path: string; text: string }>,
  values: readonly PrivateValue[],
): Leak[] {
  const leaks: Leak[] = [];
  for (const { path, text } of files) {
    const forms: [Leak['form'], string][] = [
      ['text', text],
      ['html-entities', decodeHtmlEntities(text)],
      ['json-escapes', decodeUnicodeEscapes(text)],
      ['url-encoded', decodePercent(text)],
      ['word-breaks', decodeUnicodeEscapes(decodeHtmlEntities(text)).replace(WORD_BREAKS, '')],
      ['file-name', decodePercent(path)],
    ];
    for (const value of values) {
      const form = forms.find(([, t]) => t.includes(value.value));
      if (form) leaks.push({ path, value, form: form[0] });
    }
  }
  return leaks;
}

/** A leak as one line: "activities/aid/index.html: aid.csv:12 受助人“…” (text)". */
export function describeLeak(leak: Leak): string {
  return `${leak.path}: ${leak.value.file}:${leak.value.line} ${leak.value.header}“${leak.value.value}”（${leak.form}）`;
}
