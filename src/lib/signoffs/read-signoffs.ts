import { dateCell } from '../csv/cell-values.ts';
import type { ColumnSpec } from '../csv/read-table.ts';
import { readTable } from '../csv/read-table.ts';
import type { IssueList } from '../issues/data-issue.ts';

export const SIGNOFFS_FILE = 'signoffs.csv';

/**
 * Who signed off a period's statement (签字栏), as printed under formal statements and on the
 * audit page. Names are of office holders in their role; dates are ISO "YYYY-MM-DD".
 */
export interface Signoff {
  line: number;
  periodId: string;
  /** 工会主席 */
  chair: string;
  /** 经审会主任 */
  auditChair: string;
  /** 财务负责人 */
  financeHead: string;
  /** 制表人 */
  preparer: string;
  /** 制表日期 */
  prepared: string;
  /** 审查日期: when the audit committee reviewed the statement, if it has. */
  reviewed?: string;
  /** Field numbers of the name and date cells, for messages about them. */
  columns: { chair: number; auditChair: number; financeHead: number; preparer: number; prepared: number };
}

type Column = 'period' | 'chair' | 'auditChair' | 'financeHead' | 'preparer' | 'prepared' | 'reviewed';

const COLUMNS: readonly ColumnSpec<Column>[] = [
  { key: 'period', header: '期间', aliases: ['period', '期间编号'], required: true },
  { key: 'chair', header: '工会主席', aliases: ['chair', '主席'], required: true },
  {
    key: 'auditChair',
    header: '经审会主任',
    aliases: ['audit_chair', '经费审查委员会主任', '经审主任'],
    required: true,
  },
  { key: 'financeHead', header: '财务负责人', aliases: ['finance_head', '会计主管'], required: true },
  { key: 'preparer', header: '制表人', aliases: ['preparer', '制表'], required: true },
  { key: 'prepared', header: '制表日期', aliases: ['prepared', '日期'], required: true },
  { key: 'reviewed', header: '审查日期', aliases: ['reviewed', '审核日期'], required: false },
];

const NAMES: readonly [Exclude<Column, 'period' | 'prepared' | 'reviewed'>, string][] = [
  ['chair', '工会主席'],
  ['auditChair', '经审会主任'],
  ['financeHead', '财务负责人'],
  ['preparer', '制表人'],
];

/**
 * Reads signoffs.csv: one row per period, every name filled in, 制表日期 a date and 审查日期
 * (if given) not before it. Period ids and dates against the period are checked by the caller.
 */
export function readSignoffs(text: string, issues: IssueList): Signoff[] {
  const file = SIGNOFFS_FILE;
  const rows = readTable(file, text, COLUMNS, issues);
  if (!rows) return [];
  const out: Signoff[] = [];
  for (const { line, cells } of rows) {
    let ok = true;
    for (const [key, header] of NAMES) {
      if ((cells[key]?.text ?? '') !== '') continue;
      issues.add({
        file,
        line,
        column: cells[key]?.column ?? 0,
        code: 'signoff.empty',
        message: `“${header}”不能为空`,
        expected: '签字人姓名',
        found: '空白',
      });
      ok = false;
    }
    const prepared = dateCell(cells.prepared, { file, line, header: '制表日期' }, issues, { required: true });
    const reviewed = dateCell(cells.reviewed, { file, line, header: '审查日期' }, issues, { required: false });
    if (!ok || prepared === undefined) continue;
    const periodId = cells.period?.text ?? '';
    const earlier = out.find((s) => s.periodId === periodId);
    if (earlier) {
      issues.add({
        file,
        line,
        column: cells.period?.column ?? 0,
        code: 'signoff.duplicate-period',
        message: `期间“${periodId}”的签字重复，第 ${earlier.line} 行已填写`,
        expected: '每个期间只填一行',
        found: periodId,
      });
      continue;
    }
    if (reviewed !== undefined && reviewed < prepared) {
      issues.add({
        file,
        line,
        column: cells.reviewed?.column ?? 0,
        code: 'signoff.reviewed-before-prepared',
        message: '审查日期早于制表日期',
        expected: `不早于 ${prepared}`,
        found: reviewed,
      });
    }
    out.push({
      line,
      periodId,
      chair: cells.chair!.text,
      auditChair: cells.auditChair!.text,
      financeHead: cells.financeHead!.text,
      preparer: cells.preparer!.text,
      prepared,
      ...(reviewed !== undefined ? { reviewed } : {}),
      columns: {
        chair: cells.chair!.column,
        auditChair: cells.auditChair!.column,
        financeHead: cells.financeHead!.column,
        preparer: cells.preparer!.column,
        prepared: cells.prepared?.column ?? 0,
      },
    });
  }
  return out;
}
