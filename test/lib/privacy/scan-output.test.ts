import { describe, expect, it } from 'vitest';
import { scanForPrivateValues } from '../../../src/lib/privacy/scan-output.ts';
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
