import { describe, expect, it } from 'vitest';
import type { RegisterRow } from '../../../src/lib/disclosure/register.ts';
import { formatReminders, siteReminders } from '../../../src/lib/reminders/site-reminders.ts';
import { loadFixture } from '../../helpers/fixture.ts';

const site = loadFixture().site!;

const row = (status: RegisterRow['status'], missing: boolean, kind: RegisterRow['item']['kind']): RegisterRow => ({
  item: { kind, title: '2023年度工会工作报告', coversStart: '2023-01-01', coversEnd: '2023-12-31', audience: '会员' },
  deadline: '2024-03-31',
  missing,
  status,
  lateDays: 0,
});

describe('siteReminders', () => {
  it('reminds of what the latest period lacks and of every period without a sign-off (here all; budget and membership are there)', () => {
    expect(siteReminders({ site, register: [], unreadFiles: [] }).map((r) => r.code)).toEqual(['remind.no-signoff']);
  });

  it('reminds of a missing budget and membership figure of the latest period', () => {
    const bare = { ...site, periods: site.periods.map((p) => ({ ...p, budget: undefined, membership: undefined })) };
    expect(siteReminders({ site: bare, register: [], unreadFiles: [] }).map((r) => [r.code, r.file])).toEqual([
      ['remind.no-budget', 'budgets/2023.csv'],
      ['remind.no-membership', 'membership.csv'],
      ['remind.no-signoff', 'signoffs.csv'],
    ]);
  });

  it('reminds of disclosures due or overdue, not of published ones', () => {
    const register = [
      row('overdue', true, 'work-report'),
      row('due', true, 'audit-report'),
      row('published', false, 'budget'),
    ];
    const codes = siteReminders({ site, register, unreadFiles: [] }).map((r) => [r.code, r.file]);
    expect(codes.slice(1)).toEqual([
      ['remind.overdue', 'content/reports'],
      ['remind.due', 'content/reports'],
    ]);
  });

  it('reminds of a negative balance and of files nothing reads', () => {
    const last = site.periods.at(-1)!;
    const negative = { ...site, periods: [{ ...last, statement: { ...last.statement, closingFen: -150 } }] };
    const reminders = siteReminders({ site: negative, register: [], unreadFiles: ['funds/2023 (1).csv'] });
    expect(reminders.map((r) => r.code)).toEqual([
      'remind.no-signoff',
      'remind.negative-balance',
      'remind.unread-file',
    ]);
    expect(reminders[1]!.message).toBe('期间“2023年度”的期末结余为负数：-1.50 元');
  });

  it('names every period without a sign-off in one reminder, and none when all are signed', () => {
    const signoff = {
      periodId: '',
      chair: '甲',
      auditChair: '乙',
      financeHead: '丙',
      preparer: '丁',
      prepared: '2024-01-09',
    };
    const [first, ...rest] = site.periods;
    const firstSigned = {
      ...site,
      periods: [{ ...first!, signoff: { ...signoff, line: 2, columns: {} as never } }, ...rest],
    };
    const reminder = siteReminders({ site: firstSigned, register: [], unreadFiles: [] }).find(
      (r) => r.code === 'remind.no-signoff',
    );
    expect(reminder?.message).toBe(
      `收支表未签署：${rest.map((p) => `“${p.statement.period.label}”`).join('、')}，打印稿的签字栏将标明“未签署”`,
    );
    expect(reminder?.hint).toContain(rest.map((p) => `“${p.statement.period.id}”`).join('、'));
    const allSigned = {
      ...site,
      periods: site.periods.map((p) => ({ ...p, signoff: firstSigned.periods[0]!.signoff })),
    };
    expect(siteReminders({ site: allSigned, register: [], unreadFiles: [] }).map((r) => r.code)).toEqual([]);
  });

  it('prints a 提醒 section with positions and hints, nothing when there is none', () => {
    const text = formatReminders(siteReminders({ site, register: [], unreadFiles: [] }));
    expect(text.split('\n')[0]).toBe('提醒（1 条，不影响生成网站）：');
    expect(text).toContain(
      `signoffs.csv  收支表未签署：${site.periods.map((p) => `“${p.statement.period.label}”`).join('、')}，打印稿的签字栏将标明“未签署”`,
    );
    expect(formatReminders([])).toBe('');
  });
});
