import { describe, expect, it } from 'vitest';
import type { Account } from '../../../src/lib/accounts/account.ts';
import { buildCharts, builtInAccounts } from '../../../src/lib/accounts/charts.ts';
import { createChart, resolveAccount } from '../../../src/lib/accounts/create-chart.ts';

describe.each(['2009', '2021'] as const)('the shipped chart of the %s 制度', (system) => {
  const { chart, conflicts } = createChart(builtInAccounts(system), '基层工会');

  it('has no code, name or alias claimed twice', () => {
    expect(conflicts).toEqual([]);
  });

  it('puts every account below level 1 under an account one level up of the same kind', () => {
    for (const a of chart.accounts) {
      if (a.level === 1) continue;
      const parent = chart.byCode.get(a.parentCode)!;
      expect(parent.level).toBe(a.level - 1);
      expect(parent.kind).toBe(a.kind);
      expect(a.categoryCode).toBe(a.code.slice(0, 3));
    }
  });
});

describe('resolving names in the 2021 chart of a 基层工会', () => {
  const chart = buildCharts().charts['2021'];
  it.each([
    ['职工福利费', '职工福利费', '职工活动支出'],
    ['职工福利费支出', '职工福利费', '职工活动支出'],
    ['困难职工补助', '困难职工补助', '维权支出'],
    ['慰问吊唁费', '慰问吊唁费', '职工活动支出'],
    ['办公费', '办公费', '业务支出'],
    ['行政拨入', '行政拨入会费', '拨缴经费收入'],
    ['回拨', '回拨会费', '上级补助收入'],
    ['上缴上级经费', '上缴上级经费', '其他支出'],
    ['职工集体福利支出', '会员活动支出', '职工活动支出'],
    ['５０１０５', '会员活动支出', '职工活动支出'],
    ['50102', '文体活动支出', '职工活动支出'],
    ['一般性转移支付补助', '一般性转移支付补助', '上级补助收入'],
    ['补助下级支出—一般性转移支付补助', '一般性转移支付补助', '补助下级支出'],
    ['405', '行政补助收入', '行政补助收入'],
    ['503', '职工服务支出', '职工服务支出'],
  ])('resolves %s to %s under %s', (written, name, category) => {
    const account = resolveAccount(chart, written)!;
    expect(account.name).toBe(name);
    expect(chart.byCode.get(account.categoryCode)!.name).toBe(category);
  });

  it('returns undefined for an unknown name', () => {
    expect(resolveAccount(chart, '职工集体福力支出')).toBeUndefined();
  });

  it('leaves a shared 明细 name ambiguous for a 县级以上工会', () => {
    const county = buildCharts([], '县级以上工会').charts['2021'];
    expect(resolveAccount(county, '一般性转移支付补助')).toBeUndefined();
    expect(county.ambiguous.get('一般性转移支付补助')!.map((a) => a.code)).toEqual(['40301', '50801']);
  });

  it('reports a local account that reuses a shipped name', () => {
    const local: Account = {
      code: '5030591',
      name: '会议支出',
      kind: 'expense',
      level: 3,
      parentCode: '50305',
      categoryCode: '503',
      system: '2021',
      origin: 'local',
      aliases: [],
    };
    expect(buildCharts([local]).conflicts).toHaveLength(1);
  });
});
