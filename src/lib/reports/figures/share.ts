import { resolveAccount } from '../../accounts/create-chart.ts';
import { ratioBasisPoints } from '../../numbers/rates.ts';
import { formatShare, largestRemainder } from '../../shares/largest-remainder.ts';
import type { SiteData } from '../../model/site-data.ts';
import { fail, figure, type FigureResult, type TagProps } from './figure-types.ts';
import { findAccount, findPeriod, sideOf } from './lookup.ts';
import { findCountable } from './countables.ts';
import { exactCountFor } from './count.ts';

const SIDE_TOTAL = { income: '本期收入合计', expense: '本期支出合计' } as const;
const SIDE_ALIASES = {
  income: ['本期收入合计', '本期收入', '收入合计'],
  expense: ['本期支出合计', '本期支出', '支出合计'],
} as const;

/**
 * `<Share period account [of] />` or `<Share period count of />`: a share that names its
 * denominator, "占本期支出合计的 78.66%". An account's share over its side's total is the
 * statement's own (largest remainder, so prose and tables agree to the hundredth); `of` may
 * name the account's category instead. Counts: `count="会员人数" of="职工人数"`.
 */
export function resolveShare(site: SiteData, props: TagProps): FigureResult {
  const period = findPeriod(site, props.period);
  if (!period.ok) return fail(period.problem);
  const data = period.value.data;
  const id = data.statement.period.id;
  if ((props.account === undefined) === (props.count === undefined)) {
    return fail({
      code: 'report.share-source',
      message: '<Share> 需要 account（科目）或 count（人数等）二者之一',
      expected: 'account="职工福利费" 或 count="会员人数" of="职工人数"',
      found: props.account && props.count ? '两者都写了' : '都没有写',
    });
  }
  if (props.count !== undefined) {
    if (props.of === undefined)
      return fail({
        code: 'report.share-of-missing',
        message: '人数的占比需要用 of 写明分母',
        expected: 'of="职工人数"',
        found: '未填写 of',
      });
    const part = exactCountFor(site, data, props.count, 'count');
    if (!part.ok) return fail(part.problem);
    const whole = exactCountFor(site, data, props.of, 'of');
    if (!whole.ok) return fail(whole.problem);
    const bp = ratioBasisPoints(part.value, whole.value);
    if (bp === null || bp > 10_000 || findCountable(props.count)?.unit !== findCountable(props.of)?.unit) {
      return fail({
        attribute: 'of',
        code: 'report.share-bad-denominator',
        message: `“${props.count}”不是“${props.of}”的一部分，不能计算占比`,
        expected: '分母不为 0、单位相同且不小于分子',
        found: `${part.value} ÷ ${whole.value}`,
      });
    }
    return figure(`占${findCountable(props.of)!.name}的 ${formatShare(bp)}`, [id]);
  }
  const found = findAccount(site, data.statement, props.account);
  if (!found.ok) return fail(found.problem);
  const { account } = found.value;
  const kind = account.kind;
  if (props.of === undefined || (SIDE_ALIASES[kind] as readonly string[]).includes(props.of)) {
    return figure(`占${SIDE_TOTAL[kind]}的 ${formatShare(found.value.shareBp)}`, [id]);
  }
  const category = resolveAccount(site.chart, props.of);
  if (!category || category.level !== 1 || account.level !== 2 || account.parentCode !== category.code) {
    return fail({
      attribute: 'of',
      code: 'report.share-bad-denominator',
      message: `“${props.of}”不能作为“${account.name}”占比的分母`,
      expected: `${SIDE_TOTAL[kind]}（不写 of 即是）${account.level === 2 ? `，或所属类别 ${site.chart.byCode.get(account.parentCode)?.name ?? ''}` : ''}`,
      found: props.of,
      hint: '占比的分母必须包含分子：收入科目除以本期收入合计，支出科目除以本期支出合计或所属类别',
    });
  }
  const lines = sideOf(data.statement, account).categories.find((c) => c.account.code === category.code)!.lines;
  const shares = largestRemainder(lines.map((l) => l.fen));
  const bp = shares[lines.findIndex((l) => l.account.code === account.code)]!;
  return figure(`占${category.name}的 ${formatShare(bp)}`, [id]);
}
