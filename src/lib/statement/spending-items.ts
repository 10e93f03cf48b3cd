import { largestRemainder } from '../shares/largest-remainder.ts';
import type { Statement } from './statement.ts';

/**
 * One row of the 支出按性质 table: 基本支出, 项目支出, each project under it, and 支出合计.
 * Money in fen; shares in basis points.
 */
export interface SpendingItem {
  kind: 'basic' | 'projects' | 'project' | 'total';
  /** 基本支出, 项目支出, the project's name, or 支出合计. */
  label: string;
  fen: number;
  /**
   * Share of 支出合计 (basic, projects, total): 基本支出 and 项目支出 sum to exactly 10000
   * (largest remainder); undefined for a project row, and for all rows when a part is negative.
   */
  expenseShareBp?: number;
  /** Share of 项目支出 (the 项目支出 row: 10000 when there is any; each project: its share, summing to 10000). */
  projectShareBp?: number;
  /** Expense lines behind the row. */
  lineCount: number;
  /** A project's first line in the fund file (file order), for a link to the ledger. */
  firstLine?: number;
}

/** The sums the 支出按性质 table is checked with: 基本支出 + 项目支出 = 支出合计 and the projects = 项目支出. */
export interface SpendingCheck {
  basicFen: number;
  projectFen: number;
  expenseFen: number;
  /** The projects' amounts, in table order, and their sum. */
  projectFens: number[];
  projectSumFen: number;
  /** Sum of the projects' shares of 项目支出 (10000 when there is 项目支出). */
  projectShareSumBp: number;
}

function expenseLineCount(statement: Statement): number {
  return statement.expense.categories.reduce((n, c) => n + c.lines.reduce((m, l) => m + l.entries.length, 0), 0);
}

/**
 * The rows of the 支出按性质 table of a statement, in the order the page, its print, the CSV
 * download and the data package show them; undefined when the fund file does not state
 * the split (no 支出类型 / 项目名称) or the period does not publish its expense.
 */
export function spendingItems(statement: Statement): SpendingItem[] | undefined {
  const split = statement.spending;
  if (!split || statement.period.scope === '仅收入') return undefined;
  const total = statement.expense.totalFen;
  const projectLines = split.projects.reduce((n, p) => n + p.lineCount, 0);
  const lines = expenseLineCount(statement);
  const shares =
    split.basicFen >= 0 && split.projectFen >= 0 ? largestRemainder([split.basicFen, split.projectFen]) : undefined;
  const totalShare = total > 0 && shares ? { expenseShareBp: 10_000 } : {};
  return [
    {
      kind: 'basic',
      label: '基本支出',
      fen: split.basicFen,
      ...(shares ? { expenseShareBp: shares[0]! } : {}),
      lineCount: lines - projectLines,
    },
    {
      kind: 'projects',
      label: '项目支出',
      fen: split.projectFen,
      ...(shares ? { expenseShareBp: shares[1]! } : {}),
      ...(split.projectFen > 0 ? { projectShareBp: 10_000 } : {}),
      lineCount: projectLines,
    },
    ...split.projects.map((p): SpendingItem => ({
      kind: 'project',
      label: p.name,
      fen: p.fen,
      projectShareBp: p.shareBp,
      lineCount: p.lineCount,
      firstLine: p.firstLine,
    })),
    { kind: 'total', label: '支出合计', fen: total, ...totalShare, lineCount: lines },
  ];
}

/** The figures of the two checks of the 支出按性质 table; undefined when the period has no split. */
export function spendingCheck(statement: Statement): SpendingCheck | undefined {
  const split = statement.spending;
  if (!split || statement.period.scope === '仅收入') return undefined;
  const projectFens = split.projects.map((p) => p.fen);
  return {
    basicFen: split.basicFen,
    projectFen: split.projectFen,
    expenseFen: statement.expense.totalFen,
    projectFens,
    projectSumFen: projectFens.reduce((n, f) => n + f, 0),
    projectShareSumBp: split.projects.reduce((n, p) => n + p.shareBp, 0),
  };
}
