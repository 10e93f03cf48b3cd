import { addDays, daysInclusive } from '../../../src/lib/dates/calendar.ts';
import { fenToDecimalString } from '../../../src/lib/money/format-amount.ts';
import type { Random } from './random.ts';

/** A generated period as the activity generator needs it. */
export interface ActivityPeriod {
  id: string;
  start: string;
  end: string;
  /** The period's ledger total per account as written in the ledger, in fen. */
  accountFen: ReadonlyMap<string, number>;
}

/** activities.csv and how many activities fell in each period (all are 已举办). */
export interface GeneratedActivities {
  text: string;
  /** Period id → number of activities in it. */
  perPeriod: Map<string, number>;
}

/** One kind of activity: its category, the ledger account its cost is charged to, titles. */
interface ActivityKind {
  category: string;
  /** As written in the generated ledger; undefined: the activity has no cost. */
  account?: string;
  titles: readonly string[];
  unit: '人' | '人次';
}

const KINDS: readonly ActivityKind[] = [
  {
    category: '文体',
    account: '文体活动支出',
    titles: ['职工羽毛球比赛', '迎新春联欢会', '职工健步走', '拔河比赛'],
    unit: '人',
  },
  { category: '培训', account: '50101', titles: ['职工读书分享会', '急救技能讲座', '心理健康讲座'], unit: '人次' },
  { category: '竞赛', account: '劳动和技能竞赛支出', titles: ['护理技能竞赛', '岗位练兵比武'], unit: '人' },
  { category: '慰问', account: '慰问吊唁费', titles: ['走访慰问住院职工', '节日走访慰问'], unit: '人次' },
  { category: '女职工', account: '50302', titles: ['女职工健康讲座', '三八节女职工活动'], unit: '人' },
  { category: '捐款', titles: ['无偿献血', '爱心捐款'], unit: '人' },
  { category: '宣传', account: '宣传费', titles: ['劳动法宣传周', '工会知识宣传'], unit: '人次' },
  { category: '建家', account: '建家活动支出', titles: ['职工之家开放日', '职工书屋读书月'], unit: '人次' },
];

interface Draft {
  date: string;
  title: string;
  kind: ActivityKind;
  participants: string;
  costFen?: number;
}

/** Share of an account's ledger total that the activities charged to it may use in all. */
const COST_SHARE = 0.5;

function periodDrafts(period: ActivityPeriod, count: number, offset: number, random: Random): Draft[] {
  const days = daysInclusive(period.start, period.end);
  const drafts: Draft[] = [];
  for (let i = 0; i < count; i++) {
    const kind = random.pick(KINDS);
    drafts.push({
      date: addDays(period.start, random.int(0, days - 1)),
      title: `${random.pick(kind.titles)}（第${offset + i + 1}项）`,
      kind,
      participants: `${random.int(10, 400)}${kind.unit}`,
    });
  }
  // Costs: the activities charged to one account share at most half of its ledger total,
  // so the cost check against the statement always holds.
  const byAccount = new Map<string, Draft[]>();
  for (const d of drafts) {
    if (d.kind.account === undefined) continue;
    byAccount.set(d.kind.account, [...(byAccount.get(d.kind.account) ?? []), d]);
  }
  for (const [account, list] of byAccount) {
    const each = ((period.accountFen.get(account) ?? 0) * COST_SHARE) / list.length;
    for (const d of list) {
      const fen = Math.floor((each * (0.5 + random.next() * 0.5)) / 100) * 100;
      if (fen > 0) d.costFen = fen;
    }
  }
  return drafts.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

/**
 * `count` activities spread evenly over the periods (the later periods take the remainder),
 * dated within their period, with participants in 人 or 人次 and, where the ledger has the
 * account, a cost charged to it that keeps the activities' total within half the account's
 * ledger total. Deterministic for a given random state.
 */
export function generateActivities(
  periods: readonly ActivityPeriod[],
  count: number,
  random: Random,
): GeneratedActivities {
  const rows = ['日期,名称,类别,组织单位,级别,参与人数,费用,科目,成果,状态'];
  const perPeriod = new Map<string, number>();
  let offset = 0;
  periods.forEach((period, i) => {
    const n = Math.floor(count / periods.length) + (i >= periods.length - (count % periods.length) ? 1 : 0);
    perPeriod.set(period.id, n);
    for (const d of periodDrafts(period, n, offset, random)) {
      const cost = d.costFen === undefined ? ['', ''] : [fenToDecimalString(d.costFen), d.kind.account!];
      rows.push([d.date, d.title, d.kind.category, '院工会', '本单位', d.participants, ...cost, '', ''].join(','));
    }
    offset += n;
  });
  return { text: rows.join('\r\n') + '\r\n', perPeriod };
}
