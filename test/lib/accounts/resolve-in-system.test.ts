import { describe, expect, it } from 'vitest';
import { buildCharts, resolveInSystem } from '../../../src/lib/accounts/charts.ts';

const { charts } = buildCharts();

describe('a code is read in its period’s 制度', () => {
  it.each([
    ['503', '业务支出', '职工服务支出'],
    ['502', '维权支出', '职工活动组织支出'],
    ['504', '行政支出', '维权支出'],
    ['505', '资本性支出', '业务支出'],
    ['405', '行政补助收入', '行政补助收入'],
    ['50102', '文体活动费', '文体活动支出'],
    ['408', '其他收入', '其他收入'],
  ])('%s is %s under 2009 and %s under 2021', (code, in2009, in2021) => {
    const a = resolveInSystem(charts, '2009', code);
    const b = resolveInSystem(charts, '2021', code);
    expect(a.ok && a.account.name).toBe(in2009);
    expect(b.ok && b.account.name).toBe(in2021);
  });

  it('names the 制度 and the nearest accounts for a code it does not have', () => {
    const r = resolveInSystem(charts, '2009', '510');
    expect(r).toMatchObject({ ok: false, reason: 'unknown' });
    expect(!r.ok && r.message).toBe('科目编码“510”不在2009年制度的科目表中');
    expect(!r.ok && r.hint).toContain('其他支出（508）、事业支出（507）、补助下级支出（506）');
  });
});

describe('a name of the other 制度', () => {
  it.each([
    ['2021', '文体活动费', '文体活动支出', '50102'],
    ['2021', '会议费', '会议支出', '50502'],
    ['2021', '困难职工帮扶费', '困难职工帮扶支出', '50404'],
    ['2021', '其他活动支出', '其他活动支出', '50106'],
    ['2009', '文体活动支出', '文体活动费', '50102'],
    ['2009', '会议支出', '会议费', '50302'],
    ['2009', '困难职工帮扶支出', '困难职工帮扶费', '50204'],
  ] as const)('in a %s period: %s is booked to %s (%s)', (system, written, name, code) => {
    const r = resolveInSystem(charts, system, written);
    expect(r.ok && [r.account.name, r.account.code, r.account.system]).toEqual([name, code, system]);
  });

  it('is accepted with a note naming both 制度 when it maps', () => {
    const r = resolveInSystem(charts, '2009', '文体活动支出');
    expect(r.ok && r.note).toBe(
      '“文体活动支出”是2021年制度的科目（50102），按新旧科目对照记入2009年制度的“文体活动费”（50102）',
    );
    expect(resolveInSystem(charts, '2009', '文体活动费')).toEqual({ ok: true, account: expect.anything() });
  });

  it('goes to the category when the 2009 account is split in 2021 (其他活动支出 of 2009 → 职工活动支出)', () => {
    const r = resolveInSystem(charts, '2021', '50104');
    expect(r.ok && r.account.name).toBe('劳模职工疗休养支出'); // a code is never mapped
    const byName = resolveInSystem(charts, '2021', '宣传活动费');
    expect(byName.ok && byName.account.code).toBe('50103');
  });

  it('is rejected in a 2009 period where several 2009 accounts map to it, saying which', () => {
    const r = resolveInSystem(charts, '2009', '专项业务支出');
    expect(r).toMatchObject({ ok: false, reason: 'unmapped' });
    expect(!r.ok && r.message).toContain('外事费（50303）、专项业务费（50304） 多个科目');
  });

  it('is rejected in a 2009 period where no 2009 account maps to it', () => {
    const r = resolveInSystem(charts, '2009', '职工书屋活动支出');
    expect(!r.ok && r.message).toBe('“职工书屋活动支出”是2021年制度的科目（50304），2009年制度中没有与它对应的科目');
  });

  it('asks for the parent of a 明细 name the 2009 制度 repeats', () => {
    const r = resolveInSystem(charts, '2009', '回拨补助');
    expect(r).toMatchObject({ ok: false, reason: 'ambiguous' });
    expect(!r.ok && r.hint).toContain('上级补助收入—回拨补助');
    const qualified = resolveInSystem(charts, '2009', '补助下级支出—回拨补助');
    expect(qualified.ok && qualified.account.code).toBe('50601');
  });
});
