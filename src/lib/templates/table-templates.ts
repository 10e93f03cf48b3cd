import type { Chart } from '../accounts/account.ts';
import type { ColumnSpec } from '../csv/read-table.ts';
import { accountsForNewPeriods } from './fund-template.ts';
import type { ColumnFormat, TemplateSpec } from './template-spec.ts';

/** The example row of each table's template, by column key: made up, but valid for its reader. */
const EXAMPLES: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  'periods.csv': {
    id: '2025',
    label: '2025年度',
    start: '2025-01-01',
    end: '2025-12-31',
    opening: '66904.86',
    system: '2021',
    scope: '全部',
  },
  'accounts.csv': { code: '5010507', name: '生育慰问', parent: '会员活动支出', level: '3', system: '2021' },
  'membership.csv': {
    periodId: '2025',
    members: '420',
    employees: '452',
    women: '268',
    retirees: '12',
    newMembers: '15',
  },
  'disclosure-schedule.csv': {
    kind: '经费收支',
    frequency: '每期',
    deadline: '期末后90天',
    audience: '全体',
    note: '每个期间结束后三个月内公开经费收支表',
  },
  'signoffs.csv': {
    periodId: '2025',
    chair: '周文斌',
    auditChair: '李秀兰',
    financeHead: '陈立新',
    preparer: '张晓燕',
    prepared: '2026-01-08',
    reviewed: '2026-01-12',
  },
  'allowed-text.csv': { text: 'XX', note: '报告中引用的原文，不是占位符' },
  'activities.csv': {
    date: '2025-03-08',
    title: '三八节女职工健步走',
    category: '文体',
    organiser: '院工会',
    level: '本单位',
    participants: '120人',
    costFen: '2400.00',
    account: '文体活动支出',
    status: '已举办',
  },
  'aid.csv': {
    date: '2025-02-10',
    occasion: '住院慰问',
    category: '慰问',
    recipient: '王小明',
    details: '本人住院手术',
    amountFen: '500.00',
    source: '工会经费',
  },
  'congress.csv': {
    session: '七届五次',
    date: '2025-03-20',
    due: '92',
    present: '88',
    proxy: '2',
    documents: '工会工作报告、经费审查报告',
  },
  'resolutions.csv': {
    session: '七届五次',
    title: '关于工会工作报告的决议',
    cast: '88',
    votesFor: '85',
    against: '1',
    abstain: '2',
  },
  'proposals.csv': {
    session: '七届五次',
    number: 'T25-01',
    kind: '提案',
    title: '关于增设职工休息室的提案',
    category: '生活福利',
    status: '已立案',
    department: '后勤保障部',
  },
  'elections.csv': {
    date: '2025-01-14',
    committee: '工会委员会',
    term: '八届',
    seats: '11',
    ballots: '91',
    candidate: '王小明',
    votes: '89',
    elected: '是',
  },
  'honours.csv': {
    year: '2025',
    title: '市级模范职工之家',
    recipient: '院工会',
    category: '先进集体',
    level: '市',
    kind: '集体',
    grantor: '市总工会',
  },
  'balance-sheets/<期间编号>.csv': { item: '货币资金', opening: '90704.86', closing: '95210.30' },
};

const DATE_KEYS = new Set([
  'date',
  'endDate',
  'start',
  'end',
  'published',
  'budgetPublished',
  'from',
  'prepared',
  'reviewed',
  'noticeUntil',
  'resolutionsPublishedOn',
  'proposalsPublishedOn',
  'publishedOn',
]);
const AMOUNT_KEYS = new Set(['opening', 'closing', 'openingCarry', 'closingCarry', 'costFen', 'amountFen', 'valueFen']);
const COUNT_KEYS = new Set([
  'members',
  'employees',
  'women',
  'retirees',
  'newMembers',
  'noticeDays',
  'due',
  'present',
  'proxy',
  'cast',
  'votesFor',
  'against',
  'abstain',
  'seats',
  'ballots',
  'votes',
]);

function formatOf(key: string): ColumnFormat {
  if (DATE_KEYS.has(key)) return 'date';
  if (AMOUNT_KEYS.has(key)) return 'amount';
  if (COUNT_KEYS.has(key)) return 'count';
  return 'text';
}

/** The tables that have a template of their own here (funds and budgets have theirs). */
export const TABLE_TEMPLATE_FILES: readonly string[] = Object.keys(EXAMPLES);

/**
 * The template of a table declared by `columns` (its source's), kept at `csvPath`
 * ("activities.csv", "balance-sheets/<期间编号>.csv"): every declared column with its Chinese
 * header, in declaration order; a date, amount or count format where the column holds one
 * (text elsewhere, so 编号 0012 keeps its zeros); the example row of {@link EXAMPLES}; and,
 * for the 科目 of activities.csv, the drop-down of the accounts a new period may use.
 */
export function tableTemplate(csvPath: string, columns: readonly ColumnSpec[], chart: Chart, rows = 500): TemplateSpec {
  const examples = EXAMPLES[csvPath];
  if (!examples) throw new RangeError(`no template example for ${csvPath}`);
  const withList = csvPath === 'activities.csv';
  const name = csvPath.replace('<期间编号>', '期间编号').replace(/\.csv$/, '');
  return {
    file: `${name}.xlsx`,
    sheet: name.split('/').at(-1)!,
    rows,
    columns: columns.map((c) => {
      const example = examples[c.key] ?? '';
      return {
        header: c.header,
        format: formatOf(c.key),
        example,
        width: Math.min(40, Math.max(10, 2 * c.header.length + 2, 2 * example.length + 2)),
        ...(withList && c.key === 'account' ? { list: '科目表' } : {}),
      };
    }),
    lists: withList ? [{ sheet: '科目表', header: '科目', values: accountsForNewPeriods(chart) }] : [],
  };
}
