import { describe, expect, it } from 'vitest';
import { figuresOf } from '../../../src/lib/audit/corrections/period-figures.ts';
import { writeRecorded } from '../../../src/lib/audit/corrections/recorded-figures.ts';
import { loadFixture } from '../../helpers/fixture.ts';

const DIGEST = 'b'.repeat(64);
const base = loadFixture().site!;
const recorded2022 = writeRecorded({
  periodId: '2022',
  versions: [{ recordedOn: '2023-03-01', dataDigest: DIGEST, figures: figuresOf(base.periods[0]!.statement) }],
});
const FUND_2022 = [
  '科目,金额,摘要',
  '会费收入,3000.00,会费',
  '拨缴经费收入,7000.00,拨缴经费',
  '收入合计,10000.00,',
  '职工集体福利支出,5900.00,节日慰问',
  '文体活动支出,2100.00,篮球赛及补记的球赛用品',
  '支出合计,8000.00,',
].join('\n');

describe('loadAudit, through loadSite', () => {
  it('uses the default thresholds and finds no correction in the base fixture', () => {
    expect(base.audit.thresholds.approvalLimitFen).toBe(500_000);
    expect(base.audit.flags).toHaveLength(base.periods.length);
    expect(base.audit.corrections).toEqual({ corrections: [], carried: [] });
  });

  it('reads thresholds from union.yaml and reports a negative one at its line', () => {
    const union = '全称: 测试市第一医院工会委员会\n简称: 测试工会\n代表大会: 职代会\n审批限额: 8000\n';
    expect(loadFixture({ 'union.yaml': union }).site!.audit.thresholds.approvalLimitFen).toBe(800_000);
    const { issues } = loadFixture({ 'union.yaml': union.replace('8000', '-8000') });
    expect(issues.map((i) => [i.file, i.line, i.code])).toEqual([['union.yaml', 4, 'audit.threshold-negative']]);
  });

  it('passes figures equal to their recording and stops changed ones without a correction', () => {
    expect(loadFixture({ 'published/2022.json': recorded2022 }).issues).toEqual([]);
    const { issues } = loadFixture({ 'published/2022.json': recorded2022, 'funds/2022.csv': FUND_2022 });
    expect(issues.map((i) => [i.file, i.code])).toEqual([['published/2022.json', 'correction.missing']]);
    expect(issues[0]!.found).toBe('文体活动支出 2,000.00 → 2,100.00；会员活动支出 6,000.00 → 5,900.00');
  });

  it('accepts the change with a corrections.csv entry and lists it', () => {
    const { site, issues } = loadFixture({
      'published/2022.json': recorded2022,
      'funds/2022.csv': FUND_2022,
      'corrections.csv':
        '期间,更正日期,原因,经办人\n2022,2023-04-02,球赛用品 100.00 元误记入福利支出，改记文体活动支出,王会计\n',
    });
    expect(issues).toEqual([]);
    expect(site!.audit.corrections.corrections.map((c) => [c.periodId, c.date, c.changes.length])).toEqual([
      ['2022', '2023-04-02', 2],
    ]);
    expect(site!.audit.recordedOn.get('2022')).toEqual(['2023-03-01']);
  });

  it('warns, without stopping, that weekend and holiday flags of a year missing from the table are incomplete', () => {
    const { site, notes, report } = loadFixture({
      'periods.csv':
        '编号,名称,开始日期,结束日期,期初结余,期末结余\n2022,2022年度,2022-01-01,2022-12-31,10000.00,12000.00\n2023,2023—2027年度,2023-01-01,2027-12-31,,\n',
      'budgets/2023.csv': null,
      'membership.csv': '期间,职工人数,会员人数\n2022,110,100\n',
      'funds/2023.csv':
        '日期,凭证号,科目,金额,摘要\n2027-01-09,记-001,文体活动支出,300.00,球赛\n2027-01-11,记-002,会费收入,500.00,会费\n',
    });
    expect(report).toBe('');
    expect(notes.map((w) => [w.file, w.code])).toEqual([['funds/2023.csv', 'audit.holidays-missing']]);
    expect(site!.audit.flags[1]!.groups.map((g) => g.summary)).toEqual([
      '2027-01-09（周末（未核对调休））：1 笔，合计 300.00 元',
    ]);
  });

  it.each([
    [
      'a hand-edited recording',
      { 'published/2022.json': recorded2022.replace('"12000.00"', '"12100.00"') },
      'published/2022.json',
      'recorded.digest',
    ],
    [
      'a recording of an unknown period',
      {
        'published/2030.json': writeRecorded({
          periodId: '2030',
          versions: [{ recordedOn: '2031-03-01', dataDigest: DIGEST, figures: figuresOf(base.periods[0]!.statement) }],
        }),
      },
      'published/2030.json',
      'recorded.no-period',
    ],
    [
      'a file in a sub-folder of published/',
      { 'published/old/2022.json': recorded2022 },
      'published/old/2022.json',
      'file.unexpected',
    ],
    [
      'a correction of an unknown period',
      { 'corrections.csv': '期间,更正日期,原因,经办人\n2030,2031-01-01,误记,王会计\n' },
      'corrections.csv',
      'correction.unknown-period',
    ],
  ])('stops at %s', (_, files, file, code) => {
    expect(loadFixture(files).issues.map((i) => [i.file, i.code])).toEqual([[file, code]]);
  });
});
