import { describe, expect, it } from 'vitest';
import { formatIssueReport } from '../../../src/lib/issues/data-issue.ts';
import { checkReports } from '../../../src/lib/reports/check-reports.ts';
import { loadFixture } from '../../helpers/fixture.ts';
import { loadRecordsFixture } from '../../helpers/records-fixture.ts';

const site = loadFixture().site!;
const FRONT = [
  '---',
  '标题: 2023年度工会工作报告',
  '类型: 工作报告',
  '期间: 2023',
  '会议: 八届一次',
  '日期: 2024-03-20',
  '状态: 审议通过',
  '通过日期: 2024-03-20',
  '---',
  '',
];
/** A report whose body starts on line 11. */
const report = (...body: string[]) => [...FRONT, ...body].join('\n') + '\n';
const front = (replace: Record<string, string | null>) =>
  [
    ...FRONT.filter((line) => !(line.split(':')[0]! in replace) || replace[line.split(':')[0]!] !== null).map(
      (line) => {
        const key = line.split(':')[0]!;
        return key in replace && replace[key] !== null ? `${key}: ${replace[key]}` : line;
      },
    ),
    '## 概况',
  ].join('\n') + '\n';

function check(source: string, name = '2023-work.mdx') {
  const result = checkReports(new Map([[name, new TextEncoder().encode(source)]]), 'content/reports', site);
  return { ...result, text: result.reports ? '' : formatIssueReport(result.issues) };
}

const F = 'content/reports/2023-work.mdx';

/** One case per problem that must stop the build; `expected` are parts of the printed report. */
const cases: { name: string; source: string; expected: string[] }[] = [
  {
    name: 'an unknown period',
    source: report('收入 <Amount period="2025" total="本期收入" />。'),
    expected: [`${F}:11:12  <Amount> 期间“2025”不在 periods.csv 中 [report.unknown-period]`, '应为：2022、2023'],
  },
  {
    name: 'a misspelt account',
    source: report('会费 <Amount period="2023" account="会费收人" />'),
    expected: [
      `${F}:11:26  <Amount> 科目“会费收人”不在2021年制度的科目表中（期间“2023年度”按该制度记账） [report.unknown-account]`,
      '提示：是否应为“会费收入”？',
    ],
  },
  {
    name: 'an account not booked in the period',
    source: report('帮扶 <Amount period="2022" account="困难职工帮扶支出" />'),
    expected: [
      `${F}:11:26  <Amount> 期间“2022年度”的收支表中没有科目“困难职工帮扶支出” [report.account-not-in-period]`,
      '应为：会费收入、拨缴经费收入、职工活动支出、文体活动支出、会员活动支出',
    ],
  },
  {
    name: 'an unknown total',
    source: report('<Amount period="2023" total="总收入" />'),
    expected: [`${F}:11:23  <Amount> “总收入”不是收支表中的合计项 [report.unknown-total]`],
  },
  {
    name: 'an unknown component',
    source: report('<Amout period="2023" total="本期收入" />'),
    expected: [`${F}:11:1  <Amout> 没有这个组件 [report.unknown-component]`, '提示：是否应为 <Amount>？'],
  },
  {
    name: 'an unknown attribute',
    source: report('<Amount period="2023" acount="会费收入" />'),
    expected: [`${F}:11:23  <Amount> <Amount> 没有属性 acount [report.unknown-attribute]`, '提示：是否应为 account？'],
  },
  {
    name: 'a missing period',
    source: report('<Share account="会费收入" />'),
    expected: [`${F}:11:1  <Share> <Share> 缺少属性 period [report.missing-attribute]`],
  },
  {
    name: 'a value outside the list',
    source: report('<Amount period="2023" total="期末结余" unit="千元" />'),
    expected: [`${F}:11:36  <Amount> 属性 unit 的值“千元”不在可选范围内`, '应为：元、万元、大写'],
  },
  {
    name: 'a change of the first period',
    source: report('<Change period="2022" total="本期收入" />'),
    expected: [`${F}:11:9  <Change> 期间“2022年度”是第一个期间，没有上期可以比较 [report.change-no-previous]`],
  },
  {
    name: 'a budget table of a period without budget',
    source: report('<BudgetTable period="2022" />'),
    expected: [`${F}:11:14  <BudgetTable> 期间“2022年度”没有预算 [report.no-budget]`, '提示：有预算的期间：2023'],
  },
  {
    name: 'an account missing from the budget',
    source: report('<BudgetRate period="2023" account="拨缴经费收入" />'),
    expected: [`${F}:11:27  <BudgetRate> budgets/2023.csv 中没有科目“拨缴经费收入” [report.not-in-budget]`],
  },
  {
    name: 'ledger lines of a summary period',
    source: report('<Count figure="明细笔数" period="2022" />'),
    expected: [`${F}:11:22  <Count> 期间“2022年度”没有“明细笔数”：这一期间的经费文件是汇总表，没有逐笔明细`],
  },
  {
    name: 'an unknown count',
    source: report('<Count figure="会员总人数" period="2023" />'),
    expected: [`${F}:11:8  <Count> “会员总人数”不是可以统计的数字 [report.unknown-count]`],
  },
  {
    name: 'a share over a denominator that does not hold it',
    source: report('<Share period="2023" account="文体活动支出" of="本期收入合计" />'),
    expected: [`${F}:11:39  <Share> “本期收入合计”不能作为“文体活动支出”占比的分母`],
  },
  {
    name: 'a placeholder in the text',
    source: report('## 概况', '', '全年组织活动 xx 场。'),
    expected: [`${F}:13:8  报告中有未替换的占位符“xx” [report.placeholder]`],
  },
  {
    name: 'a placeholder in the title',
    source: front({ 标题: '20xx年度工会工作报告' }),
    expected: [`${F}:2:5  报告中有未替换的占位符“20xx”`],
  },
  {
    name: 'a ×× and a □ and a run of _',
    source: report('由×××同志主持，□同意，签字____。'),
    expected: [
      `${F}:11:2  报告中有未替换的占位符“×××”`,
      `${F}:11:10  报告中有未替换的占位符“□”`,
      `${F}:11:16  报告中有未替换的占位符“____”`,
    ],
  },
  {
    name: 'headings numbered 一、二、二、',
    source: report('## 一、回顾', '## 二、问题', '## 二、打算'),
    expected: [`${F}:13:4  标题编号重复：这里应为“三、”，手写的是“二、” [report.heading-number]`],
  },
  {
    name: 'headings numbered (一)(三)',
    source: report('## 工作回顾', '### (一)加强思想教育', '### (三)深化民主管理'),
    expected: [`${F}:13:5  标题编号跳号：这里应为“（二）”，手写的是“(三)” [report.heading-number]`],
  },
  {
    name: 'a hand number of the wrong level',
    source: report('## （一）工作回顾'),
    expected: [`${F}:11:4  手写的标题编号“（一）”与标题层级不符 [report.heading-number-style]`],
  },
  {
    name: 'a level-one heading in the body',
    source: report('# 工作报告'),
    expected: [`${F}:11:1  正文中不能使用一级标题“# ” [report.heading-h1]`],
  },
  { name: 'a skipped heading level', source: report('## 回顾', '#### 细节'), expected: [`${F}:12:1  标题层级跳级`] },
  {
    name: 'an HTML comment',
    source: report('文字 <!-- 备注 -->'),
    expected: [`${F}:11:4  MDX 中不能使用 <!-- --> 注释 [report.html-comment]`],
  },
  { name: 'a brace', source: report('完成 {目标}'), expected: [`${F}:11:4  花括号“{”在 MDX 中表示程序代码`] },
  {
    name: 'an unknown front matter key',
    source: front({ 作者: '张三' }).replace('期间: 2023', '期间: 2023\n作者: 张三'),
    expected: [`${F}:5:1  报告信息中有不认识的键“作者” [report.unknown-key]`],
  },
  {
    name: 'a kind outside the list',
    source: front({ 类型: '述职报告' }),
    expected: [
      `${F}:3:1  报告信息“类型”填写有误：类型应为 工作报告、经费审查报告、换届工作报告、工作总结、工作计划 之一`,
    ],
  },
  {
    name: 'an approved report without date',
    source: front({ 通过日期: null }),
    expected: [`${F}:7:1  报告信息“通过日期”填写有误：状态为“审议通过”时必须填写通过日期`],
  },
  {
    name: 'a 公开日期 on a report not yet approved',
    source: front({ 状态: '提请审议', 通过日期: null }).replace(
      '日期: 2024-03-20',
      '日期: 2024-03-20\n公开日期: 2024-03-25',
    ),
    expected: [`${F}:7:1  报告信息“公开日期”填写有误：只有审议通过的报告才填写公开日期（默认为通过日期）`],
  },
  {
    name: 'a 公开日期 before the approval',
    source: front({}).replace('通过日期: 2024-03-20', '通过日期: 2024-03-20\n公开日期: 2024-03-19'),
    expected: [`${F}:9:1  报告信息“公开日期”填写有误：公开日期不能早于通过日期`],
  },
  {
    name: 'a period missing from periods.csv',
    source: front({ 期间: '2021' }),
    expected: [`${F}:4:1  报告信息中的期间“2021”不在 periods.csv 中 [report.unknown-period]`],
  },
  {
    name: 'a bad session',
    source: front({ 会议: '第八届第一次' }),
    expected: [`${F}:5:1  报告信息“会议”填写有误：会议应写成“七届一次”这样的届次`],
  },
  {
    name: 'a missing front matter',
    source: '## 概况\n',
    expected: [`${F}:1:1  报告开头缺少报告信息（front matter） [report.front-matter-missing]`],
  },
];

describe('a report with a bad reference, placeholder or heading stops the build with file and line', () => {
  it.each(cases)('$name', ({ source, expected }) => {
    const { reports, text } = check(source);
    expect(reports).toBeUndefined();
    for (const line of expected) expect(text).toContain(line);
  });

  it('names a file with a bad name and a file that is not .mdx', () => {
    const result = checkReports(
      new Map([
        ['2023 工作报告.mdx', new TextEncoder().encode(report('文字'))],
        ['2023-work.docx', new Uint8Array([1])],
      ]),
      'content/reports',
      site,
    );
    const text = formatIssueReport(result.issues);
    expect(text).toContain('content/reports/2023 工作报告.mdx  报告文件名只能由字母、数字、- 和 _ 组成');
    expect(text).toContain('content/reports/2023-work.docx  报告文件夹中只能放 .mdx 报告文件');
    expect(text).toContain('提示：请把 Word/WPS 文档的文字粘贴到 .mdx 文件中');
  });

  it('allows a placeholder by a marker on its line or the line before', () => {
    const same = check(report('问卷选项“□满意”{/* 允许：□满意 */}'));
    const before = check(report('{/* 允许：□满意 */}', '问卷选项“□满意”'));
    expect(same.text).toBe('');
    expect(before.text).toBe('');
    expect(check(report('{/* 允许：□满意 */}', '', '问卷选项“□满意”')).text).toBe('');
    expect(check(report('{/* 允许：□满意 */}', '问卷选项“□满意”', '另一行“□满意”')).text).toContain(`${F}:13:5`);
  });
});

describe('a good report', () => {
  const { reports, text } = check(
    report(
      '## 工作回顾',
      '### 经费收支',
      '会费收入 <Amount period="2023" account="会费收入" />，<Share period="2023" account="会费收入" />。',
      '#### 1. 收入',
      '#### 支出',
      '<StatementTable period="2022" side="支出" />',
      '### （二）民主管理',
      '## 工作打算',
    ),
  );

  it('passes with its headings numbered and its periods listed', () => {
    expect(text).toBe('');
    const [r] = reports!;
    expect(r!.slug).toBe('2023-work');
    expect(r!.published).toBe(true);
    expect(r!.periods).toEqual(['2022', '2023']);
    expect(r!.headings.map((h) => [h.depth, h.label, h.text])).toEqual([
      [2, '一、', '工作回顾'],
      [3, '（一）', '经费收支'],
      [4, undefined, '1. 收入'],
      [4, '2.', '支出'],
      [3, undefined, '（二）民主管理'],
      [2, '二、', '工作打算'],
    ]);
  });

  it('marks a 草稿 as not published', () => {
    const draft = check(front({ 状态: '草稿', 通过日期: null }));
    expect(draft.text).toBe('');
    expect(draft.reports![0]!.published).toBe(false);
  });
});

describe('an approved report and the session that approved it', () => {
  /** The records fixture holds 八届一次 on 2023-03-24. */
  const withCongress = loadRecordsFixture().site!;
  const checkWith = (source: string) => {
    const result = checkReports(
      new Map([['2023-work.mdx', new TextEncoder().encode(source)]]),
      'content/reports',
      withCongress,
    );
    return result.reports ? '' : formatIssueReport(result.issues);
  };

  it.each([
    { name: 'another day than the session in congress.csv', approved: '2024-03-20', session: '八届一次', ok: false },
    { name: 'the day of the session', approved: '2023-03-24', session: '八届一次', ok: true },
    { name: 'a session congress.csv does not hold', approved: '2024-03-20', session: '八届二次', ok: true },
  ])('$name → ok: $ok', ({ approved, session, ok }) => {
    const text = checkWith(front({ 日期: '2023-03-20', 通过日期: approved, 会议: session }));
    if (ok) expect(text).toBe('');
    else
      expect(text).toContain(
        [
          `${F}:8:1  通过日期与 congress.csv 中八届一次会议的日期不一致 [report.approved-not-session-date]`,
          '    应为：2023-03-24',
          '    实际为：2024-03-20',
        ].join('\n'),
      );
  });
});
