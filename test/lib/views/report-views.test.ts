import { describe, expect, it } from 'vitest';
import { checkReports } from '../../../src/lib/reports/check-reports.ts';
import { reportGroups } from '../../../src/lib/views/report-views.ts';
import { loadFixture } from '../../helpers/fixture.ts';

const site = loadFixture().site!;
const report = (kind: string, period: string, status = '审议通过', extra = '') =>
  `---\n标题: ${kind}${period}\n类型: ${kind}\n期间: ${period}\n会议: 一届二次\n日期: 2024-01-20\n状态: ${status}\n${status === '审议通过' ? '通过日期: 2024-01-20\n' : ''}${extra}---\n\n正文。\n`;

describe('reportGroups', () => {
  it('groups by period, newest first, the committee’s reports before the audit report', () => {
    const files = new Map(
      Object.entries({
        'a.mdx': report('经费审查报告', '2023'),
        'b.mdx': report('工作报告', '2022'),
        'c.mdx': report('工作报告', '2023', '提请审议'),
      }).map(([k, v]) => [k, new TextEncoder().encode(v)]),
    );
    const { reports } = checkReports(files, 'content/reports', site);
    const groups = reportGroups(reports!, site);
    expect(groups.map((g) => [g.label, g.items.map((i) => `${i.kind} ${i.status}`)])).toEqual([
      ['2023年度', ['工作报告 提请一届二次职代会审议', '经费审查报告 一届二次职代会审议通过']],
      ['2022年度', ['工作报告 一届二次职代会审议通过']],
    ]);
    expect(groups[0]!.items[0]!.pending).toBe(true);
  });
});
