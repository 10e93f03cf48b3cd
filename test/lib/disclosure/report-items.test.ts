import { describe, expect, it } from 'vitest';
import type { PeriodSpan } from '../../../src/lib/disclosure/register.ts';
import { reportItems, reportPublishedOn } from '../../../src/lib/disclosure/report-items.ts';
import type { CheckedReport } from '../../../src/lib/reports/check-report.ts';
import type { ReportMeta } from '../../../src/lib/reports/report-meta.ts';

const periods: PeriodSpan[] = [
  { id: '2022', label: '2022年度', start: '2022-01-01', end: '2022-12-31' },
  { id: '2023', label: '2023年度', start: '2023-01-01', end: '2023-12-31' },
  { id: '2024', label: '2024年度', start: '2024-01-01', end: '2024-12-31' },
];
const report = (slug: string, meta: Partial<ReportMeta>): CheckedReport => {
  const full: ReportMeta = {
    title: '院工会2023年度工作报告',
    kind: '工作报告',
    periods: ['2023'],
    date: '2024-03-20',
    status: '审议通过',
    approved: '2024-03-22',
    ...meta,
  };
  return {
    slug,
    file: `content/reports/${slug}.mdx`,
    meta: full,
    headings: [],
    periods: full.periods,
    published: full.status !== '草稿',
  };
};
const summary = (r: CheckedReport) =>
  reportItems([r], periods).map((i) => [
    i.kind,
    i.title,
    i.periodId,
    i.periodLabel,
    i.coversStart,
    i.coversEnd,
    i.publishedOn,
    i.href,
  ]);

describe('reportItems', () => {
  it.each([
    {
      name: 'an approved work report, disclosed on its approval date',
      report: report('2023-work', {}),
      expected: [
        [
          'work-report',
          '院工会2023年度工作报告',
          '2023',
          '2023年度',
          '2023-01-01',
          '2023-12-31',
          '2024-03-22',
          'reports/2023-work/',
        ],
      ],
    },
    {
      name: 'an approved report with its own 公开日期',
      report: report('2023-work', { published: '2024-03-29' }),
      expected: [
        [
          'work-report',
          '院工会2023年度工作报告',
          '2023',
          '2023年度',
          '2023-01-01',
          '2023-12-31',
          '2024-03-29',
          'reports/2023-work/',
        ],
      ],
    },
    {
      name: 'a 经审 report, its own kind',
      report: report('2023-audit', { title: '经审会审查报告', kind: '经费审查报告' }),
      expected: [
        [
          'audit-report',
          '经审会审查报告',
          '2023',
          '2023年度',
          '2023-01-01',
          '2023-12-31',
          '2024-03-22',
          'reports/2023-audit/',
        ],
      ],
    },
    {
      name: 'a report put to the congress: on the site, marked, not yet disclosed',
      report: report('2024-work', {
        title: '院工会2024年度工作报告',
        periods: ['2024'],
        status: '提请审议',
        session: '八届三次',
        approved: undefined,
      }),
      expected: [
        [
          'work-report',
          '院工会2024年度工作报告（提请审议稿）',
          '2024',
          '2024年度',
          '2024-01-01',
          '2024-12-31',
          undefined,
          'reports/2024-work/',
        ],
      ],
    },
    {
      name: 'a draft: no page, no item',
      report: report('2024-audit', { status: '草稿', approved: undefined }),
      expected: [],
    },
    {
      name: 'a term report over several periods answers its last period',
      report: report('term', { title: '换届工作报告', kind: '换届工作报告', periods: ['2022', '2023'] }),
      expected: [
        [
          'work-report',
          '换届工作报告',
          '2023',
          '2022年度至2023年度',
          '2022-01-01',
          '2023-12-31',
          '2024-03-22',
          'reports/term/',
        ],
      ],
    },
    {
      name: 'a work plan is listed but answers no period',
      report: report('plan', { title: '2024年工作计划', kind: '工作计划', periods: ['2024'] }),
      expected: [
        [
          'work-report',
          '2024年工作计划',
          undefined,
          '2024年度',
          '2024-01-01',
          '2024-12-31',
          '2024-03-22',
          'reports/plan/',
        ],
      ],
    },
  ])('$name', ({ report, expected }) => {
    expect(summary(report)).toEqual(expected);
  });

  it('addresses every report to all readers', () => {
    expect(reportItems([report('a', {})], periods)[0]!.audience).toBe('全体');
  });
});

describe('reportPublishedOn', () => {
  it.each([
    { status: '审议通过', approved: '2024-03-22', published: undefined, expected: '2024-03-22' },
    { status: '审议通过', approved: '2024-03-22', published: '2024-04-01', expected: '2024-04-01' },
    { status: '提请审议', approved: undefined, published: undefined, expected: undefined },
    { status: '草稿', approved: undefined, published: undefined, expected: undefined },
  ] as const)('$status, approved $approved, 公开日期 $published → $expected', ({ expected, ...meta }) => {
    expect(reportPublishedOn(report('x', meta).meta)).toBe(expected);
  });
});
