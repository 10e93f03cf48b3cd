import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formatLeaks, scanForPrivateValues } from '../../../src/lib/privacy/scan-output.ts';
import type { PrivateValue } from '../../../src/lib/privacy/private-values.ts';

const value: PrivateValue = { file: 'aid.csv', line: 2, header: '受助人', value: '张小三' };
const hex = [...'张小三'].map((c) => `&#x${c.codePointAt(0)!.toString(16)};`).join('');
const dec = [...'张小三'].map((c) => `&#${c.codePointAt(0)};`).join('');
const json = [...'张小三'].map((c) => `\\u${c.codePointAt(0)!.toString(16)}`).join('');

describe('scanForPrivateValues', () => {
  it.each([
    ['as text in HTML', 'page/index.html', '<td>张小三</td>', 'text'],
    ['as hexadecimal character references', 'page/index.html', `<td>${hex}</td>`, 'html-entities'],
    ['as decimal character references', 'page/index.html', `<td>${dec}</td>`, 'html-entities'],
    ['as JSON escapes', '_astro/data.json', `{"n":"${json}"}`, 'json-escapes'],
    ['percent-encoded in a link', 'index.html', `<a href="/p/${encodeURIComponent('张小三')}/">x</a>`, 'url-encoded'],
    [
      'split by a search index into words',
      'pagefind/fragment/a.pf_fragment',
      '{"content":"张\u200b小三"}',
      'word-breaks',
    ],
    ['as escaped word breaks', 'pagefind/a.json', '{"content":"张\\u200b小三"}', 'word-breaks'],
    ['in a CSV download', 'aid.csv', '日期,姓名\n2023-01-01,张小三\n', 'text'],
    ['in a file name', `p/${encodeURIComponent('张小三')}.html`, 'nothing here', 'file-name'],
  ])('finds a private value %s', (_, path, text, form) => {
    expect(scanForPrivateValues([{ path, text }], [value])).toEqual([{ path, value, form }]);
  });

  it('finds nothing in a masked notice', () => {
    expect(scanForPrivateValues([{ path: 'a.html', text: '<td>张*三</td><td>张小</td>' }], [value])).toEqual([]);
  });
});

describe('scanForPrivateValues with many values', () => {
  const values: PrivateValue[] = Array.from({ length: 2000 }, (_, i) => ({
    file: 'aid.csv',
    line: i + 2,
    header: '联系电话',
    value: `138${String(i).padStart(8, '0')}`,
  }));

  it('finds each value once per file, with the row it came from, at any position', () => {
    const text = `<p>${values[1999]!.value}</p>${'x'.repeat(10_000)}${values[7]!.value}${values[7]!.value}`;
    const leaks = scanForPrivateValues([{ path: 'a.html', text }], values);
    expect(leaks.map((l) => l.value.line).sort((a, b) => a - b)).toEqual([9, 2001]);
  });

  it('finds a value that shares its first characters with others', () => {
    const shared: PrivateValue[] = [
      { file: 'aid.csv', line: 2, header: '受助人', value: '张小' },
      { file: 'aid.csv', line: 3, header: '受助人', value: '张小三' },
    ];
    const leaks = scanForPrivateValues([{ path: 'a.html', text: '<td>张小三</td>' }], shared);
    expect(leaks.map((l) => l.value.value).sort()).toEqual(['张小', '张小三']);
  });
});

describe('formatLeaks', () => {
  it('names the published file and the source row, not the value', () => {
    const text = formatLeaks([{ path: 'funds/2024/ledger/index.html', value, form: 'text' }]);
    expect(text).toContain('funds/2024/ledger/index.html：aid.csv:2 的“受助人”');
    expect(text).not.toContain('张小三');
  });
});

describe('the automaton finds exactly what a plain search finds', () => {
  it('for random texts and values over a small alphabet (overlaps, shared prefixes and suffixes)', () => {
    const word = (min: number, max = 6) =>
      fc.string({ unit: fc.constantFrom('张', '小', '三', '1', '3', '8'), minLength: min, maxLength: max });
    fc.assert(
      fc.property(fc.array(word(2), { minLength: 1, maxLength: 12 }), word(0, 40), (texts, text) => {
        const values: PrivateValue[] = texts.map((v, i) => ({
          file: 'aid.csv',
          line: i + 2,
          header: '受助人',
          value: v,
        }));
        const found = scanForPrivateValues([{ path: 'a', text }], values).map((l) => l.value.line);
        const expected = values.filter((v) => text.includes(v.value)).map((v) => v.line);
        expect(found.sort((a, b) => a - b)).toEqual(expected);
      }),
    );
  });
});
