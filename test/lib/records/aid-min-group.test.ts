/**
 * The minimum group size on the demo data and in reports: the demo published 大病帮扶 1 人次
 * 2,000.00 元 (2023 and 2024) before; now no published aid figure describes fewer than 3
 * people, and a report citing a withheld figure stops at its line.
 */
import { describe, expect, it } from 'vitest';
import { loadWithWorkbooks } from '../../helpers/demo-data.ts';
import { readDataDir } from '../../../src/build/read-data-dir.ts';
import { formatIssueReport } from '../../../src/lib/issues/data-issue.ts';
import { MERGED_GROUP_LABEL } from '../../../src/lib/records/aid-summary.ts';
import { checkReports } from '../../../src/lib/reports/check-reports.ts';
import { resolveTag } from '../../../src/lib/reports/figures/figure-tags.ts';
import { loadRecordsFixture } from '../../helpers/records-fixture.ts';

const demo = loadWithWorkbooks(readDataDir(new URL('../../../data/', import.meta.url).pathname)).site!;

describe('the demo aid aggregates', () => {
  it('publish no group of the 大病帮扶 occasion, which had one person in 2023 and in 2024', () => {
    for (const id of ['2023', '2024']) {
      const p = demo.records.aid.periods.find((s) => s.periodId === id)!;
      expect(p.byOccasion.map((g) => g.label)).not.toContain('大病帮扶');
      expect(p.byOccasion.at(-1)).toMatchObject({ label: MERGED_GROUP_LABEL });
      expect(p.byOccasion.at(-1)!.count).toBeGreaterThanOrEqual(3);
    }
  });

  it('publish every other group with 3 人次 or more, and breakdowns that still add up', () => {
    for (const p of demo.records.aid.periods) {
      for (const breakdown of [p.byCategory, p.byOccasion, p.bySource]) {
        for (const g of breakdown) expect(g.count, `${p.periodId} ${g.label}`).toBeGreaterThanOrEqual(3);
        expect(breakdown.reduce((n, g) => n + g.count, 0)).toBe(p.count);
        expect(breakdown.reduce((n, g) => n + g.fen, 0)).toBe(p.fen);
        expect(breakdown.reduce((n, g) => n + g.shareBp, 0)).toBe(10_000);
      }
    }
  });
});

describe('a report figure that would reveal a withheld group', () => {
  // Records fixture, default minimum 3: 2022 has aid for two people (张小三, 欧阳小明).
  const site = loadRecordsFixture().site!;

  it.each([
    ['帮扶慰问人次', '2022', '这一期间的帮扶慰问少于 3 人，不单独公开'],
    ['帮扶慰问金额', '2022', '这一期间的帮扶慰问少于 3 人，不单独公开'],
    ['慰问人次', '2022', '这一期间的帮扶慰问少于 3 人，不单独公开'],
  ])('<Count figure="%s" period="%s"> is refused: %s', (figure, period, reason) => {
    const result = resolveTag(site, 'Count', { figure, period });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problem.message).toContain(reason);
  });

  it('is printed with the line of the tag', () => {
    const mdx = [
      '---',
      '标题: 2022年度工会工作报告',
      '类型: 工作报告',
      '期间: 2022',
      '日期: 2023-03-20',
      '状态: 审议通过',
      '通过日期: 2023-03-20',
      '---',
      '',
      '全年帮扶 <Count figure="帮扶慰问人次" period="2022" />。',
      '',
    ].join('\n');
    const result = checkReports(new Map([['2022-work.mdx', new TextEncoder().encode(mdx)]]), 'content/reports', site);
    expect(formatIssueReport(result.issues)).toContain('content/reports/2022-work.mdx:10:');
    expect(formatIssueReport(result.issues)).toContain('少于 3 人，不单独公开');
  });

  it('is accepted for a category merged only when the union sets 最小公开人数 lower', () => {
    const union = '全称: 测试医院工会委员会\n简称: 测试工会\n组织类型: 基层工会\n代表大会: 职代会\n最小公开人数: 2\n';
    const two = loadRecordsFixture({ 'union.yaml': union }).site!;
    expect(resolveTag(two, 'Count', { figure: '帮扶慰问人次', period: '2022' })).toMatchObject({ ok: true });
  });
});
