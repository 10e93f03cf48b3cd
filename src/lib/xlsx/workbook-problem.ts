import type { DataIssue } from '../issues/data-issue.ts';
import { MAX_UNPACKED_BYTES, MAX_WORKBOOK_BYTES } from './sniff-workbook.ts';
import type { WorkbookProblem } from './sniff-workbook.ts';

const megabytes = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

const SAVE_AS_XLSX = '请用 Excel 或 WPS 打开后“另存为”Excel 工作簿（*.xlsx），或另存为 CSV';

/** Why a workbook could not be read at all, as the issue staff see (the whole file: line 0). */
export function workbookProblemIssue(file: string, problem: WorkbookProblem | 'unreadable', detail: string): DataIssue {
  const base = { file, line: 0, column: 0, code: `xlsx.${problem}` };
  switch (problem) {
    case 'too-large':
      return {
        ...base,
        message: `工作簿太大，超过了 ${megabytes(MAX_WORKBOOK_BYTES)} 的上限，没有读取`,
        expected: `不超过 ${megabytes(MAX_WORKBOOK_BYTES)}`,
        found: detail,
        hint: '请删除工作簿中的图片和无关的工作表，或按年度拆分成多个文件',
      };
    case 'too-large-unpacked':
      return {
        ...base,
        message: `工作簿解压后超过 ${megabytes(MAX_UNPACKED_BYTES)}，没有读取`,
        expected: `解压后不超过 ${megabytes(MAX_UNPACKED_BYTES)}`,
        found: detail,
        hint: '请删除工作簿中的图片和无关的工作表后重新保存',
      };
    case 'xls':
      return {
        ...base,
        message: '这是旧版 Excel 97-2003 工作簿（.xls），不能直接读取',
        expected: 'Excel 工作簿（.xlsx）或 CSV 文件',
        found: '.xls 格式',
        hint: SAVE_AS_XLSX,
      };
    case 'encrypted':
      return {
        ...base,
        message: '工作簿设置了打开密码，无法读取',
        expected: '没有密码的 .xlsx 工作簿',
        found: '加密的工作簿',
        hint: '请在 Excel 中打开，点“文件 → 信息 → 保护工作簿 → 用密码进行加密”，清空密码后保存（WPS：“文件 → 文档加密 → 密码加密”）',
      };
    case 'xlsb':
      return {
        ...base,
        message: '这是 Excel 二进制工作簿（.xlsb），不能直接读取',
        expected: 'Excel 工作簿（.xlsx）或 CSV 文件',
        found: '.xlsb 格式',
        hint: SAVE_AS_XLSX,
      };
    case 'csv-text':
      return {
        ...base,
        message: '文件扩展名是 .xlsx，但内容是文本（可能是改了扩展名的 CSV 文件）',
        expected: 'Excel 工作簿（.xlsx）',
        found: '文本文件',
        hint: '如果它是 CSV 文件，请把扩展名改回 .csv；否则请用 Excel 或 WPS 重新“另存为”.xlsx',
      };
    case 'not-a-workbook':
      return {
        ...base,
        message: '文件扩展名是 .xlsx，但内容不是 Excel 工作簿',
        expected: 'Excel 或 WPS 保存的 .xlsx 工作簿',
        found: detail,
        hint: '文件可能已损坏，或是改了扩展名的其他文件：请用 Excel 或 WPS 打开后重新“另存为”.xlsx',
      };
    case 'unreadable':
      return {
        ...base,
        message: '无法读取这个工作簿',
        expected: 'Excel 或 WPS 保存的 .xlsx 工作簿',
        found: detail,
        hint: '文件可能已损坏：请用 Excel 或 WPS 打开后重新保存；仍然不行时请另存为 CSV',
      };
  }
}

/** The "found" text for a sniffed problem. */
export function sniffDetail(problem: WorkbookProblem, bytes: number): string {
  if (problem === 'too-large') return megabytes(bytes);
  if (problem === 'too-large-unpacked') return `文件 ${megabytes(bytes)}，解压后过大`;
  return problem === 'not-a-workbook' ? '不是 Excel 工作簿的文件' : problem;
}
