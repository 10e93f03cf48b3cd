import { describe, expect, it } from 'vitest';
import { demoText, demoWith, loadWithWorkbooks } from '../../helpers/demo-data.ts';

describe('the first message of a run is the root cause', () => {
  it.each([
    ['an empty periods.csv', { 'periods.csv': '' }, 'periods.csv', 'table.empty'],
    [
      'a periods.csv with only its header',
      { 'periods.csv': demoText('periods.csv').split('\n')[0]! + '\n' },
      'periods.csv',
      'period.none',
    ],
    ['a missing periods.csv', { 'periods.csv': null }, 'periods.csv', 'file.missing'],
    ['a broken union.yaml', { 'union.yaml': 'name: [\n' }, 'union.yaml', undefined],
    ['a broken accounts.csv header', { 'accounts.csv': '编码,名字\n' }, 'accounts.csv', undefined],
  ] as const)('%s: only the core file is reported, first', (_, overrides, file, code) => {
    const result = loadWithWorkbooks(demoWith(overrides), { buildDate: '2026-12-01' });
    expect(result.site).toBeUndefined();
    expect(result.issues[0]!.file).toBe(file);
    if (code) expect(result.issues.map((i) => i.code)).toContain(code);
    expect(result.issues.every((i) => i.file === file)).toBe(true);
    expect(result.issues.length).toBeLessThan(10);
  });

  it('problems of other files are still reported when the core files are sound', () => {
    const result = loadWithWorkbooks(demoWith({ 'aid.csv': demoText('aid.csv').replace('2019-01-16', '2019-13-16') }));
    expect(result.issues.map((i) => [i.file, i.code])).toEqual([['aid.csv', 'date.no-such-day']]);
  });
});

describe('a local account code that is not digits', () => {
  it('is an error at accounts.csv (it could otherwise take over another account’s lines)', () => {
    const accounts = demoText('accounts.csv').replace('5010501,', '会员活动支出,');
    const result = loadWithWorkbooks(demoWith({ 'accounts.csv': accounts }));
    expect(result.issues[0]).toMatchObject({
      file: 'accounts.csv',
      line: 2,
      column: 1,
      code: 'account.local-bad-code',
    });
  });
});

describe('a bad byte is reported alone in its file', () => {
  /** The demo file with byte 0xFF put after the first occurrence of `after`. */
  function withBadByte(path: string, after: string): Uint8Array {
    const bytes = new TextEncoder().encode(demoText(path));
    const at = Buffer.from(bytes).indexOf(Buffer.from(after)) + Buffer.byteLength(after);
    return new Uint8Array([...bytes.subarray(0, at), 0xff, ...bytes.subarray(at)]);
  }

  it.each([
    // Before: also 科目“专项转移�支付补助收入”不在科目表中 and a 收入合计 off by 20,000.00.
    ['inside an account name of a summary fund file', 'funds/2023.csv', '专项转移', 5],
    ['inside a recipient of aid.csv', 'aid.csv', '罗佳', 3],
  ] as const)('%s: only the byte, at its line', (_, path, after, line) => {
    const result = loadWithWorkbooks(demoWith({ [path]: withBadByte(path, after) }), { buildDate: '2026-12-01' });
    expect(result.site).toBeUndefined();
    expect(result.issues.map((i) => [i.file, i.line, i.code])).toEqual([[path, line, 'encoding.bad-byte']]);
  });
});
