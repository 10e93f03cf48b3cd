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
  it('reminds of what the latest period lacks: here a sign-off (budget and membership are there)', () => {
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

  it('prints a 提醒 section with positions and hints, nothing when there is none', () => {
    const text = formatReminders(siteReminders({ site, register: [], unreadFiles: [] }));
    expect(text.split('\n')[0]).toBe('提醒（1 条，不影响生成网站）：');
    expect(text).toContain('signoffs.csv  最近的期间“2023年度”的收支表还没有签字栏');
    expect(formatReminders([])).toBe('');
  });
});
