import { describe, expect, it } from 'vitest';
import { builtInAccounts } from '../../../src/lib/accounts/charts.ts';
const BUILT_IN_ACCOUNTS = builtInAccounts('2021');
import { createChart, resolveAccount } from '../../../src/lib/accounts/create-chart.ts';

describe('the shipped chart of accounts', () => {
  const { chart, conflicts } = createChart(BUILT_IN_ACCOUNTS);

  it('has no code, name or alias claimed twice', () => {
    expect(conflicts).toEqual([]);
  });

  it('puts every level 2 account under a level 1 account of the same kind', () => {
    for (const a of chart.accounts) {
      const parent = chart.byCode.get(a.parentCode)!;
      expect(parent.level).toBe(1);
      expect(parent.kind).toBe(a.kind);
    }
  });

  it.each([
    ['职工福利费', '职工福利费', '职工活动支出'],
    ['职工福利费支出', '职工福利费', '职工活动支出'],
    ['困难职工补助', '困难职工补助', '维权支出'],
    ['慰问吊唁费', '慰问吊唁费', '职工活动支出'],
    ['会议费', '会议费', '业务支出'],
    ['办公费', '办公费', '业务支出'],
    ['行政拨入', '行政拨入会费', '拨缴经费收入'],
    ['回拨', '回拨会费', '上级补助收入'],
    ['上缴上级经费', '上缴上级支出', '上缴上级支出'],
    ['５０１０４', '职工集体福利支出', '职工活动支出'],
    [' 文体活动费 ', '文体活动支出', '职工活动支出'],
    ['50102', '文体活动支出', '职工活动支出'],
  ])('resolves %s to %s under %s', (written, name, parent) => {
    const account = resolveAccount(chart, written)!;
    expect(account.name).toBe(name);
    expect(chart.byCode.get(account.parentCode)!.name).toBe(parent);
  });

  it('returns undefined for an unknown name', () => {
    expect(resolveAccount(chart, '职工集体福力支出')).toBeUndefined();
  });

  it('reports a local account that reuses a shipped name', () => {
    const local = {
      code: '50291',
      name: '会议费',
      kind: 'expense' as const,
      level: 2 as const,
      parentCode: '502',
      system: 'local' as const,
      aliases: [],
    };
    expect(createChart([...BUILT_IN_ACCOUNTS, local]).conflicts).toHaveLength(1);
  });
});
