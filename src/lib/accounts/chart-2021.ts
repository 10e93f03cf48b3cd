import type { Account, AccountKind, AccountSystem } from './account.ts';

type Row = [code: string, name: string, aliases?: readonly string[]];

function level1(kind: AccountKind, rows: readonly Row[]): Account[] {
  return rows.map(([code, name, aliases = []]) => ({
    code,
    name,
    kind,
    level: 1,
    parentCode: code,
    system: '2021',
    aliases,
  }));
}

function level2(
  kind: AccountKind,
  parentCode: string,
  system: AccountSystem,
  rows: readonly Row[],
): Account[] {
  return rows.map(([code, name, aliases = []]) => ({
    code,
    name,
    kind,
    level: 2,
    parentCode,
    system,
    aliases,
  }));
}

/**
 * The chart of accounts shipped with the site: the income and expense categories of the
 * 2021 工会会计制度 (in force from 2022) on two levels, plus the legacy accounts found in
 * older reports, each placed under the 2021 category it belongs to. Codes 4xx/5xx follow
 * the 制度's numbering of categories; level 2 codes append two digits; legacy accounts use
 * a "9" in the fourth place so they never collide with the standard ones.
 */
export const BUILT_IN_ACCOUNTS: readonly Account[] = [
  ...level1('income', [
    ['401', '会费收入', ['会费', '职工个人缴纳会费', '个人会费', '会员会费']],
    ['402', '拨缴经费收入', ['拨缴经费', '工会经费收入', '2%经费', '拨缴工会经费']],
    ['403', '上级补助收入', ['上级补助']],
    ['404', '政府补助收入', ['政府补助', '财政补助收入']],
    ['405', '附属单位上缴收入', ['附属单位上缴']],
    ['406', '投资收益'],
    ['409', '其他收入', ['利息收入']],
  ]),
  ...level2('income', '402', 'legacy', [['40291', '行政拨入会费', ['行政拨入', '行政拨交经费', '行政拨缴经费']]]),
  ...level2('income', '403', '2021', [
    ['40301', '一般性转移支付补助收入', ['一般性转移支付']],
    ['40302', '专项转移支付补助收入', ['专项转移支付', '专项补助']],
  ]),
  ...level2('income', '403', 'legacy', [
    ['40391', '回拨会费', ['回拨', '回拨经费', '上级回拨', '回拨补助']],
    ['40392', '上级补助经费', ['总工会补助经费', '总工会补助', '补助经费']],
  ]),
  ...level1('expense', [
    ['501', '职工活动支出', ['职工活动']],
    ['502', '职工服务支出', ['职工服务']],
    ['503', '维权支出', ['维权']],
    ['504', '业务支出', ['业务']],
    ['505', '资本性支出'],
    ['506', '补助下级支出', ['补助下级']],
    ['507', '上缴上级支出', ['上缴上级经费', '上缴经费', '上解上级经费']],
    ['509', '其他支出'],
  ]),
  ...level2('expense', '501', '2021', [
    ['50101', '职工教育支出', ['职工教育活动支出', '职工教育费']],
    ['50102', '文体活动支出', ['文体活动费', '文体活动经费', '文体费']],
    ['50103', '宣传活动支出', ['宣传费', '宣传活动费']],
    ['50104', '职工集体福利支出', ['集体福利支出', '节日慰问支出', '会员活动支出']],
    ['50109', '其他活动支出'],
  ]),
  ...level2('expense', '501', 'legacy', [
    ['50191', '职工福利费', ['职工福利费支出', '职工福利支出', '福利费']],
    ['50192', '慰问吊唁费', ['职工慰问吊唁费', '职工慰问吊唁费支出', '慰问吊唁费支出', '吊唁慰问费']],
  ]),
  ...level2('expense', '502', '2021', [
    ['50201', '劳动和技能竞赛支出', ['劳动竞赛支出', '技能竞赛支出']],
    ['50202', '建家活动支出', ['职工之家建设支出', '建家支出']],
    ['50209', '其他服务支出'],
  ]),
  ...level2('expense', '503', '2021', [
    ['50301', '劳动关系协调支出'],
    ['50302', '劳动保护支出'],
    ['50303', '法律援助支出'],
    ['50304', '困难职工帮扶支出', ['困难帮扶支出', '帮扶支出']],
    ['50305', '送温暖支出', ['送温暖']],
    ['50309', '其他维权支出'],
  ]),
  ...level2('expense', '503', 'legacy', [
    ['50391', '困难职工补助', ['困难职工补助费', '困难补助']],
  ]),
  ...level2('expense', '504', '2021', [
    ['50401', '培训支出', ['培训费']],
    ['50402', '会议支出', ['职工会议支出', '会议支出费']],
    ['50403', '外事支出'],
    ['50404', '专项业务支出'],
    ['50409', '其他业务支出'],
  ]),
  ...level2('expense', '504', 'legacy', [
    ['50491', '会议费', ['会议经费']],
    ['50492', '办公费', ['办公费支出', '办公用品费']],
  ]),
];
