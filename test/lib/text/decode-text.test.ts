import { describe, expect, it } from 'vitest';
import { decodeText } from '../../../src/lib/text/decode-text.ts';

const SAMPLE = '科目,金额\r\n会费收入,100.00';

/** GBK codes of the Chinese characters in SAMPLE, hand-checked against TextDecoder('gb18030'). */
const GBK: ReadonlyArray<readonly [string, number, number]> = [
  ['科', 0xbf, 0xc6],
  ['目', 0xc4, 0xbf],
  ['金', 0xbd, 0xf0],
  ['额', 0xb6, 0xee],
  ['会', 0xbb, 0xe1],
  ['费', 0xb7, 0xd1],
  ['收', 0xca, 0xd5],
  ['入', 0xc8, 0xeb],
];

/** SAMPLE in GBK: ASCII bytes as they are, each Chinese character as its two bytes. */
const SAMPLE_GBK = new Uint8Array(
  [...SAMPLE].flatMap((ch) => {
    const code = GBK.find(([c]) => c === ch);
    return code ? [code[1], code[2]] : [ch.charCodeAt(0)];
  }),
);

function utf16(text: string, littleEndian: boolean): Uint8Array {
  const bytes = new Uint8Array(text.length * 2);
  const view = new DataView(bytes.buffer);
  for (let i = 0; i < text.length; i++) view.setUint16(i * 2, text.charCodeAt(i), littleEndian);
  return bytes;
}

function concat(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}

const utf8 = (text: string) => new TextEncoder().encode(text);

describe('decodeText', () => {
  it.each([
    ['UTF-8 without BOM', utf8(SAMPLE), 'utf-8'],
    ['UTF-8 with BOM', concat(new Uint8Array([0xef, 0xbb, 0xbf]), utf8(SAMPLE)), 'utf-8-bom'],
    ['UTF-16LE with BOM', concat(new Uint8Array([0xff, 0xfe]), utf16(SAMPLE, true)), 'utf-16le-bom'],
    ['UTF-16BE with BOM', concat(new Uint8Array([0xfe, 0xff]), utf16(SAMPLE, false)), 'utf-16be-bom'],
    ['GBK (as exported by Chinese Excel)', SAMPLE_GBK, 'gb18030'],
  ] as const)('decodes %s', (_name, bytes, encoding) => {
    expect(decodeText(bytes)).toEqual({ text: SAMPLE, encoding });
  });

  it.each([
    ['empty input', new Uint8Array([]), '', 'utf-8'],
    ['pure ASCII', utf8('a,b\n1,2'), 'a,b\n1,2', 'utf-8'],
    ['only a UTF-8 BOM', new Uint8Array([0xef, 0xbb, 0xbf]), '', 'utf-8-bom'],
    [
      'a UTF-8 BOM followed by a second one kept as text',
      new Uint8Array([0xef, 0xbb, 0xbf, 0xef, 0xbb, 0xbf]),
      '\ufeff',
      'utf-8-bom',
    ],
    ['full-width digits in UTF-8', utf8('１２３'), '１２３', 'utf-8'],
    ['a GB18030-only code (€ is 0xA2 0xE3)', new Uint8Array([0xa2, 0xe3]), '€', 'gb18030'],
    ['a lone invalid UTF-8 byte', new Uint8Array([0x61, 0xb7, 0xd1]), 'a费', 'gb18030'],
  ] as const)('handles %s', (_name, bytes, text, encoding) => {
    expect(decodeText(bytes)).toEqual({ text, encoding });
  });

  it.each(GBK)('uses the true GB18030 code of %s in the fixture', (ch, lead, trail) => {
    expect(new TextDecoder('gb18030').decode(new Uint8Array([lead, trail]))).toBe(ch);
  });

  it('builds the GBK fixture from 26 bytes', () => {
    expect(SAMPLE_GBK).toHaveLength(26);
  });

  it('takes a GBK text that happens to be valid UTF-8 for UTF-8 (目 alone is C4 BF = Ŀ)', () => {
    expect(decodeText(new Uint8Array([0xc4, 0xbf]))).toEqual({ text: '\u013f', encoding: 'utf-8' });
  });

  it('keeps CRLF line endings', () => {
    expect(decodeText(SAMPLE_GBK).text.split('\r\n')).toEqual(['科目,金额', '会费收入,100.00']);
  });

  it('does not modify the input bytes', () => {
    const bytes = concat(new Uint8Array([0xef, 0xbb, 0xbf]), utf8(SAMPLE));
    const copy = bytes.slice();
    decodeText(bytes);
    expect(bytes).toEqual(copy);
  });
});
