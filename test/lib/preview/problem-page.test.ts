import { describe, expect, it } from 'vitest';
import { problemPageHtml } from '../../../src/lib/preview/problem-page.ts';

describe('problemPageHtml', () => {
  const html = problemPageHtml({
    issues: [
      {
        file: 'funds/2025.xlsx',
        sheet: '明细账',
        line: 17,
        column: 3,
        code: 'account.unknown',
        message: '科目“文体活动支”不在科目表中',
        expected: '科目表中的科目',
        found: '文体活动支',
        hint: '是否应为“文体活动支出”？',
      },
      { file: 'periods.csv', line: 3, column: 0, code: 'period.gap', message: '<期间>之间有空档' },
    ],
    reminders: [{ file: 'signoffs.csv', line: 0, column: 0, code: 'remind.no-signoff', message: '还没有签字栏' }],
    checkedAt: '10:42:05',
    reloadScript: '<script>/* reload */</script>',
  });

  it('lists every problem with its place as Excel shows it, and 应为/实际为/提示', () => {
    expect(html).toContain('数据检查未通过：2 个文件中共有 2 处问题');
    expect(html).toContain('funds/2025.xlsx 工作表“明细账” C17，即第 17 行第 3 列');
    expect(html).toContain('<dt>实际为</dt><dd>文体活动支</dd>');
    expect(html).toContain('<dt>提示</dt><dd>是否应为“文体活动支出”？</dd>');
    expect(html).toContain('periods.csv:3');
  });

  it('escapes text from the data, shows reminders and carries the reload script', () => {
    expect(html).toContain('&lt;期间&gt;之间有空档');
    expect(html).toContain('提醒（1 条）');
    expect(html).toContain('<script>/* reload */</script>');
  });
});
