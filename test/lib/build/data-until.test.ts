import { describe, expect, it } from 'vitest';
import { dataUntil } from '../../../src/lib/build/data-until.ts';
import type { RegisterRow } from '../../../src/lib/disclosure/register.ts';
import { loadRecordsFixture } from '../../helpers/records-fixture.ts';

const activities = (...rows: string[]) =>
  ['日期,结束日期,名称,类别,组织单位,级别,参与人数,费用,科目,成果,状态', ...rows].join('\n') + '\n';
const { site, report } = loadRecordsFixture({
  'activities.csv': activities(
    '2023-06-01,,羽毛球比赛,文体,院工会,本单位,20人,,,,',
    '2026-05-01,,健步走,文体,院工会,本单位,,,,,计划',
  ),
});
if (!site) throw new Error(report);

const published = (on: string): RegisterRow => ({
  item: {
    kind: 'fund-statement',
    title: '2023年度经费收支表',
    coversStart: '2023-01-01',
    coversEnd: '2023-12-31',
    audience: '全体',
    publishedOn: on,
  },
  status: 'published',
  lateDays: 0,
  missing: false,
});

describe('dataUntil (数据截至): the latest date of the data, never after the build date', () => {
  it.each([
    {
      register: [],
      asOf: '2026-12-01',
      until: '2023-12-31',
      why: 'the end of the last statement; a planned activity does not count',
    },
    {
      register: [published('2024-03-30')],
      asOf: '2026-12-01',
      until: '2024-03-30',
      why: 'a disclosure date is a date of the data',
    },
    {
      register: [published('2024-03-30')],
      asOf: '2024-03-29',
      until: '2023-12-31',
      why: 'dates after the build date are left out',
    },
    { register: [], asOf: '2023-06-15', until: '2023-06-01', why: 'a held activity before the build date' },
  ])('$until: $why', ({ register, asOf, until }) => {
    expect(dataUntil(site, register, asOf)).toBe(until);
  });
});
