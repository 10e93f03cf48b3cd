import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readReportFiles } from '../../../src/build/read-content-dir.ts';
import { readDataDir } from '../../../src/build/read-data-dir.ts';
import { isBuildContext, prepareBuild } from '../../../src/lib/build/prepare-build.ts';
import { collectPrivateValues } from '../../../src/lib/privacy/private-values.ts';
import { checkReports } from '../../../src/lib/reports/check-reports.ts';
import { loadSite } from '../../../src/lib/site/load-site.ts';
import { statusCounts } from '../../../src/lib/views/register-rows.ts';
import { readWorkbooks } from '../../../src/build/read-workbooks.ts';

const data = readDataDir(fileURLToPath(new URL('../../../data/', import.meta.url)));
const site = loadSite(data, { workbooks: readWorkbooks(data) }).site!;
const reports = checkReports(
  readReportFiles(fileURLToPath(new URL('../../../content/reports/', import.meta.url))),
  'content/reports',
  site,
).reports!;
const reportFiles = readReportFiles(fileURLToPath(new URL('../../../content/reports/', import.meta.url)));
/** The register of the demo data and reports exactly as a build on `asOf` computes it. */
const register = (asOf: string) => {
  const options = { buildDate: asOf, basePath: '/', reportsFolder: 'content/reports' };
  const context = prepareBuild(data, reportFiles, options, readWorkbooks(data));
  if (!isBuildContext(context)) throw new Error(JSON.stringify(context.issues));
  return context.register.rows;
};

describe('the register of the demo data', () => {
  it('lists every published item with its status on the fixed build date 2025-06-30', () => {
    const rows = register('2025-06-30').map((r) => [
      r.item.title,
      r.item.publishedOn,
      r.deadline,
      r.status,
      r.lateDays,
      r.item.href,
    ]);
    expect(rows).toEqual([
      ['2024年度经费收支表', '2025-03-28', '2025-03-31', 'published', 0, 'funds/2024/'],
      ['2023年度经费收支表', '2024-04-12', '2024-03-30', 'published', 13, 'funds/2023/'],
      ['2022年度经费收支表', '2023-03-16', '2023-03-31', 'published', 0, 'funds/2022/'],
      ['2021年度经费收支表', '2022-03-22', '2022-03-31', 'published', 0, 'funds/2021/'],
      ['2019—2020年度（六届工会任期后两年）经费收支表', '2021-03-18', '2021-03-31', 'published', 0, 'funds/2019-2020/'],
      ['2024年度经费预算', '2024-03-08', '2024-03-31', 'published', 0, 'funds/2024/#h-budget'],
      ['2023年度经费预算', '2023-02-24', '2023-04-01', 'published', 0, 'funds/2023/#h-budget'],
      ['院工会2024年度工作报告（提请审议稿）', undefined, '2025-04-30', 'overdue', 61, 'reports/2024-work-report/'],
      ['院工会2023年度工作报告', '2024-03-29', '2024-04-29', 'published', 0, 'reports/2023-work-report/'],
      ['院工会2022年度工作报告', '2023-03-24', '2023-04-30', 'published', 0, 'reports/2022-work-report/'],
      ['院工会2021年度工作报告', '2022-03-18', '2022-04-30', 'published', 0, 'reports/2021-work-report/'],
      ['院第六届工会委员会工作报告', '2021-01-14', '2021-04-30', 'published', 0, 'reports/2019-2020-term-report/'],
      ['2024年度经审报告', undefined, '2025-04-30', 'overdue', 61, undefined],
      [
        '院工会经费审查委员会关于2019—2020年度工会经费收支情况的审查报告',
        '2021-01-14',
        undefined,
        'published',
        0,
        'reports/2019-2020-audit-report/',
      ],
      ['八届二次职代会决议', '2024-03-29', '2024-04-06', 'published', 0, 'democracy/congress/#s-8-2'],
      ['八届一次职代会决议', '2023-03-31', '2023-04-08', 'published', 0, 'democracy/congress/#s-8-1'],
      ['七届三次职代会决议', '2022-03-25', '2022-04-02', 'published', 0, 'democracy/congress/#s-7-3'],
      ['七届二次职代会决议', '2021-04-16', '2021-04-10', 'published', 6, 'democracy/congress/#s-7-2'],
      ['七届一次职代会决议', '2021-01-20', '2021-01-29', 'published', 0, 'democracy/congress/#s-7-1'],
      ['六届七次职代会决议', '2020-06-24', '2020-07-04', 'published', 0, 'democracy/congress/#s-6-7'],
      ['六届六次职代会决议', '2019-03-29', '2019-04-06', 'published', 0, 'democracy/congress/#s-6-6'],
      ['七届工会委员会选举结果', '2021-01-20', '2021-01-29', 'published', 0, 'democracy/elections/#e-7-1'],
      ['七届经费审查委员会选举结果', '2021-01-20', '2021-01-29', 'published', 0, 'democracy/elections/#e-7-2'],
      ['七届女职工委员会选举结果', '2021-01-20', '2021-01-29', 'published', 0, 'democracy/elections/#e-7-3'],
      ['2024年10月大病帮扶公示（1人次）', '2024-10-23', '2024-10-30', 'expired', 0, undefined],
      ['2024年8月金秋助学公示（2人次）', '2024-08-20', '2024-08-28', 'expired', 0, undefined],
      ['2024年1月春节帮扶公示（5人次）', '2024-01-22', '2024-02-02', 'expired', 0, undefined],
      ['八届二次职代会提案办理情况', '2024-09-13', '2024-09-18', 'published', 0, 'democracy/proposals/#s-8-2'],
      ['七届三次职代会提案办理情况', '2022-09-09', '2022-09-14', 'published', 0, 'democracy/proposals/#s-7-3'],
      ['七届二次职代会提案办理情况', '2021-09-15', '2021-09-22', 'published', 0, 'democracy/proposals/#s-7-2'],
      ['六届七次职代会提案办理情况', '2020-12-10', '2020-12-16', 'published', 0, 'democracy/proposals/#s-6-7'],
      ['六届六次职代会提案办理情况', '2019-09-06', '2019-09-18', 'published', 0, 'democracy/proposals/#s-6-6'],
    ]);
    expect(statusCounts(register('2025-06-30'))).toEqual({ published: 27, due: 0, overdue: 2, expired: 3 });
  });

  it('has an item for every report with a page, every session, election, notice and session with proposals', () => {
    const rows = register('2025-06-30');
    const count = (kind: string) => rows.filter((r) => r.item.kind === kind && !r.missing).length;
    expect(count('work-report') + count('audit-report')).toBe(reports.filter((r) => r.published).length);
    expect(count('congress-resolutions')).toBe(site.records.congress.length);
    expect(count('election-result')).toBe(site.records.elections.length);
    expect(count('aid-notice')).toBe(site.records.aid.noticeLog.length);
    expect(count('proposal-handling')).toBe(new Set(site.records.proposals.map((p) => p.session.label)).size);
  });

  it('shows the 2024 work report and 经审 report as due, not overdue, on their deadline', () => {
    const due = register('2025-04-30').filter((r) => r.status !== 'published' && r.status !== 'expired');
    expect(due.map((r) => [r.item.title, r.status, r.daysLeft])).toEqual([
      ['院工会2024年度工作报告（提请审议稿）', 'due', 0],
      ['2024年度经审报告', 'due', 0],
    ]);
  });

  it('links an open notice to the aid page and leaves the ended and the coming ones unlinked', () => {
    const notices = register('2024-09-01').filter((r) => r.item.kind === 'aid-notice');
    expect(notices.map((r) => [r.item.title, r.status, r.item.href, r.item.endsOn])).toEqual([
      ['2024年10月大病帮扶公示（1人次）', 'due', undefined, '2024-11-08'],
      ['2024年8月金秋助学公示（2人次）', 'published', 'activities/aid/', '2024-09-06'],
      ['2024年1月春节帮扶公示（5人次）', 'expired', undefined, '2024-02-05'],
    ]);
  });

  it.each(['2024-09-01', '2024-10-25', '2025-06-30'])('holds no private value of aid.csv on %s', (asOf) => {
    const text = JSON.stringify(register(asOf));
    const values = collectPrivateValues(data);
    expect(values.length).toBeGreaterThan(250);
    expect(values.filter((v) => text.includes(v.value))).toEqual([]);
  });
});
