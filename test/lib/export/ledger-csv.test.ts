import { describe, expect, it } from 'vitest';
import { ledgerCsv } from '../../../src/lib/export/ledger-csv.ts';
import { loadFixture } from '../../helpers/fixture.ts';

const LEDGER = [
  '日期,凭证号,科目,摘要,金额',
  '2023-03-02,记-2,文体活动支出,=HYPERLINK("x"),500.00',
  '2023-01-05,记-1,会费收入,"1月会费,工资代扣",3000.00',
  '2023-04-01,记-3,文体活动支出,冲销,-100.00',
].join('\n');

const PERIODS =
  '编号,名称,开始日期,结束日期,期初结余,期末结余\n2022,2022年度,2022-01-01,2022-12-31,10000.00,12000.00\n2023,2023年度,2023-01-01,2023-12-31,,\n';

describe('ledgerCsv', () => {
  it('writes every line with its file line number, in file order, with a BOM and formula-safe cells', () => {
    const { site, report } = loadFixture({ 'funds/2023.csv': LEDGER, 'periods.csv': PERIODS });
    expect(report).toBe('');
    const csv = ledgerCsv(site!.periods.find((p) => p.statement.period.id === '2023')!.statement);
    expect(csv.startsWith('\uFEFF行号,日期,凭证号,收支,类别,科目编码,科目,摘要,金额\r\n')).toBe(true);
    expect(csv.split('\r\n').slice(1)).toEqual([
      '2,2023-03-02,记-2,支出,职工活动支出,50102,文体活动支出,"\'=HYPERLINK(""x"")",500.00',
      '3,2023-01-05,记-1,收入,会费收入,401,会费收入,"1月会费,工资代扣",3000.00',
      '4,2023-04-01,记-3,支出,职工活动支出,50102,文体活动支出,冲销,-100.00',
      '',
    ]);
  });
});

describe('ledgerCsv with 支出类型 / 项目名称', () => {
  it('adds both columns: 基本 for an expense line without a type, the project of a 项目支出 line, empty for income', () => {
    const ledger = [
      '日期,凭证号,科目,摘要,金额,支出类型,项目名称',
      '2023-03-02,记-2,建家活动支出,职工之家器材,500.00,,职工之家建设',
      '2023-01-05,记-1,会费收入,1月会费,3000.00,,',
      '2023-04-01,记-3,文体活动支出,羽毛球比赛,100.00,,',
    ].join('\n');
    const { site, report } = loadFixture({ 'funds/2023.csv': ledger, 'periods.csv': PERIODS });
    expect(report).toBe('');
    const csv = ledgerCsv(site!.periods.find((p) => p.statement.period.id === '2023')!.statement);
    expect(csv.split('\r\n')).toEqual([
      '\uFEFF行号,日期,凭证号,收支,类别,科目编码,科目,摘要,金额,支出类型,项目名称',
      '2,2023-03-02,记-2,支出,职工服务支出,50302,建家活动支出,职工之家器材,500.00,项目,职工之家建设',
      '3,2023-01-05,记-1,收入,会费收入,401,会费收入,1月会费,3000.00,,',
      '4,2023-04-01,记-3,支出,职工活动支出,50102,文体活动支出,羽毛球比赛,100.00,基本,',
      '',
    ]);
  });
});
