import { describe, expect, it } from 'vitest';
import { IssueList } from '../../../src/lib/issues/data-issue.ts';
import { readUnion } from '../../../src/lib/union/read-union.ts';
import { contactLines } from '../../../src/lib/views/contact-block.ts';

const BASE = '全称: 临江市第一人民医院工会委员会\n简称: 市一院工会\n代表大会: 职代会\n';

function read(extra: string) {
  const issues = new IssueList();
  const union = readUnion(BASE + extra, issues);
  return { union, issues: issues.items };
}

describe('union.yaml contact block (监督电话, 意见箱, 经审会联系方式)', () => {
  it('is optional: without it the block is empty', () => {
    const { union, issues } = read('');
    expect(issues).toEqual([]);
    expect(contactLines(union!)).toEqual([]);
  });

  it('reads the three lines in the order of a paper notice', () => {
    const { union, issues } = read(
      '经审会联系方式: 行政楼三楼 305 室，电话 0571-88881235\n意见箱: 门诊楼一楼大厅工会意见箱\n监督电话: 0571-88881234 转 8012\n',
    );
    expect(issues).toEqual([]);
    expect(contactLines(union!)).toEqual([
      { label: '监督电话', value: '0571-88881234 转 8012' },
      { label: '意见箱', value: '门诊楼一楼大厅工会意见箱' },
      { label: '经审会', value: '行政楼三楼 305 室，电话 0571-88881235' },
    ]);
  });

  it('keeps the leading 0 of a phone typed without quotes (YAML would read a number)', () => {
    const { union } = read('监督电话: 057188881234\n');
    expect(union?.supervisionPhone).toBe('057188881234');
  });

  it.each([
    ['a phone with letters', '监督电话: 请拨打工会办公室\n', '“监督电话”填写有误：应为电话号码'],
    ['a phone with too few digits', '监督电话: 1234\n', '“监督电话”填写有误：应为电话号码'],
    ['a one-character 意见箱', '意见箱: 有\n', '“意见箱”填写有误：意见箱至少两个字'],
    [
      'a long 经审会联系方式',
      `经审会联系方式: ${'很'.repeat(101)}\n`,
      '“经审会联系方式”填写有误：经审会联系方式最多 100 个字',
    ],
  ])('rejects %s with the line of the key', (_name, extra, message) => {
    const { union, issues } = read(extra);
    expect(union).toBeUndefined();
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ file: 'union.yaml', line: 4, code: 'union.invalid' });
    expect(issues[0]!.message).toContain(message);
  });
});
