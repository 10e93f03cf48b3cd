import { addDays } from '../../../src/lib/dates/calendar.ts';

/** A generated period as the report generator needs it. */
export interface ReportPeriod {
  id: string;
  /** Last day, ISO. */
  end: string;
  /** The period's ledger total per account as written in the ledger, in fen. */
  accountFen: ReadonlyMap<string, number>;
  /** Activities held in the period. */
  activities: number;
}

/** The account with the largest positive total among `accounts`, if any booked one. */
function largest(accountFen: ReadonlyMap<string, number>, accounts: readonly string[]): string | undefined {
  let best: string | undefined;
  for (const account of accounts) {
    const fen = accountFen.get(account) ?? 0;
    if (fen > 0 && (best === undefined || fen > accountFen.get(best)!)) best = account;
  }
  return best;
}

const INCOME = ['会费收入', '拨缴经费收入', '一般性转移支付', '专项转移支付补助收入', '利息收入'];
const EXPENSE = [
  '职工集体福利支出',
  '文体活动支出',
  '劳动和技能竞赛支出',
  '建家活动支出',
  '困难职工帮扶支出',
  '培训支出',
];

function workReport(p: ReportPeriod): string {
  const at = `period="${p.id}"`;
  const income = largest(p.accountFen, INCOME);
  const expense = largest(p.accountFen, EXPENSE);
  const date = addDays(p.end, 75);
  const lines = [
    '---',
    `标题: 基准测试工会${p.id}年度工作报告`,
    '类型: 工作报告',
    `期间: ${p.id}`,
    `日期: ${date}`,
    '报告人: 工会主席',
    '状态: 审议通过',
    `通过日期: ${addDays(date, 2)}`,
    `摘要: 回顾${p.id}年度工会工作和经费收支情况。`,
    '---',
    '',
    `现在，我代表工会委员会报告${p.id}年度的工作和经费收支情况，请予审议。`,
    '',
    '## 工作回顾',
    '',
    '### 活动开展',
    '',
    p.activities > 0
      ? `全年举办各类活动 <Count figure="活动项数" ${at} />，其中文体活动 <Count figure="文体活动项数" ${at} />，职工参与踊跃。`
      : '本年度没有登记活动。',
    '',
    '## 经费收支',
    '',
    '### 收入',
    '',
    `全年收入 <Amount ${at} total="本期收入" />。` +
      (income ? `其中${income} <Amount ${at} account="${income}" />，<Share ${at} account="${income}" />。` : ''),
    '',
    '### 支出',
    '',
    `全年支出 <Amount ${at} total="本期支出" />。` +
      (expense ? `其中${expense} <Amount ${at} account="${expense}" />，<Share ${at} account="${expense}" />。` : ''),
    `期末结余 <Amount ${at} total="期末结余" />（大写：<Amount ${at} total="期末结余" unit="大写" />）。`,
    '',
  ];
  return lines.join('\n');
}

/**
 * One short work report (工作报告, 审议通过 75 days after the period ends) for each of the
 * last `count` periods (count ≤ periods): headings without hand numbering, figures bound to
 * the period's totals, its largest income and expense account and its activity counts.
 * File name → MDX text, for content/reports/.
 */
export function generateReports(periods: readonly ReportPeriod[], count: number): Map<string, string> {
  return new Map(
    periods.slice(Math.max(0, periods.length - count)).map((p) => [`${p.id}-work-report.mdx`, workReport(p)]),
  );
}
