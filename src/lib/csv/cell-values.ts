import type { IssueList } from '../issues/data-issue.ts';
import type { Cell } from './read-table.ts';
import { describeAmountProblem } from '../money/parse-amount.ts';
import { likelyAmount, likelyAmountHint } from '../money/likely-amount.ts';
import type { AmountUnit } from '../units/amount-unit.ts';
import { MAX_WAN_DECIMALS, parseAmountIn } from '../units/amount-unit.ts';
import { describeDateProblem, parseDate } from '../dates/parse-date.ts';

/** Where a cell sits, for messages: file, line and the column header staff see. */
export interface CellPlace {
  file: string;
  line: number;
  header: string;
}

/** Reports an empty cell when the column is required; true when the cell is empty. */
export function isEmpty(
  cell: Cell | undefined,
  place: CellPlace,
  issues: IssueList,
  required: boolean,
  code: string,
  example: string,
): cell is undefined {
  if (cell && cell.text !== '') return false;
  if (required) {
    issues.add({
      file: place.file,
      line: place.line,
      column: cell?.column ?? 0,
      code,
      message: `“${place.header}”不能为空`,
      expected: example,
      found: '空白',
    });
  }
  return true;
}

/** The cell's amount in fen, or undefined after reporting why it is not one. */
export function amountCell(
  cell: Cell | undefined,
  place: CellPlace,
  issues: IssueList,
  options: { required: boolean; unit?: AmountUnit },
): number | undefined {
  if (isEmpty(cell, place, issues, options.required, 'amount.empty', '金额，如 1234.56')) return undefined;
  if (cell.source === 'date') {
    issues.add({
      file: place.file,
      line: place.line,
      column: cell.column,
      code: 'amount.date-cell',
      message: `“${place.header}”这一格是日期格式，不是金额`,
      expected: '数值格式的金额，如 1234.56',
      found: `日期 ${cell.text}`,
      hint: '在 Excel 或 WPS 中选中这一格，把单元格格式改为“数值”，再核对金额',
    });
    return undefined;
  }
  const parsed = parseAmountIn(cell.text, options.unit ?? '元');
  if (parsed.ok) return parsed.fen;
  if (options.unit === '万元') {
    issues.add({
      file: place.file,
      line: place.line,
      column: cell.column,
      code: `amount.${parsed.reason}`,
      message: `“${place.header}”不是有效的万元金额：${parsed.reason === 'too-many-decimals' ? `超过 ${MAX_WAN_DECIMALS} 位小数，不能精确到分` : describeAmountProblem(parsed.reason)}`,
      expected: `以万元为单位的金额，最多 ${MAX_WAN_DECIMALS} 位小数（精确到分），如 38.736260`,
      found: cell.text,
      hint: '万元金额的第七位小数已小于一分；请核对原表，或把表头改为“金额（元）”并按元填写',
    });
    return undefined;
  }
  issues.add({
    file: place.file,
    line: place.line,
    column: cell.column,
    code: `amount.${parsed.reason}`,
    message: `“${place.header}”不是有效金额：${describeAmountProblem(parsed.reason)}`,
    expected: '金额，最多两位小数，如 1234.56、1,234.56、¥1,234.56',
    found: cell.text,
    hint: amountHint(cell.text, parsed.reason),
  });
  return undefined;
}

/** The 提示 for a 元 amount that could not be read: a placeholder, or the amount it likely meant. */
function amountHint(text: string, reason: string): string | undefined {
  if (reason === 'placeholder') return '请填入实际金额；占位符（xx、××）不能发布';
  const likely = likelyAmount(text);
  return likely ? likelyAmountHint(likely) : undefined;
}

/**
 * The hint for a cell that is not a date: a number cell of a workbook is told to take the
 * 日期 format; a CSV cell that is an Excel date serial gets the date it stands for.
 */
function dateHint(cell: Cell, serialDate: string | undefined): { hint?: string } {
  if (cell.source === 'number') {
    const means = serialDate ? `（作为日期序号，${cell.text} 表示 ${serialDate}）` : '';
    return { hint: `这一格在 Excel 中是数字而不是日期${means}；如果它原本是日期，请把单元格格式改为“日期”` };
  }
  if (!serialDate) return {};
  return {
    hint: `Excel 把日期存成了序号 ${cell.text}，它表示 ${serialDate}，请改为 ${serialDate}（在 Excel 中把这一列设置为“日期”格式后再另存为 CSV）`,
  };
}

/** The cell's ISO date, or undefined after reporting why it is not one. */
export function dateCell(
  cell: Cell | undefined,
  place: CellPlace,
  issues: IssueList,
  options: { required: boolean },
): string | undefined {
  if (isEmpty(cell, place, issues, options.required, 'date.empty', '日期，如 2023-01-05 或 2023年1月5日'))
    return undefined;
  const parsed = parseDate(cell.text);
  if (parsed.ok) return parsed.iso;
  issues.add({
    file: place.file,
    line: place.line,
    column: cell.column,
    code: `date.${parsed.reason}`,
    message: `“${place.header}”不是有效日期：${describeDateProblem(parsed.reason)}`,
    expected: '日期，如 2023-01-05、2023/1/5 或 2023年1月5日',
    found: cell.text,
    ...dateHint(cell, parsed.serialDate),
  });
  return undefined;
}

/** The cell's non-negative integer, or undefined after reporting why it is not one. */
export function countCell(
  cell: Cell | undefined,
  place: CellPlace,
  issues: IssueList,
  options: { required: boolean },
): number | undefined {
  if (isEmpty(cell, place, issues, options.required, 'count.empty', '整数，如 412')) return undefined;
  const text = cell.text.replace(/[,，]/g, '');
  if (/^\d+$/.test(text) && Number.isSafeInteger(Number(text))) return Number(text);
  issues.add({
    file: place.file,
    line: place.line,
    column: cell.column,
    code: 'count.invalid',
    message: `“${place.header}”应为不小于 0 的整数`,
    expected: '整数，如 412',
    found: cell.text,
  });
  return undefined;
}
