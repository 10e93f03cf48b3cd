import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadFixture } from '../../helpers/fixture.ts';

/**
 * The files once read by hand-written readers and now by declarations (accounts, membership,
 * signoffs, allowed text): each case's whole issue report, compared with the report the
 * hand-written readers printed (declared-files.golden.json, written once from them and
 * checked in). A mismatch writes declared-files.golden-changed.json beside it to compare;
 * the expectations are never rewritten by the test.
 */
const GOLDEN = new URL('./declared-files.golden.json', import.meta.url).pathname;
const CHANGED = GOLDEN.replace('.golden.json', '.golden-changed.json');

const SIGN = '期间,工会主席,经审会主任,财务负责人,制表人,制表日期,审查日期\n';
const MEMBERS = '期间,职工人数,会员人数,女会员人数,退休会员人数,新入会人数\n';
const ACCOUNTS = '编码,名称,上级,别名\n';
const FUND_2022 = (extra: string) =>
  `科目,金额,摘要\n会费收入,3000.00,会员会费\n拨缴经费收入,7000.00,行政拨缴\n职工集体福利支出,6000.00,\n文体活动支出,${extra}\n`;

const SCHEDULE = '类别,频次,期限,公开对象,起始日期,公示天数,说明\n';
const RULE = '经费收支,每期,期末后90天,全体,,,\n';

const BUDGET = (rows: string) => ({ 'budgets/2023.csv': '科目,预算数,调整数,上年决算数\n' + rows });

const cases: Record<string, Record<string, string>> = {
  'budget: valid rows': BUDGET('会费收入,3000,100,3000.00\n文体活动支出,1500.00,,\n'),
  'budget: English headers': { 'budgets/2023.csv': 'account,budget\n会费收入,3000\n' },
  'budget: unknown and empty accounts': BUDGET('会费收人,3000,,\n,100,,\n火星支出,5,,\n'),
  'budget: duplicate account': BUDGET('会费收入,3000,,\n会费,2000,,\n'),
  'budget: bad amount, then the same account': BUDGET('会费收入,三千,,\n会费收入,3000,,\n'),
  'budget: bad adjustment and prior, then duplicate': BUDGET('会费收入,3000,xx,一千\n会费收入,3000,,\n'),
  'budget: unknown account with bad amount': BUDGET('会费收人,三千,,\n'),
  'budget: missing column': { 'budgets/2023.csv': '科目,调整数\n会费收入,100\n' },
  'schedule: valid rules': {
    'disclosure-schedule.csv':
      SCHEDULE + RULE + '经费预算,每期,期初后９０天,会员,2023-01-01,,依据\n帮扶公示,逐项,事项结束后15天,全体,,7,\n',
  },
  'schedule: English headers': {
    'disclosure-schedule.csv': 'kind,frequency,deadline,audience,notice_days\n经费收支,per-period,end+90,全体,\n',
  },
  'schedule: unknown kind, bad frequency, deadline and audience': {
    'disclosure-schedule.csv': SCHEDULE + '经费收入,每月,期末90天,职工,,,\n',
  },
  'schedule: blank required cells': { 'disclosure-schedule.csv': SCHEDULE + ',,,,,,\n' },
  'schedule: bad start date and notice days, then duplicate': {
    'disclosure-schedule.csv': SCHEDULE + '经费收支,每期,期末后90天,全体,去年,七,\n' + RULE,
  },
  'schedule: zero notice days': { 'disclosure-schedule.csv': SCHEDULE + '帮扶公示,逐项,事项结束后15天,全体,,0,\n' },
  'schedule: bad row, then the same kind': {
    'disclosure-schedule.csv': SCHEDULE + '经费收支,每月,期末后90天,全体,,,\n' + RULE + '经费收支,每期,,全体,,,\n',
  },
  'schedule: unknown column': { 'disclosure-schedule.csv': '类别,频次,期限,公开对象,负责人\n' },
  'accounts: empty code': { 'accounts.csv': ACCOUNTS + ',职工书屋支出,职工服务支出,\n' },
  'accounts: empty name and code': { 'accounts.csv': ACCOUNTS + ',,职工服务支出,\n' },
  'accounts: empty name': { 'accounts.csv': ACCOUNTS + '50291,,职工服务支出,\n' },
  'accounts: unknown parent': { 'accounts.csv': ACCOUNTS + '50291,职工书屋支出,不存在的类别,\n' },
  'accounts: empty parent': { 'accounts.csv': ACCOUNTS + '50291,职工书屋支出,,\n' },
  'accounts: level 2 parent': { 'accounts.csv': ACCOUNTS + '50291,职工书屋支出,文体活动支出,\n' },
  'accounts: taken name': { 'accounts.csv': ACCOUNTS + '50291,文体活动支出,职工服务支出,\n' },
  'accounts: missing column': { 'accounts.csv': '编码,名称\n50291,职工书屋支出\n' },
  'accounts: used by alias in a fund file': {
    'accounts.csv': ACCOUNTS + '50291,职工书屋支出,职工服务支出,书屋；读书角\n',
    'funds/2022.csv': FUND_2022('1000.00,\n读书角,1000.00,'),
  },
  'membership: duplicate period': { 'membership.csv': MEMBERS + '2022,110,100,,,\n2022,110,100,,,\n' },
  'membership: bad optional count, then duplicate': {
    'membership.csv': MEMBERS + '2022,110,100,五十,,\n2022,110,100,,,\n2023,115,104,,,\n',
  },
  'membership: bad members count, then the same period': {
    'membership.csv': MEMBERS + '2022,110,一百,,,\n2022,110,100,,,\n2023,115,104,,,\n',
  },
  'membership: parts above members, members above employees': {
    'membership.csv': MEMBERS + '2022,90,100,101,102,103\n2023,115,104,,,\n',
  },
  'membership: rate problem, then duplicate': {
    'membership.csv': MEMBERS + '2022,110,100,101,,\n2022,110,100,,,\n2099,1,1,,,\n',
  },
  'membership: unknown column': { 'membership.csv': '期间,会员人数,党员人数\n2022,100,30\n' },
  'signoffs: empty names': { 'signoffs.csv': SIGN + '2022,,李二,,赵四,2023-01-10,\n' },
  'signoffs: bad prepared date': { 'signoffs.csv': SIGN + '2022,王一,李二,张三,赵四,昨天,\n' },
  'signoffs: bad reviewed date and unknown period': {
    'signoffs.csv': SIGN + '2099,王一,李二,张三,赵四,2100-01-10,明天\n',
  },
  'signoffs: reviewed before prepared, then duplicate': {
    'signoffs.csv': SIGN + '2022,王一,李二,张三,赵四,2023-01-10,2023-01-01\n2022,王一,李二,张三,赵四,2023-01-10,\n',
  },
  'signoffs: duplicate with reviewed before prepared': {
    'signoffs.csv': SIGN + '2022,王一,李二,张三,赵四,2023-01-10,\n2022,王一,李二,张三,赵四,2023-01-10,2023-01-01\n',
  },
  'signoffs: prepared before the end, placeholder name': {
    'signoffs.csv': SIGN + '2022,王xx,李二,张三,赵四,2022-12-01,\n',
  },
  'signoffs: missing column': { 'signoffs.csv': '期间,工会主席\n2022,王一\n' },
  'allowed text: empty text': {
    'allowed-text.csv': '文字,文件,说明\n,funds/2022.csv,\n',
    'funds/2022.csv': FUND_2022('2000.00,20xx年'),
  },
  'allowed text: limited to another file': {
    'allowed-text.csv': '文字,文件,说明\n20xx年,periods.csv,\n',
    'funds/2022.csv': FUND_2022('2000.00,20xx年'),
  },
  'allowed text: allowed': {
    'allowed-text.csv': 'text,file,note\n20xx年,funds/2022.csv,模板原文\n',
    'funds/2022.csv': FUND_2022('2000.00,20xx年'),
  },
};

function reports(): Record<string, string> {
  return Object.fromEntries(
    Object.entries(cases).map(([name, files]) => {
      const { site, report } = loadFixture(files);
      if (!site) return [name, report];
      if (name.startsWith('schedule')) return [name, JSON.stringify(site.schedule)];
      if (name.startsWith('budget')) return [name, JSON.stringify(site.periods.map((p) => p.budget))];
      return [name, 'OK'];
    }),
  );
}

describe('declared files report what the hand-written readers reported', () => {
  const actual = reports();
  if (process.env.WRITE_DECLARED_GOLDEN === '1' && !existsSync(GOLDEN))
    writeFileSync(GOLDEN, JSON.stringify(actual, null, 2) + '\n');
  const golden = JSON.parse(readFileSync(GOLDEN, 'utf8')) as Record<string, string>;

  it('has an expectation for every case', () => {
    expect(Object.keys(golden).sort()).toEqual(Object.keys(cases).sort());
  });

  it.each(Object.keys(cases))('%s', (name) => {
    if (actual[name] !== golden[name]) writeFileSync(CHANGED, JSON.stringify(actual, null, 2) + '\n');
    expect(actual[name]).toBe(golden[name]);
  });
});
