import { describe, expect, it } from 'vitest';
import { decodeText, inspectDecoding } from '../../../src/lib/text/decode-text.ts';
import { encodingIssues } from '../../../src/lib/text/encoding-issues.ts';
import { DEMO_FILES, demoText, demoWith, loadWithWorkbooks } from '../../helpers/demo-data.ts';

const utf8 = (text: string) => new TextEncoder().encode(text);
const BOM = [0xef, 0xbb, 0xbf];

/** The UTF-8 bytes of `text` with `bytes` put in place of the first `marker`. */
function withBytes(text: string, marker: string, bytes: number[], bom = false): Uint8Array {
  const [before, after] = [text.slice(0, text.indexOf(marker)), text.slice(text.indexOf(marker) + marker.length)];
  return new Uint8Array([...(bom ? BOM : []), ...utf8(before), ...bytes, ...utf8(after)]);
}

describe('one bad byte', () => {
  const text = '科目,金额,摘要\n会费收入,100.00,一季度\n办公费,20.00,打印纸@\n';

  it('in a UTF-8 file without BOM keeps the file UTF-8 and names its line and column', () => {
    const decoding = inspectDecoding(withBytes(text, '@', [0xe9]));
    expect(decoding.encoding).toBe('utf-8');
    const issues = encodingIssues('funds/2023.csv', decoding);
    expect(issues.map((i) => [i.code, i.line, i.column])).toEqual([['encoding.bad-byte', 3, 3]]);
    expect(issues[0]!.message).toContain('第 3 行第 14 个字符');
    expect(issues[0]!.message).toContain('0xE9');
    expect(issues[0]!.found).toBe('办公费,20.00,打印纸【\uFFFD】');
  });

  it('in a UTF-8 file with BOM is an error at its line and column (never published as �)', () => {
    const decoding = inspectDecoding(withBytes(text, '一季', [0xe4, 0xb8], true));
    expect(decoding.encoding).toBe('utf-8-bom');
    expect(encodingIssues('t.csv', decoding).map((i) => [i.code, i.line, i.column])).toEqual([
      ['encoding.bad-byte', 2, 3],
    ]);
  });

  it('a U+FFFD already in the file is an error too', () => {
    const issues = encodingIssues('t.csv', inspectDecoding(utf8('a,b\n1,x\uFFFDy\n')));
    expect(issues.map((i) => [i.code, i.line, i.column])).toEqual([['encoding.replacement-character', 2, 2]]);
  });

  it('counts a quoted line break when naming the column of a later line', () => {
    const issues = encodingIssues('t.csv', inspectDecoding(withBytes('a,b,c\n1,"x\ny",z@\n', '@', [0xff])));
    expect(issues.map((i) => [i.line, i.column])).toEqual([[3, 3]]);
  });

  it('a GBK file is still read as GBK (the demo 2021 fund file) and one bad byte in it is named', () => {
    const gbk = DEMO_FILES.get('funds/2021.csv')!;
    expect(decodeText(gbk).encoding).toBe('gb18030');
    const broken = new Uint8Array([
      ...gbk.subarray(0, gbk.indexOf(0x0a) + 1),
      0xff,
      ...gbk.subarray(gbk.indexOf(0x0a) + 1),
    ]);
    const decoding = inspectDecoding(broken);
    expect(decoding.encoding).toBe('gb18030');
    expect(encodingIssues('funds/2021.csv', decoding).map((i) => [i.code, i.line, i.column])).toEqual([
      ['encoding.bad-byte', 2, 1],
    ]);
  });

  it('stops the build at the bad byte of a demo file', () => {
    const activities = demoText('activities.csv');
    const bytes = withBytes(activities, '护理技能竞赛', [...utf8('护理'), 0xe6, ...utf8('竞赛')]);
    const result = loadWithWorkbooks(demoWith({ 'activities.csv': bytes }), { buildDate: '2026-12-01' });
    expect(result.site).toBeUndefined();
    expect(result.issues[0]).toMatchObject({ file: 'activities.csv', line: 14, column: 3, code: 'encoding.bad-byte' });
  });

  it('lists at most 20 bad bytes per file and counts the rest', () => {
    const issues = encodingIssues('t.csv', inspectDecoding(utf8(`a\n${'中'.repeat(50)}\n`.replace(/中/g, '中\uFFFD'))));
    expect(issues).toHaveLength(21);
    expect(issues.at(-1)).toMatchObject({ code: 'encoding.more', found: '共 50 处' });
  });
});
