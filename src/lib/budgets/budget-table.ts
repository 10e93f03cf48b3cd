import type { TableInput } from '../csv/read-table.ts';
import { z } from 'zod';
import type { Account, Chart } from '../accounts/account.ts';
import { accountKey, accountNames, resolveAccount } from '../accounts/create-chart.ts';
import type { IssueList } from '../issues/data-issue.ts';
import { amountValue, amountValueIn, optionalTextValue } from '../records/cells.ts';
import type { AmountUnit } from '../units/amount-unit.ts';
import { columnUnit, inputHeaderFields } from '../units/amount-unit.ts';
import { readRecords, type CellParser, type RecordTable } from '../records/record-table.ts';
import { nearest } from '../text/edit-distance.ts';

/** One budget row: the budget of an account or a level 1 category for a period. Money in fen. */
export interface BudgetRow {
  line: number;
  account: Account;
  /** 预算数 */
  budgetFen: number;
  /** 调整数 (0 when not given) */
  adjustmentFen: number;
  /** 上年决算数, when given. */
  priorActualFen?: number;
}

/** What a 科目 cell of a budget file names: an account of the chart, or 项目支出 (a project's budget). */
export type BudgetSubject = Account | typeof PROJECT_SUBJECT;

/** The 科目 text of a project budget row: its project is in the 项目名称 column. */
export const PROJECT_SUBJECT_NAME = '项目支出';

/** The subject of a project budget row (科目 = 项目支出). */
export const PROJECT_SUBJECT = Object.freeze({ projectSubject: true as const });

/** True for the 科目 of a project budget row. */
export function isProjectSubject(subject: BudgetSubject): subject is typeof PROJECT_SUBJECT {
  return subject === PROJECT_SUBJECT;
}

/** An account or category of the chart, or 项目支出; an unknown one is reported with the nearest name. */
function budgetAccountValue(chart: Chart): CellParser<BudgetSubject> {
  const names = accountNames(chart);
  return (cell, place, issues) => {
    const written = cell?.text ?? '';
    if (written.trim() === PROJECT_SUBJECT_NAME) return PROJECT_SUBJECT;
    const account = resolveAccount(chart, written);
    if (account) return account;
    const suggestion = nearest(accountKey(written), names.map(accountKey));
    const original = suggestion ? names.find((n) => accountKey(n) === suggestion) : undefined;
    issues.add({
      file: place.file,
      line: place.line,
      column: cell?.column ?? 0,
      code: 'account.unknown',
      message: written === '' ? '“科目”不能为空' : `科目“${written}”不在科目表中`,
      expected: '科目表中的科目名称、别名或编码',
      found: written === '' ? '空白' : written,
      ...(original ? { hint: `是否应为“${original}”？` } : {}),
    });
    return undefined;
  };
}

const fen = z.number().int();

const BudgetSchema = z.object({
  account: z.custom<BudgetSubject>(),
  project: z.string().optional(),
  budget: fen,
  adjustment: fen.optional(),
  prior: fen.optional(),
});

/** The amount columns of a budget file: the headers staff write, English and variant aliases. */
const AMOUNT_COLUMNS = {
  budget: { header: '预算数', aliases: ['budget', '本年预算数', '年初预算数', '预算'] },
  adjustment: { header: '调整数', aliases: ['adjustment', '预算调整数', '调整'] },
  prior: { header: '上年决算数', aliases: ['prior_actual', '上年决算'] },
} as const;

type AmountColumn = keyof typeof AMOUNT_COLUMNS;

/** The unit each amount column is kept in, and its header as written (万元 from "预算数（万元）"). */
export type BudgetUnits = Partial<Record<AmountColumn, { header?: string; unit: AmountUnit }>>;

/** The units a budget file's header states for its amount columns (元 where none is stated). */
export function budgetUnits(input: TableInput): BudgetUnits {
  const fields = inputHeaderFields(input);
  const units: BudgetUnits = {};
  for (const [key, names] of Object.entries(AMOUNT_COLUMNS) as [AmountColumn, (typeof AMOUNT_COLUMNS)[AmountColumn]][])
    units[key] = columnUnit(fields, [names.header, ...names.aliases]);
  return units;
}

/**
 * budgets/<期间编号>.csv: known accounts, valid amounts, each account budgeted once (a repeat
 * is found even when the first row's amount is bad). Amounts are in 元, or in 万元 where a
 * column header says so (`units`, from {@link budgetUnits}).
 */
export function budgetTable(file: string, chart: Chart, units: BudgetUnits = {}): RecordTable<typeof BudgetSchema> {
  const amount = (key: AmountColumn) => {
    const unit = units[key];
    return unit?.unit === '万元' ? amountValueIn('万元', unit.header) : amountValue;
  };
  return {
    file,
    code: 'budget',
    title: '预算',
    schema: BudgetSchema,
    columns: {
      account: {
        header: '科目',
        aliases: ['account', '项目', '会计科目'],
        required: true,
        parse: budgetAccountValue(chart),
      },
      budget: { ...AMOUNT_COLUMNS.budget, required: true, wan: true, parse: amount('budget') },
      adjustment: {
        ...AMOUNT_COLUMNS.adjustment,
        required: false,
        keepRow: true,
        wan: true,
        parse: amount('adjustment'),
      },
      prior: { ...AMOUNT_COLUMNS.prior, required: false, keepRow: true, wan: true, parse: amount('prior') },
      project: {
        header: '项目名称',
        aliases: ['project', '支出项目', '项目支出名称'],
        required: false,
        parse: optionalTextValue,
      },
    },
    unique: {
      key: 'account',
      // Project rows share the 科目 项目支出: they are unique by 项目名称 (readBudgetFile).
      identity: (subject) => (isProjectSubject(subject as BudgetSubject) ? undefined : (subject as Account).code),
      code: 'budget.duplicate-account',
      message: (account, line) => `科目“${(account as Account).name}”的预算重复，第 ${line} 行已填写`,
      expected: '每个科目只填一行预算',
      evenOnDroppedRows: true,
    },
  };
}

/** The budget of one project (科目 项目支出, its 项目名称). Money in fen. */
export interface ProjectBudgetRow {
  line: number;
  /** 项目名称, as the ledger's 项目名称 column names the project. */
  project: string;
  /** Field number of the 项目名称 cell, for messages. */
  column: number;
  budgetFen: number;
  adjustmentFen: number;
  priorActualFen?: number;
}

/** A budget file read: the account rows and the project rows, each in file order. */
export interface BudgetFile {
  rows: BudgetRow[];
  projects: ProjectBudgetRow[];
}

/**
 * Reads one budget file by its declaration: one BudgetRow per usable account row and one
 * ProjectBudgetRow per usable 项目支出 row, in file order. A 项目支出 row needs the 项目名称
 * column and a name in it, each project once; an account row leaves 项目名称 empty.
 */
export function readBudgetFile(file: string, text: TableInput, chart: Chart, issues: IssueList): BudgetFile {
  const out: BudgetFile = { rows: [], projects: [] };
  const firstLines = new Map<string, number>();
  for (const { line, columns, value } of readRecords(budgetTable(file, chart, budgetUnits(text)), text, issues)) {
    const amounts = {
      budgetFen: value.budget,
      adjustmentFen: value.adjustment ?? 0,
      ...(value.prior !== undefined ? { priorActualFen: value.prior } : {}),
    };
    const projectColumn = columns.project ?? 0;
    const subject = value.account;
    if (!isProjectSubject(subject)) {
      if (value.project !== undefined) {
        issues.add({
          file,
          line,
          column: projectColumn,
          code: 'budget.project-on-account',
          message: `“项目名称”只填在科目为“${PROJECT_SUBJECT_NAME}”的行，这一行的科目是“${subject.name}”`,
          expected: '空白',
          found: value.project,
          hint: `项目的预算另起一行：科目写“${PROJECT_SUBJECT_NAME}”，项目名称写“${value.project}”`,
        });
        continue;
      }
      out.rows.push({ line, account: subject, ...amounts });
      continue;
    }
    if (projectColumn === 0 || value.project === undefined) {
      issues.add({
        file,
        line,
        column: projectColumn === 0 ? (columns.account ?? 0) : projectColumn,
        code: projectColumn === 0 ? 'budget.project-no-column' : 'budget.project-empty',
        message:
          projectColumn === 0
            ? `这一行是项目支出的预算，但预算文件没有“项目名称”列，不知道是哪个项目`
            : '项目支出的预算要写明项目名称',
        expected:
          projectColumn === 0 ? '表头有“项目名称”列，这一行写明项目' : '项目名称，与经费文件“项目名称”列写法相同',
        found: projectColumn === 0 ? `科目“${PROJECT_SUBJECT_NAME}”，没有“项目名称”列` : '空白',
        hint: '在预算文件加一列“项目名称”，填写与经费文件中相同的项目名称，如 职工之家建设',
      });
      continue;
    }
    const earlier = firstLines.get(value.project);
    if (earlier !== undefined) {
      issues.add({
        file,
        line,
        column: projectColumn,
        code: 'budget.duplicate-project',
        message: `项目“${value.project}”的预算重复，第 ${earlier} 行已填写`,
        expected: '每个项目只填一行预算',
        found: value.project,
        hint: '合并成一行；预算有调整时写在“调整数”列',
      });
      continue;
    }
    firstLines.set(value.project, line);
    out.projects.push({ line, project: value.project, column: projectColumn, ...amounts });
  }
  return out;
}
