import type { ConsolidatedPeriod } from '../federation/consolidate.ts';
import type { UnitTableRow } from '../federation/unit-table.ts';
import { fenToDecimalString } from '../money/format-amount.ts';
import { percentText } from './package-tables.ts';
import { toCsv } from './csv-cell.ts';

/**
 * The 汇总 收入支出表 of a period as CSV (UTF-8 with BOM, CRLF): one row per account with
 * its sum over the reporting units and how many have it, the side totals, the units
 * reporting and missing (with the reason), and the transfers between the federation and
 * its units.
 */
export function consolidatedCsv(c: ConsolidatedPeriod, federationName: string): string {
  const own = new Map((c.own?.rows ?? []).map((r) => [`${r.side} ${r.code}`, r.fen]));
  const ownCell = (key: string) => (c.own ? fenToDecimalString(own.get(key) ?? 0) : '');
  return toCsv([
    [
      `${federationName} 汇总收入支出表`,
      c.period.label,
      `${c.period.start} 至 ${c.period.end}`,
      `${c.period.system}年制度`,
    ],
    ['收支', '级次', '科目编码', '科目名称', '汇总金额（元）', '报送单位数', '本级金额（元）'],
    ...c.rows.map((r) => [
      r.side === 'income' ? '收入' : '支出',
      r.level,
      r.code,
      r.name,
      fenToDecimalString(r.fen),
      r.units,
      ownCell(`${r.side} ${r.code}`),
    ]),
    [
      '收入',
      '',
      '',
      '本期收入合计',
      fenToDecimalString(c.incomeFen),
      c.reporting.length,
      c.own ? fenToDecimalString(c.own.incomeFen) : '',
    ],
    [
      '支出',
      '',
      '',
      '本期支出合计',
      fenToDecimalString(c.expenseFen),
      c.reporting.length,
      c.own ? fenToDecimalString(c.own.expenseFen) : '',
    ],
    [],
    ['下级单位上级补助收入合计（元）', fenToDecimalString(c.transfers.unitsUpperSubsidyFen)],
    [
      '本级补助下级支出（元）',
      c.transfers.federationSubsidyFen === undefined ? '' : fenToDecimalString(c.transfers.federationSubsidyFen),
    ],
    [],
    ['单位编号', '单位名称', '状态', '会计制度或原因'],
    ...c.reporting.map((r) => [r.unit.id, r.unit.name, '已报送', `${r.system}年制度${r.mapped ? '（已对照）' : ''}`]),
    ...c.missing.map((m) => [m.unit.id, m.unit.name, '未报送', m.reason]),
  ]);
}

const money = (fen: number | null): string => (fen === null ? '' : fenToDecimalString(fen));

/**
 * The unit table of a period as CSV (UTF-8 with BOM, CRLF): one row per unit of units.csv
 * with its members, income and expense (total and per member), expense budget 完成率 (%),
 * closing balance, whether its 经费收支表 and 经审报告 were disclosed on time (and how many days
 * late the statement was), its 疑点提示 of the period, and its corrections (how many, their dates).
 */
export function unitTableCsv(rows: readonly UnitTableRow[], c: ConsolidatedPeriod, federationName: string): string {
  return toCsv([
    [`${federationName} 下级单位情况表`, c.period.label],
    [
      '单位编号',
      '单位名称',
      '计入汇总',
      '会员人数',
      '本期收入（元）',
      '本期支出（元）',
      '人均收入（元）',
      '人均支出（元）',
      '支出预算完成率（%）',
      '期末结余（元）',
      '收支表公开',
      '经审报告公开',
      '收支表逾期天数',
      '疑点提示（处）',
      '更正次数',
      '更正日期',
      '未计入原因',
    ],
    ...rows.map((r) => [
      r.unitId,
      r.unitName,
      r.reporting ? '是' : '否',
      r.members ?? '',
      money(r.incomeFen),
      money(r.expenseFen),
      money(r.incomePerMemberFen),
      money(r.expensePerMemberFen),
      percentText(r.budgetRateBp) ?? '',
      money(r.closingFen),
      r.statement,
      r.auditReport,
      r.statementLateDays,
      r.flags ?? '',
      r.corrections,
      r.correctedOn.join(' '),
      r.reason ?? '',
    ]),
  ]);
}
