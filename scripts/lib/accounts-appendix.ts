// The staff guide's appendix (the built-in charts of accounts) written from the charts the
// checks use, so that the guide and the program cannot disagree (test/scripts checks it).
import type { Account, AccountingSystem } from '../../src/lib/accounts/account.ts';
import { CHART_2009 } from '../../src/lib/accounts/chart-2009.ts';
import { CHART_2021 } from '../../src/lib/accounts/chart-2021.ts';
import { LEGACY_ACCOUNTS } from '../../src/lib/accounts/legacy-accounts.ts';
import { MAPPING_2009_TO_2021 } from '../../src/lib/accounts/system-mapping.ts';

/** The staff guide, whose appendix this writes. */
export const STAFF_GUIDE = new URL('../../docs/数据文件说明.md', import.meta.url);

/** The heading the appendix starts at; everything after it is the appendix. */
export const APPENDIX_HEADING = '## 附录：科目表';

const LEVEL = ['', '一级', '二级', '三级'] as const;
const aliases = (a: { aliases: readonly string[] }) => (a.aliases.length ? a.aliases.join('、') : '—');
const byCode2021 = new Map(CHART_2021.map((a) => [a.code, a]));
const byCode2009 = new Map(CHART_2009.map((a) => [a.code, a]));

function name(a: Account): string {
  return a.level === 1 ? `**${a.name}**` : a.name;
}

function table2021(kind: Account['kind']): string[] {
  const rows = CHART_2021.filter((a) => a.kind === kind);
  return [
    '| 编码 | 科目名称 | 级次 | 上级科目 | 基层工会 / 县级以上工会 | 也可以写成（别名） |',
    '| --- | --- | --- | --- | --- | --- |',
    ...rows.map((a) => {
      const parent = a.level === 1 ? '—' : byCode2021.get(a.parentCode)!.name;
      const lists = a.level === 1 ? (a.lists ?? []).join('、') || '—' : '同上级';
      return `| ${a.code} | ${name(a)} | ${LEVEL[a.level]} | ${parent} | ${lists} | ${aliases(a)} |`;
    }),
  ];
}

function table2009(kind: Account['kind']): string[] {
  const rows = CHART_2009.filter((a) => a.kind === kind);
  return [
    '| 编码 | 科目名称 | 级次 | 上级科目 | 对应 2021 年制度的科目 | 也可以写成（别名） |',
    '| --- | --- | --- | --- | --- | --- |',
    ...rows.map((a) => {
      const parent = a.level === 1 ? '—' : byCode2009.get(a.parentCode)!.name;
      const target = byCode2021.get(MAPPING_2009_TO_2021[a.code]!)!;
      const mapped =
        target.level === 1 && a.level === 2
          ? `${target.code} ${target.name}（只在类别上比较）`
          : `${target.code} ${target.name}`;
      return `| ${a.code} | ${name(a)} | ${LEVEL[a.level]} | ${parent} | ${mapped} | ${aliases(a)} |`;
    }),
  ];
}

function legacyTable(): string[] {
  const parentOf = (system: AccountingSystem, code: string) =>
    (system === '2021' ? byCode2021 : byCode2009).get(code.slice(0, 3))!.name;
  return [
    '| 旧科目名称 | 2009 年制度中的编码（所属类别） | 2021 年制度中的编码（所属类别） | 比较时归入 | 也可以写成（别名） |',
    '| --- | --- | --- | --- | --- |',
    ...LEGACY_ACCOUNTS.map((a) => {
      const target = byCode2021.get(a.mapsTo)!;
      return `| ${a.name} | ${a.codes['2009']}（${parentOf('2009', a.codes['2009'])}） | ${a.codes['2021']}（${parentOf('2021', a.codes['2021'])}） | ${target.code} ${target.name} | ${aliases(a)} |`;
    }),
  ];
}

/** The appendix as Markdown, from its heading "## 附录：科目表" to the end of the guide. */
export function accountsAppendix(): string {
  return [
    APPENDIX_HEADING,
    '',
    '下面是网站内置的科目表：2021 年《工会会计制度》（财会〔2021〕7号，2022 年起执行）和 2009 年《工会会计制度》（财会〔2009〕7号，',
    '2010 年至 2021 年执行）的收支科目，编码和名称与制度原文一致；一级科目加粗。每个期间按 `periods.csv` 的“会计制度”列（第五节）',
    '使用其中一张表：同一个编码在两个制度中可能是不同的科目（如 503 在 2009 年制度中是业务支出，在 2021 年制度中是职工服务支出），',
    '所以编码只按本期间的制度理解。在经费文件和预算文件的“科目”列中，写编码、科目名称或任何一个别名都可以；',
    '本会自设的明细科目见 `accounts.csv`（第九节），不在此表中。',
    '',
    '本附录由 `npm run accounts-appendix` 从检查程序使用的科目表直接生成（`src/lib/accounts/`），测试会核对两者一致。',
    '',
    '### 一、2021 年制度：收入科目',
    '',
    '基层工会通常使用“基层工会”一栏列出的一级科目；制度允许基层工会在需要时使用县级以上工会的科目。',
    '',
    ...table2021('income'),
    '',
    '### 二、2021 年制度：支出科目',
    '',
    '每个支出科目还按《工会会计制度》分为基本支出和项目支出，见第六节“基本支出和项目支出”。',
    '',
    ...table2021('expense'),
    '',
    '### 三、2009 年制度：收入科目',
    '',
    '“对应 2021 年制度的科目”用于和 2022 年以后的期间比较（上期数和增减）。',
    '',
    ...table2009('income'),
    '',
    '### 四、2009 年制度：支出科目',
    '',
    ...table2009('expense'),
    '',
    '### 五、旧科目',
    '',
    '以前报表中常见的科目名称（早于两个制度），网站照原名显示，放在它所属的类别下；编码末两位为 9x，',
    '以免与制度的编码相同。比较不同年度时，按“比较时归入”一栏计入 2021 年制度的科目。',
    '',
    ...legacyTable(),
    '',
  ].join('\n');
}
