import type { TableInput } from '../csv/read-table.ts';
import type { IssueList } from '../issues/data-issue.ts';
import type { ColumnSpec } from '../csv/read-table.ts';
import { readTable } from '../csv/read-table.ts';
import { amountCell, dateCell } from '../csv/cell-values.ts';
import { addDays, compareIso } from '../dates/calendar.ts';
import type { Period } from './period.ts';

export const PERIODS_FILE = 'periods.csv';

/** The columns of periods.csv. */
export const PERIOD_COLUMNS: readonly ColumnSpec<
  'id' | 'label' | 'start' | 'end' | 'opening' | 'closing' | 'published' | 'budgetPublished'
>[] = [
  { key: 'id', header: '编号', aliases: ['id', '期间编号'], required: true },
  { key: 'label', header: '名称', aliases: ['label', '期间名称'], required: true },
  { key: 'start', header: '开始日期', aliases: ['start', 'start_date', '起始日期'], required: true },
  { key: 'end', header: '结束日期', aliases: ['end', 'end_date', '截止日期'], required: true },
  { key: 'opening', header: '期初结余', aliases: ['opening', 'opening_balance', '上期结余'], required: false },
  { key: 'closing', header: '期末结余', aliases: ['closing', 'closing_balance', '本期结余'], required: false },
  { key: 'published', header: '公开日期', aliases: ['published', '收支公开日期'], required: false },
  { key: 'budgetPublished', header: '预算公开日期', aliases: ['budget_published'], required: false },
];

const ID_PATTERN = /^[A-Za-z0-9_-]+$/;

/**
 * Reads periods.csv: ids unique and file-name safe, start ≤ end, periods in time order and
 * contiguous (each starts the day after the previous ends), an opening balance on the first.
 */
export function readPeriods(text: TableInput, issues: IssueList): Period[] {
  const file = PERIODS_FILE;
  const rows = readTable(file, text, PERIOD_COLUMNS, issues);
  if (!rows) return [];
  if (rows.length === 0) {
    issues.add({
      file,
      line: 0,
      column: 0,
      code: 'period.none',
      message: '期间表中只有表头，没有任何期间',
      expected: '至少一行期间，如 2023,2023年度,2023-01-01,2023-12-31,32222.59',
      found: '没有数据行',
      hint: '经费文件、预算和各项记录都按期间归属，请先在 periods.csv 中填写期间',
    });
    return [];
  }
  const periods: Period[] = [];
  const seen = new Set<string>();
  for (const row of rows) {
    const { cells, line } = row;
    const id = cells.id?.text ?? '';
    let ok = true;
    if (!ID_PATTERN.test(id)) {
      issues.add({
        file,
        line,
        column: cells.id?.column ?? 0,
        code: 'period.bad-id',
        message: '期间编号只能由字母、数字、- 和 _ 组成（它也是经费文件的文件名）',
        expected: '如 2021 或 2019-2020',
        found: id === '' ? '空白' : id,
      });
      ok = false;
    } else if (seen.has(id)) {
      issues.add({
        file,
        line,
        column: cells.id?.column ?? 0,
        code: 'period.duplicate-id',
        message: `期间编号“${id}”重复`,
        expected: '每个期间编号只出现一次',
        found: id,
      });
      ok = false;
    }
    seen.add(id);
    const label = cells.label?.text ?? '';
    if (label === '') {
      issues.add({
        file,
        line,
        column: cells.label?.column ?? 0,
        code: 'period.empty-label',
        message: '期间名称不能为空',
        expected: '如 2021年度',
        found: '空白',
      });
    }
    const start = dateCell(cells.start, { file, line, header: '开始日期' }, issues, { required: true });
    const end = dateCell(cells.end, { file, line, header: '结束日期' }, issues, { required: true });
    const opening = amountCell(cells.opening, { file, line, header: '期初结余' }, issues, { required: false });
    const closing = amountCell(cells.closing, { file, line, header: '期末结余' }, issues, { required: false });
    const published = dateCell(cells.published, { file, line, header: '公开日期' }, issues, { required: false });
    const budgetPublished = dateCell(cells.budgetPublished, { file, line, header: '预算公开日期' }, issues, {
      required: false,
    });
    if (start === undefined || end === undefined || !ok) continue;
    if (published !== undefined && compareIso(published, end) < 0) {
      issues.add({
        file,
        line,
        column: cells.published?.column ?? 0,
        code: 'period.published-before-end',
        message: '公开日期早于期间结束日期：期间还没结束，收支表不能公开',
        expected: `不早于 ${end}`,
        found: published,
        hint: '公开日期是收支表在公开栏和网站上公布的日期；还没公开的请留空',
      });
    }
    if (compareIso(start, end) > 0) {
      issues.add({
        file,
        line,
        column: cells.end?.column ?? 0,
        code: 'period.end-before-start',
        message: '结束日期早于开始日期',
        expected: `不早于 ${start}`,
        found: end,
      });
      continue;
    }
    periods.push({
      id,
      label: label || id,
      start,
      end,
      line,
      columns: {
        opening: cells.opening?.column ?? 0,
        closing: cells.closing?.column ?? 0,
        label: cells.label?.column ?? 0,
      },
      ...(opening !== undefined ? { openingDeclared: opening } : {}),
      ...(closing !== undefined ? { closingDeclared: closing } : {}),
      ...(published !== undefined ? { publishedOn: published } : {}),
      ...(budgetPublished !== undefined ? { budgetPublishedOn: budgetPublished } : {}),
    });
  }
  checkSequence(periods, issues);
  return periods;
}

function checkSequence(periods: readonly Period[], issues: IssueList): void {
  const first = periods[0];
  if (first && first.openingDeclared === undefined) {
    issues.add({
      file: PERIODS_FILE,
      line: first.line,
      column: 0,
      code: 'period.first-opening-missing',
      message: '第一个期间必须填写期初结余',
      expected: '期初结余，如 32222.59',
      found: '空白',
    });
  }
  for (let i = 1; i < periods.length; i++) {
    const previous = periods[i - 1]!;
    const period = periods[i]!;
    const expectedStart = addDays(previous.end, 1);
    if (period.start !== expectedStart) {
      issues.add({
        file: PERIODS_FILE,
        line: period.line,
        column: 0,
        code: compareIso(period.start, expectedStart) < 0 ? 'period.overlap' : 'period.gap',
        message:
          compareIso(period.start, expectedStart) < 0
            ? `期间“${period.id}”与上一期间“${previous.id}”重叠`
            : `期间“${period.id}”与上一期间“${previous.id}”之间有空档，这段时间的收支无处记录`,
        expected: `开始日期为 ${expectedStart}（上一期间结束日期的次日）`,
        found: period.start,
        hint: '期间应按时间顺序排列，首尾相接',
      });
    }
  }
}
