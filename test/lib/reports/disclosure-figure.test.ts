import { describe, expect, it } from 'vitest';
import type { RegisterRow } from '../../../src/lib/disclosure/register.ts';
import { isBuildContext, prepareBuild } from '../../../src/lib/build/prepare-build.ts';
import { resolveDisclosure } from '../../../src/lib/reports/figures/disclosure.ts';
import { resolveTag } from '../../../src/lib/reports/figures/figure-tags.ts';
import { fixtureFiles } from '../../helpers/fixture.ts';

const built = prepareBuild(fixtureFiles(), new Map(), {
  buildDate: '2025-06-30',
  basePath: '/',
  reportsFolder: 'content/reports',
});
if (!isBuildContext(built)) throw new Error('the fixture should load');
const { site } = built;

/** A register row of the fixture's 2023 period, with the status given. */
function row(kind: RegisterRow['item']['kind'], title: string, status: RegisterRow['status'], extra = {}): RegisterRow {
  return {
    item: { kind, title, periodId: '2023', coversStart: '2023-01-01', coversEnd: '2023-12-31', audience: '全体' },
    status,
    lateDays: 0,
    missing: false,
    ...extra,
  };
}

const statement = row('fund-statement', '2023年度经费收支表', 'published');
const budget = row('budget', '2023年度经费预算', 'published');
const audit = (status: RegisterRow['status'], lateDays = 0) =>
  row('audit-report', '2023年度经审报告', status, { deadline: '2024-04-30', lateDays, missing: true });

describe('<Disclosure>: what of a period is disclosed, read from the register', () => {
  it.each([
    {
      rows: [statement, budget, audit('published')],
      text: '2023年度经费收支表、2023年度经费预算、2023年度经审报告均已在本站公开',
      why: 'everything published',
    },
    {
      rows: [statement, budget, audit('overdue', 61)],
      text: '2023年度经费收支表、2023年度经费预算已在本站公开；2023年度经审报告尚未公开（应于 2024-04-30 前公开，已逾期 61 天）',
      why: 'an overdue report is said to be missing, with its deadline and lateness',
    },
    {
      rows: [statement, budget, audit('due')],
      text: '2023年度经费收支表、2023年度经费预算已在本站公开；2023年度经审报告尚未公开（应于 2024-04-30 前公开）',
      why: 'a report still due is not yet published',
    },
    {
      rows: [row('fund-statement', '2023年度经费收支表', 'due')],
      text: '2023年度经费收支表尚未公开',
      why: 'nothing published, no deadline',
    },
  ])('$why', ({ rows, text }) => {
    expect(resolveDisclosure(site, { period: '2023' }, rows)).toEqual({
      ok: true,
      figure: { text, periods: ['2023'] },
    });
  });

  it('keeps to the kinds asked for, written as labels or aliases', () => {
    const result = resolveDisclosure(site, { period: '2023', kinds: '收支表、预算' }, [
      statement,
      budget,
      audit('overdue', 3),
    ]);
    expect(result).toEqual({
      ok: true,
      figure: { text: '2023年度经费收支表、2023年度经费预算均已在本站公开', periods: ['2023'] },
    });
  });

  it('checks only the attributes when there is no register yet (the check of a report)', () => {
    expect(resolveTag(site, 'Disclosure', { period: '2023' })).toEqual({
      ok: true,
      figure: { text: '', periods: ['2023'] },
    });
  });

  it.each([
    { props: { period: '2023', kinds: '经费收支,年终总结' }, code: 'report.unknown-kind' },
    { props: { period: '2099' }, code: 'report.unknown-period' },
    { props: { period: '2023', kinds: '选举结果' }, code: 'report.no-disclosure-items' },
  ])('refuses $props with $code', ({ props, code }) => {
    const result = resolveTag(site, 'Disclosure', props, [statement, budget]);
    expect(result.ok ? undefined : result.problem.code).toBe(code);
  });
});
