import { describe, expect, it } from 'vitest';
import { loadRecordsFixture } from '../../helpers/records-fixture.ts';

const table =
  (header: string) =>
  (...rows: string[]) =>
    header + '\n' + rows.join('\n') + '\n';
const activities = table('日期,结束日期,名称,类别,组织单位,级别,参与人数,费用,科目,成果,状态');
const aid = table('日期,事由,类别,受助人,身份证号,联系电话,情况说明,金额,资金来源,公示截止');
const congress = table('届次,日期,应到代表,实到代表,委托代表,审议文件');
const congressDated = table('届次,日期,应到代表,实到代表,委托代表,审议文件,决议公开日期,提案办理公开日期');
const electionsDated = table('日期,委员会,届次,应选名额,投票人数,候选人,得票,当选,公开日期');
const resolutions = table('届次,事项,表决票数,赞成,反对,弃权');
const proposals = table('届次,编号,类型,标题,类别,状态,并入,承办部门,是否采纳,创造价值');
const elections = table('日期,委员会,届次,应选名额,投票人数,候选人,得票,当选');
const honours = table('年度,荣誉称号,获得者,类别,级别,个人或集体,授予单位');
// The columns of the handling and answer, optional since files written before them must still load.
const answered = table('届次,编号,类型,标题,类别,状态,并入,承办部门,提案人,代表团,答复,答复日期');
const P1 = '七届三次,T-01,提案,关于增设职工停车位的提案,职工福利,已办结,,后勤保障科,,';
const P2 = '七届三次,T-02,提案,建议增设职工停车位,职工福利,已合并,T-01,,,';
const candidates = (...votes: [number, string][]) =>
  elections(...votes.map(([v, elected], i) => `2022-03-18,工会委员会,七届,3,57,候选人${i + 1},${v},${elected}`));

/**
 * One case per bad record the build must stop on, with the lines of the report staff
 * read: "file:line:column  message [code]" and, where it matters, 应为/实际为/提示.
 */
const cases: { name: string; files: Record<string, string>; expected: string[] }[] = [
  {
    name: 'an activity charged to an unknown account, with the nearest name',
    files: { 'activities.csv': activities('2023-06-30,,羽毛球比赛,文体,院工会,本单位,60人,1000.00,文体活动之出,,') },
    expected: [
      'activities.csv:2:9  科目“文体活动之出”不在科目表中 [account.unknown]',
      '提示：是否应为“文体活动支出”？',
    ],
  },
  {
    name: 'an activity cost without an account',
    files: { 'activities.csv': activities('2023-06-30,,羽毛球比赛,文体,院工会,本单位,60人,1000.00,,,') },
    expected: ['activities.csv:2:9  填了费用，但没有填列支的科目 [activity.cost-without-account]'],
  },
  {
    name: 'activities costing more than the statement shows for their account',
    files: {
      'activities.csv': activities(
        '2023-02-01,,春节联欢会,文体,院工会,本单位,90人,500.00,文体活动支出,,',
        '2023-06-30,,羽毛球比赛,文体,院工会,本单位,60人,1000.00,文体活动支出,,',
        '2023-07-01,,乒乓球比赛,文体,院工会,本单位,40人,300.00,文体活动支出,,',
      ),
    },
    expected: [
      'activities.csv:4:8  2023年度列入“文体活动支出”的活动费用合计 1,800.00 元，超过经费收支表中该科目的 1,500.00 元 [activity.cost-exceeds-statement]',
      '应为：不超过 1,500.00 元（funds/2023.csv 中“文体活动支出”的金额）',
      '实际为：1,800.00 元（到本行为止 3 项活动）',
    ],
  },
  {
    name: 'an activity charged to an account the statement does not have',
    files: { 'activities.csv': activities('2023-10-10,,工会干部培训,培训,院工会,本单位,4人,800.00,培训支出,,') },
    expected: ['activities.csv:2:8  2023年度列入“培训支出”的活动费用合计 800.00 元，超过经费收支表中该科目的 0.00 元'],
  },
  {
    name: 'activities charged to a category costing more than the category total',
    files: { 'activities.csv': activities('2023-02-01,,春节慰问,慰问,院工会,本单位,100人,6000.00,职工活动支出,,') },
    expected: [
      'activities.csv:2:8  2023年度列入“职工活动支出”的活动费用合计 6,000.00 元，超过经费收支表中该科目的 5,500.00 元',
    ],
  },
  {
    name: 'an activity with a cost outside every period',
    files: { 'activities.csv': activities('2021-05-01,,职工运动会,文体,院工会,本单位,100人,300.00,文体活动支出,,') },
    expected: [
      'activities.csv:2:1  活动“职工运动会”有费用，但日期不在任何期间之内，无法与经费收支核对 [activity.outside-periods]',
      '实际为：2021-05-01',
    ],
  },
  {
    name: 'an activity ending before it starts',
    files: { 'activities.csv': activities('2023-06-30,2023-06-01,羽毛球比赛,文体,院工会,本单位,60人,,,,') },
    expected: ['activities.csv:2:2  结束日期早于开始日期 [activity.end-before-start]', '应为：不早于 2023-06-30'],
  },
  {
    name: 'participants without a unit',
    files: { 'activities.csv': activities('2023-06-30,,羽毛球比赛,文体,院工会,本单位,120,,,,') },
    expected: [
      'activities.csv:2:7  “参与人数”应为人数加单位 [quantity.invalid]',
      '提示：请写明单位：人还是人次？两者不能相加',
    ],
  },
  {
    name: 'a category that is not on the list, with the nearest one',
    files: { 'activities.csv': activities('2023-06-30,,羽毛球比赛,文休,院工会,本单位,60人,,,,') },
    expected: ['activities.csv:2:4  “类别”应为规定的选项之一 [choice.invalid]', '提示：是否应为“文体”？'],
  },
  {
    name: 'a template placeholder left in a title',
    files: { 'activities.csv': activities('2023-06-30,,xx杯羽毛球比赛,文体,院工会,本单位,60人,,,,') },
    expected: ['activities.csv:2:3  “名称”中有未替换的占位符 [text.placeholder]'],
  },
  {
    name: 'a misspelt column header',
    files: { 'activities.csv': '日起,名称,类别\n2023-06-30,羽毛球比赛,文体\n' },
    expected: ['activities.csv:1:1  表头中有不认识的列“日起” [table.unknown-column]'],
  },
  {
    name: 'aid dated outside every period',
    files: { 'aid.csv': aid('2021-01-05,春节帮扶,困难帮扶,某人甲,,,,1000.00,工会经费,') },
    expected: ['aid.csv:2:1  日期不在任何期间之内 [aid.outside-periods]'],
  },
  {
    name: 'aid of zero',
    files: { 'aid.csv': aid('2023-01-05,春节帮扶,困难帮扶,赵甲,,,,0.00,工会经费,') },
    expected: ['aid.csv:2:8  “金额”应大于 0 [aid.amount-not-positive]'],
  },
  {
    name: 'a notice ending before the aid was given',
    files: { 'aid.csv': aid('2023-01-05,春节帮扶,困难帮扶,赵甲,,,,1000.00,工会经费,2023-01-01') },
    expected: ['aid.csv:2:10  公示截止日期早于发放日期 [aid.notice-before-date]'],
  },
  {
    name: 'aid without a recipient',
    files: { 'aid.csv': aid('2023-01-05,春节帮扶,困难帮扶,,,,,1000.00,工会经费,') },
    expected: ['aid.csv:2:4  “受助人”不能为空 [cell.empty]'],
  },
  {
    name: 'more delegates present and by proxy than due',
    files: { 'congress.csv': congress('七届三次,2022-03-18,60,58,3,') },
    expected: [
      'congress.csv:2:4  实到代表 58 人加委托代表 3 人，多于应到代表 60 人 [congress.attendance-exceeds-due]',
      '实际为：58 + 3 = 61',
    ],
  },
  {
    name: 'a session written twice (in two spellings)',
    files: {
      'congress.csv': congress(
        '七届三次,2022-03-18,60,55,2,',
        '第七届第三次,2022-03-19,60,55,2,',
        '八届一次,2023-03-24,60,56,1,',
      ),
    },
    expected: ['congress.csv:3:1  届次“七届三次”重复，第 2 行已填写 [congress.duplicate-session]'],
  },
  {
    name: 'a session that is not a term and meeting',
    files: { 'congress.csv': congress('七届三,2022-03-18,60,55,2,') },
    expected: ['congress.csv:2:1  “届次”应写成届次 [session.invalid]', '实际为：七届三'],
  },
  {
    name: 'votes that do not add up to the votes cast',
    files: { 'resolutions.csv': resolutions('七届三次,关于工会工作报告的决议,57,55,1,2') },
    expected: [
      'resolutions.csv:2:4  赞成、反对、弃权之和 58 不等于表决票数 57 [resolution.votes-sum]',
      '实际为：55 + 1 + 2 = 58',
    ],
  },
  {
    name: 'a vote at a session that is not in congress.csv',
    files: { 'resolutions.csv': resolutions('九届一次,关于工会工作报告的决议,57,55,1,1') },
    expected: [
      'resolutions.csv:2:1  届次“九届一次”不在 congress.csv 中 [resolution.unknown-session]',
      '应为：七届三次、八届一次',
    ],
  },
  {
    name: 'more votes cast than delegates attending',
    files: { 'resolutions.csv': resolutions('七届三次,关于工会工作报告的决议,58,56,1,1') },
    expected: [
      'resolutions.csv:2:3  表决票数 58 多于七届三次会议实到和委托代表 57 人 [resolution.votes-exceed-attendance]',
      '应为：不多于 57（实到 55 + 委托 2）',
    ],
  },
  {
    name: 'a merged proposal without its survivor',
    files: { 'proposals.csv': proposals(P1, '七届三次,T-02,提案,建议增设职工停车位,职工福利,已合并,,,,') },
    expected: ['proposals.csv:3:7  状态为“已合并”，但没有写并入哪一件 [proposal.merge-target-missing]'],
  },
  {
    name: 'a proposal merged into one that does not exist',
    files: { 'proposals.csv': proposals(P1, '七届三次,T-02,提案,建议增设职工停车位,职工福利,已合并,T-99,,,') },
    expected: ['proposals.csv:3:7  并入的提案“T-99”不在七届三次的提案中 [proposal.merge-target-unknown]'],
  },
  {
    name: 'a proposal merged into a merged one',
    files: { 'proposals.csv': proposals(P1, P2, '七届三次,T-03,提案,再议停车位,职工福利,已合并,T-02,,,') },
    expected: ['proposals.csv:4:7  并入的提案“T-02”本身已并入“T-01” [proposal.merge-chain]', '应为：直接并入“T-01”'],
  },
  {
    name: 'a proposal number used twice in a session',
    files: { 'proposals.csv': proposals(P1, '七届三次,T-01,提案,关于改善食堂的提案,职工福利,已立案,,后勤保障科,,') },
    expected: ['proposals.csv:3:2  七届三次的提案编号“T-01”重复，第 2 行已使用 [proposal.duplicate-number]'],
  },
  {
    name: 'a filed proposal without a department',
    files: { 'proposals.csv': proposals('七届三次,T-01,提案,关于增设职工停车位的提案,职工福利,已立案,,,,') },
    expected: ['proposals.csv:2:8  已立案的提案须写明承办部门 [proposal.no-department]'],
  },
  {
    name: 'value created by a suggestion that was not adopted',
    files: { 'proposals.csv': proposals('七届三次,J-01,合理化建议,改进输液架,技术革新,已答复,,护理部,否,5000.00') },
    expected: ['proposals.csv:2:10  只有采纳的建议才有创造价值 [proposal.value-not-adopted]'],
  },
  {
    name: 'an answer dated before the meeting that received the proposal',
    files: {
      'proposals.csv': answered(
        '七届三次,T-01,提案,关于增设职工停车位的提案,职工福利,已办结,,后勤保障科,王建华,外科代表团,已增设车位 80 个。,2021-03-18',
        '七届三次,T-02,提案,建议增设职工停车位,职工福利,已合并,T-01,,李敏,内科代表团,,',
      ),
    },
    expected: [
      'proposals.csv:2:12  答复日期 2021-03-18 早于七届三次会议日期 2022-03-18 [proposal.reply-before-meeting]',
      '应为：2022-03-18 或之后的日期',
    ],
  },
  {
    name: 'an answer date on a proposal not yet answered',
    files: {
      'proposals.csv': answered(
        '七届三次,T-01,提案,关于增设职工停车位的提案,职工福利,已立案,,后勤保障科,王建华,,,2022-05-06',
      ),
    },
    expected: [
      'proposals.csv:2:6  写了答复日期 2022-05-06，状态却是“已立案” [proposal.reply-status]',
      '应为：已答复 或 已办结',
    ],
  },
  {
    name: 'an answer written on a merged proposal',
    files: {
      'proposals.csv': answered(
        '七届三次,T-01,提案,关于增设职工停车位的提案,职工福利,已办结,,后勤保障科,王建华,,已增设车位 80 个。,2022-05-06',
        '七届三次,T-02,提案,建议增设职工停车位,职工福利,已合并,T-01,,李敏,,已增设车位。,',
      ),
    },
    expected: ['proposals.csv:3:11  已并入“T-01”的提案不单独答复 [proposal.merged-reply]'],
  },
  {
    name: 'an answer date that is not a date',
    files: {
      'proposals.csv': answered(
        '七届三次,T-01,提案,关于增设职工停车位的提案,职工福利,已办结,,后勤保障科,王建华,,已增设车位。,2022-13-06',
      ),
    },
    expected: ['proposals.csv:2:12'],
  },
  {
    name: 'a proposal at a session that is not in congress.csv',
    files: { 'proposals.csv': proposals('六届一次,T-01,提案,关于增设职工停车位的提案,职工福利,已收到,,,,') },
    expected: ['proposals.csv:2:1  届次“六届一次”不在 congress.csv 中 [proposal.unknown-session]'],
  },
  {
    name: 'an election without more candidates than seats',
    files: { 'elections.csv': candidates([50, '是'], [45, '是'], [40, '是']) },
    expected: [
      'elections.csv:2:4  七届工会委员会选举的差额比例 0.00% 低于规定的 5.00% [election.margin-too-small]',
      '实际为：候选人 3 人，差额 0 人，(3 − 3) ÷ 3 = 0.00%',
    ],
  },
  {
    name: 'an election below the margin configured in union.yaml',
    files: {
      'union.yaml': '全称: 测试医院工会委员会\n简称: 测试工会\n代表大会: 职代会\n差额比例下限: 40%\n',
      'elections.csv': candidates([50, '是'], [45, '是'], [40, '是'], [20, '否']),
    },
    expected: ['elections.csv:2:4  七届工会委员会选举的差额比例 33.33% 低于规定的 40.00% [election.margin-too-small]'],
  },
  {
    name: 'a candidate elected without a majority of the ballots',
    files: { 'elections.csv': candidates([50, '是'], [45, '是'], [28, '是'], [20, '否']) },
    expected: [
      'elections.csv:4:8  候选人“候选人3”得票未过投票人数的半数，不能当选 [election.no-majority]',
      '应为：得票多于 57 的一半',
    ],
  },
  {
    name: 'more votes than ballots',
    files: { 'elections.csv': candidates([60, '是'], [45, '是'], [40, '是'], [20, '否']) },
    expected: ['elections.csv:2:7  候选人“候选人1”的得票多于投票人数 [election.votes-exceed-ballots]'],
  },
  {
    name: 'more elected than seats',
    files: { 'elections.csv': candidates([50, '是'], [45, '是'], [40, '是'], [30, '是']) },
    expected: ['elections.csv:5:8  七届工会委员会选举当选 4 人，多于应选名额 3 人 [election.too-many-elected]'],
  },
  {
    name: 'rows of one election that disagree on the seats',
    files: {
      'elections.csv': elections(
        '2022-03-18,工会委员会,七届,3,57,赵一,50,是',
        '2022-03-18,工会委员会,七届,4,57,钱二,45,是',
        '2022-03-18,工会委员会,七届,3,57,孙三,40,是',
        '2022-03-18,工会委员会,七届,3,57,周四,20,否',
      ),
    },
    expected: [
      'elections.csv:3:4  七届工会委员会选举各行的“应选名额”不一致 [election.inconsistent]',
      '应为：与第 2 行相同：3',
    ],
  },
  {
    name: 'resolutions and proposal handling disclosed before the meeting',
    files: {
      'congress.csv': congressDated(
        '七届三次,2022-03-18,60,55,2,,2022-03-17,2022-09-01',
        '八届一次,2023-03-24,60,56,1,,2023-03-30,2023-03-01',
      ),
    },
    expected: [
      'congress.csv:2:7  决议的公开日期早于会议日期 [congress.published-before-meeting]',
      '应为：不早于会议日期 2022-03-18',
      '实际为：2022-03-17',
      '提示：会议开过以后才能公开；还没有公开的请留空',
      'congress.csv:3:8  提案办理情况的公开日期早于会议日期 [congress.published-before-meeting]',
    ],
  },
  {
    name: 'an election result disclosed before the election',
    files: {
      'elections.csv': electionsDated(
        '2022-03-18,工会委员会,七届,3,57,赵一,50,是,2022-03-10',
        '2022-03-18,工会委员会,七届,3,57,钱二,45,是,',
        '2022-03-18,工会委员会,七届,3,57,孙三,40,是,',
        '2022-03-18,工会委员会,七届,3,57,周四,20,否,',
      ),
    },
    expected: [
      'elections.csv:2:9  选举结果的公开日期早于选举日期 [election.published-before-date]',
      '应为：不早于选举日期 2022-03-18',
    ],
  },
  {
    name: 'rows of one election that give different disclosure dates',
    files: {
      'elections.csv': electionsDated(
        '2022-03-18,工会委员会,七届,3,57,赵一,50,是,2022-03-25',
        '2022-03-18,工会委员会,七届,3,57,钱二,45,是,',
        '2022-03-18,工会委员会,七届,3,57,孙三,40,是,2022-03-26',
        '2022-03-18,工会委员会,七届,3,57,周四,20,否,2022-03-25',
      ),
    },
    expected: [
      'elections.csv:4:9  七届工会委员会选举各行的“公开日期”不一致 [election.inconsistent]',
      '应为：与第 2 行相同：2022-03-25，或留空',
      '实际为：2022-03-26',
    ],
  },
  {
    name: 'a collective honour given to a person',
    files: { 'honours.csv': honours('2022,市级工人先锋号,吴六,工人先锋号,市,个人,临江市总工会') },
    expected: ['honours.csv:2:6  “工人先锋号”授予集体，不是个人 [honour.kind-mismatch]'],
  },
  {
    name: 'a year that is not four digits',
    files: { 'honours.csv': honours('二〇二二,市级工人先锋号,急诊科护理组,工人先锋号,市,集体,临江市总工会') },
    expected: ['honours.csv:2:1  “年度”应为四位年份 [year.invalid]'],
  },
  {
    name: 'a 入会率 above 100%',
    files: { 'membership.csv': '期间,职工人数,会员人数\n2022,100,110\n' },
    expected: [
      'membership.csv:2:3  会员人数多于职工人数，入会率将超过 100% [membership.more-members-than-employees]',
      '应为：不多于职工人数 100',
    ],
  },
  {
    name: 'more new members than members',
    files: { 'membership.csv': '期间,会员人数,新入会人数\n2022,100,101\n' },
    expected: ['membership.csv:2:3  新入会人数多于会员人数，新入会占比将超过 100% [membership.part-exceeds-members]'],
  },
  {
    name: 'a margin in union.yaml that is not a percentage',
    files: { 'union.yaml': '全称: 测试医院工会委员会\n简称: 测试工会\n代表大会: 职代会\n差额比例下限: 五\n' },
    expected: ['union.yaml:4:1  “差额比例下限”填写有误：应为百分比，如 5% [union.invalid]'],
  },
];

describe('bad records stop the build with file, line and column', () => {
  it.each(cases)('$name', ({ files, expected }) => {
    const { site, report } = loadRecordsFixture(files);
    expect(site).toBeUndefined();
    for (const line of expected) expect(report).toContain(line);
  });

  it('accepts the records fixture', () => {
    const { report, site } = loadRecordsFixture();
    expect(report).toBe('');
    const r = site!.records;
    expect(r.activities).toHaveLength(7);
    expect(r.congress.map((c) => c.session.label)).toEqual(['七届三次', '八届一次']);
    expect(r.proposals).toHaveLength(6);
    expect(r.elections[0]).toMatchObject({ seats: 3, marginBp: 3333, minMarginBp: 500, electedCount: 3 });
    expect(r.honours).toHaveLength(2);
    expect(r.checks.map((c) => c.detail)).toEqual(['2 个“期间 × 科目”组合、4 项活动已核对']);
  });

  it('reads the disclosure dates of sessions and elections, on one row of an election or on all', () => {
    const { report, site } = loadRecordsFixture({
      'congress.csv': congressDated(
        '七届三次,2022-03-18,60,55,2,,2022-03-25,',
        '八届一次,2023-03-24,60,56,1,,,2023-09-01',
      ),
      'elections.csv': electionsDated(
        '2022-03-18,工会委员会,七届,3,57,赵一,50,是,',
        '2022-03-18,工会委员会,七届,3,57,钱二,45,是,2022-03-25',
        '2022-03-18,工会委员会,七届,3,57,孙三,40,是,',
        '2022-03-18,工会委员会,七届,3,57,周四,20,否,2022-03-25',
      ),
    });
    expect(report).toBe('');
    const r = site!.records;
    expect(r.congress.map((c) => [c.resolutionsPublishedOn, c.proposalsPublishedOn])).toEqual([
      ['2022-03-25', undefined],
      [undefined, '2023-09-01'],
    ]);
    expect(r.elections[0]!.publishedOn).toBe('2022-03-25');
    expect(loadRecordsFixture().site!.records.elections[0]!.publishedOn).toBeUndefined();
  });

  it('accepts a planned activity beyond the last period, without a cost check', () => {
    const { report } = loadRecordsFixture({
      'activities.csv': activities('2030-03-08,,三八节活动,女职工,院工会,本单位,,2000.00,文体活动支出,,计划'),
    });
    expect(report).toBe('');
  });
});
