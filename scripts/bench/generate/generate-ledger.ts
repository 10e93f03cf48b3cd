import { addDays, daysInclusive } from '../../../src/lib/dates/calendar.ts';
import { fenToDecimalString, formatYuan } from '../../../src/lib/money/format-amount.ts';
import type { Random } from './random.ts';

/** One kind of ledger line: the account as staff write it, how often it occurs, its usual size. */
interface LineKind {
  /** Name, alias or code, as it appears in the 科目 column. */
  written: string;
  /** Relative frequency among lines of the same side. */
  weight: number;
  /** Usual amount in yuan, from–to (inclusive). */
  yuan: readonly [number, number];
  memos: readonly string[];
}

// Names, aliases and codes are mixed on purpose: a real ledger is written that way, and
// the loader's account resolution has to handle all three.
const EXPENSE: readonly LineKind[] = [
  {
    written: '职工集体福利支出',
    weight: 30,
    yuan: [60, 800],
    memos: ['职工生日蛋糕卡', '职工结婚慰问', '职工生育慰问', '春节慰问品（米、面、油）', '中秋慰问品'],
  },
  { written: '慰问吊唁费', weight: 8, yuan: [200, 1000], memos: ['职工住院慰问', '直系亲属去世吊唁', '退休职工慰问'] },
  {
    written: '文体活动支出',
    weight: 15,
    yuan: [100, 6000],
    memos: ['羽毛球比赛场地费', '职工运动会奖品', '迎新春联欢会', '拔河比赛', '健步走活动'],
  },
  { written: '50101', weight: 6, yuan: [200, 3000], memos: ['职工读书活动购书', '职工教育讲座'] },
  { written: '宣传费', weight: 4, yuan: [100, 2500], memos: ['宣传栏展板制作', '工会宣传册印刷'] },
  { written: '劳动和技能竞赛支出', weight: 5, yuan: [300, 8000], memos: ['护理技能竞赛奖金', '岗位练兵竞赛奖品'] },
  { written: '建家活动支出', weight: 4, yuan: [500, 12000], memos: ['职工之家设备购置', '职工书屋图书'] },
  { written: '困难职工帮扶支出', weight: 6, yuan: [500, 3000], memos: ['困难职工帮扶', '金秋助学'] },
  { written: '送温暖', weight: 4, yuan: [300, 2000], memos: ['夏季送清凉', '冬季送温暖'] },
  { written: '50302', weight: 2, yuan: [200, 5000], memos: ['女职工健康体检补助'] },
  { written: '培训支出', weight: 5, yuan: [300, 6000], memos: ['工会干部培训', '会计人员继续教育'] },
  { written: '会议费', weight: 4, yuan: [200, 4000], memos: ['职代会会务', '经审会会议'] },
  { written: '办公费', weight: 6, yuan: [20, 600], memos: ['办公用品', '打印纸、墨盒', '快递费'] },
  { written: '其他支出', weight: 1, yuan: [5, 100], memos: ['银行手续费'] },
];

const INCOME: readonly LineKind[] = [
  { written: '会费收入', weight: 50, yuan: [800, 6000], memos: ['会员会费（工资代扣）', '科室会费汇缴'] },
  { written: '拨缴经费收入', weight: 35, yuan: [4000, 30000], memos: ['行政拨缴工会经费（工资总额2%，留成60%）'] },
  { written: '一般性转移支付', weight: 6, yuan: [5000, 20000], memos: ['上级工会回拨经费'] },
  { written: '专项转移支付补助收入', weight: 4, yuan: [5000, 30000], memos: ['职工之家建设专项补助'] },
  { written: '利息收入', weight: 5, yuan: [10, 300], memos: ['银行存款利息'] },
];

/** Share of a period's lines that are income; the rest are expense. */
const INCOME_SHARE = 0.05;

/** One period of a generated ledger. */
export interface PeriodSpec {
  id: string;
  start: string;
  end: string;
  /** Number of ledger lines to write (the two total rows come on top). */
  lines: number;
}

/** A generated fund file and the totals it adds up to, in fen. */
export interface GeneratedLedger {
  text: string;
  incomeFen: number;
  expenseFen: number;
  /** Total per account as written in the 科目 column (both sides), in fen; never negative. */
  accountFen: Map<string, number>;
}

interface Entry {
  day: number;
  kind: LineKind;
  fen: number;
  memo: string;
}

function cumulative(kinds: readonly LineKind[]): number[] {
  let sum = 0;
  return kinds.map((k) => (sum += k.weight));
}

function drawKind(kinds: readonly LineKind[], weights: readonly number[], random: Random): LineKind {
  const x = random.next() * weights.at(-1)!;
  return kinds[weights.findIndex((w) => x < w)]!;
}

/** Amount cell as staff's exports vary it: mostly plain, some with thousands separators or ¥. */
function amountText(fen: number, random: Random): string {
  const r = random.next();
  if (r < 0.05) return formatYuan(fen);
  if (r < 0.07) return `¥${fenToDecimalString(fen)}`;
  return fenToDecimalString(fen);
}

/** Date cell: mostly ISO, some written with slashes as Excel shows them. */
function dateText(iso: string, random: Random): string {
  if (!random.chance(0.05)) return iso;
  const [y, m, d] = iso.split('-');
  return `${y}/${Number(m)}/${Number(d)}`;
}

/** A CSV field as a spreadsheet writes it: quoted only when it holds a comma or a quote. */
function cell(text: string): string {
  return /[",]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

function sideEntries(kinds: readonly LineKind[], count: number, days: number, random: Random): Entry[] {
  const weights = cumulative(kinds);
  const entries: Entry[] = [];
  const booked = new Map<LineKind, number>();
  for (let i = 0; i < count; i++) {
    const kind = drawKind(kinds, weights, random);
    let fen = random.int(kind.yuan[0] * 100, kind.yuan[1] * 100);
    let memo = random.pick(kind.memos);
    const sofar = booked.get(kind) ?? 0;
    // An occasional reversal (冲销), never more than the account has booked so far, so no
    // account's total turns negative.
    if (random.chance(0.005) && sofar > fen) {
      fen = -fen;
      memo = `冲销：${memo}`;
    }
    booked.set(kind, sofar + fen);
    entries.push({ day: random.int(0, days - 1), kind, fen, memo });
  }
  return entries;
}

function sum(entries: readonly Entry[]): number {
  return entries.reduce((acc, e) => acc + e.fen, 0);
}

/** Scales the amounts so they add up to about `target` fen, keeping each line's sign. */
function scaleTo(entries: Entry[], target: number): void {
  const factor = target / sum(entries);
  for (const e of entries) e.fen = Math.sign(e.fen) * Math.max(1, Math.round(Math.abs(e.fen) * factor));
}

/**
 * A ledger-level fund file (日期,凭证号,科目,金额,摘要) with `period.lines` lines in date
 * order, grouped into vouchers of one to three lines of different accounts on one day,
 * followed by the stated totals 收入合计 and 支出合计. About 5% of lines are income; income
 * is scaled so that the period ends with a small surplus or deficit that never uses up
 * more than half of `openingFen`, so balances stay positive.
 */
export function generateLedger(period: PeriodSpec, openingFen: number, random: Random): GeneratedLedger {
  const days = daysInclusive(period.start, period.end);
  const dates = Array.from({ length: days }, (_, i) => addDays(period.start, i));
  const incomeCount = Math.max(2, Math.round(period.lines * INCOME_SHARE));
  const expense = sideEntries(EXPENSE, period.lines - incomeCount, days, random);
  const income = sideEntries(INCOME, incomeCount, days, random);
  const expenseFen = sum(expense);
  scaleTo(income, Math.max(expenseFen * (0.97 + random.next() * 0.06), expenseFen - openingFen / 2));
  const incomeFen = sum(income);
  const entries = [...expense, ...income].sort((a, b) => a.day - b.day);

  const year = period.start.slice(0, 4);
  const rows: string[] = ['日期,凭证号,科目,金额,摘要'];
  let voucher = 0;
  let voucherDay = -1;
  let voucherKinds = new Set<LineKind>();
  for (const entry of entries) {
    const join =
      entry.day === voucherDay && voucherKinds.size < 3 && !voucherKinds.has(entry.kind) && random.chance(0.3);
    if (!join) {
      voucher += 1;
      voucherDay = entry.day;
      voucherKinds = new Set();
    }
    voucherKinds.add(entry.kind);
    const cells = [
      dateText(dates[entry.day]!, random),
      `记-${year}-${String(voucher).padStart(6, '0')}`,
      entry.kind.written,
      amountText(entry.fen, random),
      entry.memo,
    ];
    rows.push(cells.map(cell).join(','));
  }
  rows.push(`,,收入合计,${fenToDecimalString(incomeFen)},`, `,,支出合计,${fenToDecimalString(expenseFen)},`);
  const accountFen = new Map<string, number>();
  for (const e of entries) accountFen.set(e.kind.written, (accountFen.get(e.kind.written) ?? 0) + e.fen);
  return { text: rows.join('\r\n') + '\r\n', incomeFen, expenseFen, accountFen };
}
