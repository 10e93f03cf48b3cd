import { fileURLToPath } from 'node:url';
import { loadWithWorkbooks } from '../../helpers/demo-data.ts';
import { describe, expect, it } from 'vitest';
import { readDataDir } from '../../../src/build/read-data-dir.ts';
import { compareStatements } from '../../../src/lib/statement/compare-statements.ts';

const site = loadWithWorkbooks(readDataDir(fileURLToPath(new URL('../../../data/', import.meta.url)))).site!;
const statement = (id: string) => site.periods.find((p) => p.statement.period.id === id)!.statement;

describe('compareStatements within one 制度', () => {
  const c = compareStatements(statement('2023'), statement('2024'), site.charts['2021']);

  it('compares every level, and says nothing about the 制度', () => {
    expect(c.categoryOnly.size).toBe(0);
    expect(c.categories.get('501')!.previousFen).toBe(16_742_500);
    expect(c.accounts.get('50105')!.previousFen).toBe(13_897_500);
    expect(c.accounts.get('50105')!.currentFen).toBe(
      statement('2024').expense.categories[0]!.lines.find((l) => l.account.code === '50105')!.fen,
    );
  });

  it('gives no previous figure to the 明细 of an account the previous period booked without 明细', () => {
    // 2023 booked 会员活动支出 138,975.00 in one line; 2024 splits it into six 明细.
    expect(c.notCompared).toEqual(new Set(['5010501', '5010502', '5010503', '5010504', '5010505', '5010506']));
    expect(c.accounts.has('5010501')).toBe(false);
    expect(c.note).toBe('上期（2023年度）的会员活动支出未分明细，其下明细科目不列上期数和增减');
  });

  it('compares 明细 with 明细 when both periods split the account (2022 and 2024 both do)', () => {
    const d = compareStatements(statement('2022'), statement('2024'), site.charts['2021']);
    expect(d.notCompared.size).toBe(0);
    expect(d.accounts.get('5010501')!.currentFen).toBe(8_180_500);
  });
});

describe('compareStatements across the change of 制度 (2021 under 2009 → 2022 under 2021)', () => {
  const c = compareStatements(statement('2021'), statement('2022'), site.charts['2021']);

  it('maps the 2009 figures onto the 2021 categories', () => {
    expect(c.categories.get('402')!.previousFen).toBe(13_200_000); // 拨缴经费收入
    expect(c.categories.get('403')!.previousFen).toBe(2_500_000); // 回拨补助 + 其他补助 → 上级补助收入
    expect(c.categories.get('504')!.previousFen).toBe(900_000); // 2009 502 维权支出 → 2021 504
    expect(c.categories.get('505')!.previousFen).toBe(583_000 + 104_680); // 2009 503 业务支出 → 2021 505
    expect(c.categories.get('501')!.previousFen).toBe(15_128_600 + 2_187_000 + 1_240_000 + 265_000);
  });

  it('compares level 2 where the mapping is one to one, and only the total where it is not', () => {
    expect(c.accounts.get('50404')!.previousFen).toBe(900_000); // 困难职工帮扶费 → 困难职工帮扶支出
    expect(c.accounts.get('50502')!.previousFen).toBe(583_000); // 会议费 → 会议支出
    expect(c.categoryOnly.has('501')).toBe(true); // 其他活动支出 of 2009 splits in 2021
    expect(c.accounts.has('50102')).toBe(false);
    expect(c.note).toBe(
      '上期（2021年度）按2009年制度记账，上期数已按新旧科目对照换算为2021年制度的科目；科目拆分或合并了的类别只比较类别合计',
    );
  });
});
