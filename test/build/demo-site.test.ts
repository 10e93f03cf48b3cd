import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, cpSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const out = mkdtempSync(join(tmpdir(), 'union-dist-'));
const dist = join(out, 'dist');
/** An empty content folder for builds of the test fixture (the demo reports cite demo data). */
const noReports = mkdtempSync(join(tmpdir(), 'union-content-'));

function build(env: Record<string, string>): { status: number | null; output: string } {
  const run = spawnSync(process.execPath, ['scripts/build.ts'], {
    cwd: root,
    env: { ...process.env, ...env },
    encoding: 'utf8',
  });
  return { status: run.status, output: run.stdout + run.stderr };
}

/** Visible text of an HTML page, tags stripped and white space folded. */
function text(html: string): string {
  return html
    .replace(/<(script|style)[\s\S]*?<\/\1>/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/\s+/g, ' ');
}

describe('the demo site', () => {
  beforeAll(() => {
    const result = build({ UNION_DIST_DIR: dist });
    if (result.status !== 0) throw new Error(result.output);
  });

  it('shows the two-year statement of seed 001 with shares over their true denominators', () => {
    const page = text(readFileSync(join(dist, 'funds/2019-2020/index.html'), 'utf8'));
    for (const share of ['78.66%', '2.07%', '9.67%', '3.61%', '5.75%', '0.24%']) expect(page).toContain(share);
    for (const share of ['10.46%', '81.80%', '5.16%', '2.58%']) expect(page).toContain(share);
    expect(page).toContain('占本期支出合计');
    expect(page).toContain('占本期收入合计');
    expect(page).toMatch(/期末结余 70,034\.59 柒万零叁拾肆元伍角玖分/);
    expect(page).toMatch(/本期收入合计 387,362\.60 叁拾捌万柒仟叁佰陆拾贰元陆角/);
    expect(page).toContain(
      '期初结余 32,222.59 元，加本期收入 387,362.60 元，减本期支出 349,550.60 元，得期末结余 70,034.59 元，与申报的期末结余相符。',
    );
  });

  it('carries each closing balance into the next period', () => {
    const index = text(readFileSync(join(dist, 'funds/index.html'), 'utf8'));
    const rows = [
      ...index.matchAll(
        /(\d{4}(?:—\d{4})?年度)[^\d]*?\d{4}-\d{2}-\d{2} 至 \d{4}-\d{2}-\d{2} ([\d,.-]+) ([\d,.-]+) ([\d,.-]+) ([\d,.-]+) ([\d,.-]+)/g,
      ),
    ];
    expect(rows.length).toBeGreaterThanOrEqual(3);
    for (let i = 1; i < rows.length; i++) expect(rows[i]![2]).toBe(rows[i - 1]![6]);
    expect(rows[0]![6]).toBe('70,034.59');
  });

  it('writes the statement CSV with a BOM and neutralised cells', () => {
    const csv = readFileSync(join(dist, 'funds/2019-2020/statement.csv'), 'utf8');
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv).toContain(
      '支出,50191,职工活动支出,职工福利费,274945.00,78.66%,占本期支出合计,节日慰问、生日慰问等职工福利',
    );
  });

  it('shows the places to look of 2024 with their lines linked to the ledger rows, and none in 2022', () => {
    const html = readFileSync(join(dist, 'audit/2024/index.html'), 'utf8');
    const page = text(html);
    expect(page).toContain('按下列规则共有 4 处值得查看。这些只是查看的线索，不是结论。');
    for (const line of [110, 111, 112, 104, 164, 132, 133])
      expect(html).toContain(`href="/funds/2024/ledger/#l-${line}"`);
    expect(page).toContain('2024-08-24（星期六）：1 笔，合计 278.60 元');
    expect(readFileSync(join(dist, 'funds/2024/ledger/index.html'), 'utf8')).toContain('id="l-110"');
    expect(text(readFileSync(join(dist, 'audit/2022/index.html'), 'utf8'))).toContain(
      '按下列规则没有发现需要留意的地方。',
    );
  });

  it('shows the 2023 correction on the statement, on the audit index and in the register', () => {
    const statement = text(readFileSync(join(dist, 'funds/2023/index.html'), 'utf8'));
    expect(statement).toContain('更正记录 2024-06-18 更正 2024-04-12 公开的数字。');
    expect(statement).toMatch(/文体活动支出 23,340\.00 22,840\.00 −500\.00/);
    expect(text(readFileSync(join(dist, 'audit/index.html'), 'utf8'))).toContain('职工教育支出 2,650.00 → 3,150.00');
    expect(text(readFileSync(join(dist, 'disclosure/index.html'), 'utf8'))).toContain('已更正（2024-06-18）');
  });

  it('writes each ledger as CSV with a BOM and the line numbers of the ledger pages', () => {
    const csv = readFileSync(join(dist, 'funds/2024/ledger.csv'), 'utf8');
    // 2024 states 基本支出 / 项目支出, so its ledger has the two columns.
    expect(csv.startsWith('\uFEFF行号,日期,凭证号,收支,类别,科目编码,科目,摘要,金额,支出类型,项目名称\r\n')).toBe(true);
    expect(csv).toMatch(/\r\n\d+,2024-[^\r]*,项目,职工书屋建设\r\n/);
    expect(csv).toContain('\r\n110,2024-09-10,记-2024-0107,支出,职工活动支出,50105,会员活动支出,');
    expect(csv.split('\r\n').length - 2).toBe(163);
  });

  it('prints every statement line of the page (HTML and print view) in the CSV download, line for line', () => {
    const periods = readdirSync(join(dist, 'funds'), { withFileTypes: true })
      .filter((e) => e.isDirectory() && existsSync(join(dist, 'funds', e.name, 'statement.csv')))
      .map((e) => e.name);
    expect(periods.length).toBeGreaterThanOrEqual(5);
    for (const period of periods) {
      const html = readFileSync(join(dist, 'funds', period, 'index.html'), 'utf8');
      const csv = readFileSync(join(dist, 'funds', period, 'statement.csv'), 'utf8')
        .trimEnd()
        .split('\r\n');
      for (const [title, side] of [
        ['收入', '收入明细'],
        ['支出', '支出明细'],
      ] as const) {
        const table = html.slice(
          html.indexOf(`<caption>${side}`),
          html.indexOf('</table>', html.indexOf(`<caption>${side}`)),
        );
        const shown = [
          ...table.matchAll(
            /<tr class="(category|sub|sub detail|total)"><th scope="row">(?:<a [^>]*>)?([^<]+)(?:<\/a>)?(?:<span class="item-note">[^<]*<\/span>)?<\/th><td class="num">([^<]+)<\/td><td class="num">([^<]+)<\/td>/g,
          ),
        ].map(([, kind, name, amount, share]) => [
          kind === 'total' ? '合计' : name,
          amount!.replace(/,/g, '').replace('\u2212', '-'),
          kind === 'total' ? '' : share,
        ]);
        const downloaded = csv
          .map((line) => line.split(','))
          .filter((cells) => cells[0] === title)
          // The CSV names a level 3 明细 with its account (会员活动支出—节日慰问); the page shows it under it.
          .map(([, code, category, account, amount, share]) => [
            code === '' ? '合计' : (account?.split('—').at(-1) ?? '') || category,
            amount,
            code === '' ? '' : share,
          ]);
        expect(shown.length, `${period} ${side}`).toBeGreaterThan(1);
        expect(downloaded, `${period} ${side}`).toEqual(shown);
      }
    }
  });

  it('renders a ledger page whose memo text is escaped, never HTML', () => {
    const ledgers = ['2022', '2024'].map((id) => join(dist, `funds/${id}/ledger/index.html`));
    expect(ledgers.some((file) => existsSync(file))).toBe(true);
  });

  it('publishes the demo reports, leaves the draft out, and lists them by period', () => {
    for (const slug of [
      '2019-2020-term-report',
      '2019-2020-audit-report',
      '2021-work-report',
      '2022-work-report',
      '2023-work-report',
      '2024-work-report',
    ]) {
      expect(existsSync(join(dist, `reports/${slug}/index.html`)), slug).toBe(true);
    }
    expect(existsSync(join(dist, 'reports/2024-audit-report'))).toBe(false);
    const list = text(readFileSync(join(dist, 'reports/index.html'), 'utf8'));
    expect(list).not.toContain('2024年度工会经费收支情况的审查报告');
    expect(list.indexOf('2024年度')).toBeLessThan(list.indexOf('2019—2020年度'));
  });

  it('prints figures in reports exactly as the statement shows them', () => {
    const report = text(readFileSync(join(dist, 'reports/2019-2020-audit-report/index.html'), 'utf8'));
    expect(report).toMatch(/职工福利费\s*274,945\.00 元\s*，\s*占本期支出合计的 78\.66%/);
    expect(report).toMatch(/期末结余\s*70,034\.59 元\s*（大写：\s*柒万零叁拾肆元伍角玖分\s*）/);
    expect(report).not.toContain('占总收入');
  });

  it('writes an audit page per period with checks, budget, sign-off and the 经审 report', () => {
    const audit = text(readFileSync(join(dist, 'audit/2019-2020/index.html'), 'utf8'));
    expect(audit).toContain('32,222.59 + 387,362.60 − 349,550.60 = 70,034.59');
    expect(audit).toContain('工会主席（签字） 周文斌');
    expect(audit).toContain('院工会经费审查委员会关于2019—2020年度工会经费收支情况的审查报告');
    const budget = text(readFileSync(join(dist, 'audit/2023/index.html'), 'utf8'));
    expect(budget).toContain('完成率 101.49%');
    expect(readFileSync(join(dist, 'funds/2023/index.html'), 'utf8')).toMatch(/class="signoff keep print-only"/);
  });
});

describe('the records pages of the demo site', () => {
  const page = (path: string) => text(readFileSync(join(dist, path, 'index.html'), 'utf8'));

  it('shows the 84 proposals of seed 001 merged into 37 and filed, with the rates in words', () => {
    const proposals = page('democracy/proposals');
    expect(proposals).toMatch(/六届六次职代会 46 26 20 20 20 20/);
    expect(proposals).toMatch(/六届七次职代会 38 21 17 17 17 17/);
    expect(proposals).toContain('88.89%（立案 81 件中已办结 72 件）');
    expect(proposals).toContain('采纳率 55.00%（建议 20 件中采纳 11 件）');
  });

  it('lists the latest meeting first, each proposal with its proposer, 代表团, answer and merged numbers', () => {
    const html = readFileSync(join(dist, 'democracy/proposals/index.html'), 'utf8');
    const sessions = [...html.matchAll(/<h2 id="(s-\d+-\d+)"/g)].map((m) => m[1]);
    expect(sessions).toEqual(['s-8-2', 's-7-3', 's-7-2', 's-6-7', 's-6-6']);
    const proposals = page('democracy/proposals');
    expect(proposals).toMatch(
      /T24-01 关于增加职工健康体检项目的提案 提案人： \S+ 代表团： 医技代表团 类别： 职工福利 承办部门： 院工会 状态： 已答复/,
    );
    expect(proposals).toMatch(/答复（2024-\d\d-\d\d）：\s?拟在 2025 年职工体检中增加/);
    expect(proposals).toMatch(/并入本案的提案（2 件）： T24-02 关于增加职工健康体检项目的建议/);
    // Every proposal, merged or not, has its own anchor.
    const csvRows = readFileSync(join(root, 'data/proposals.csv'), 'utf8').trim().split('\n').length - 1;
    expect([...html.matchAll(/ id="p-[^"]+"/g)]).toHaveLength(csvRows);
    expect(html).toContain('id="p-T24-02"');
  });

  it('filters the proposals by status and by 代表团 on pages of their own, which work without JavaScript', () => {
    const answered = page('democracy/proposals/status/answered');
    expect(answered).toContain('状态为“已答复”的提案');
    expect(answered).toContain('T24-01 关于增加职工健康体检项目的提案');
    expect(answered).not.toContain('T24-04 关于落实职工带薪休假的提案');
    const html = readFileSync(join(dist, 'democracy/proposals/index.html'), 'utf8');
    const delegation = /href="\/(democracy\/proposals\/delegation\/d-[0-9a-f]{8}\/)"[^>]*>护理代表团（(\d+) 件）/.exec(
      html,
    );
    expect(delegation).not.toBeNull();
    const nursing = readFileSync(join(dist, delegation![1]!, 'index.html'), 'utf8');
    expect(nursing.match(/<article class="proposal"/g)).toHaveLength(Number(delegation![2]));
    expect(text(nursing)).toContain('护理代表团的提案');
  });

  it('shows the 六届→七届 election with its margin checked', () => {
    const elections = page('democracy/elections');
    expect(elections).toContain('七届工会委员会选举');
    expect(elections).toMatch(/差额比例 9.09% 候选人比应选名额多 1 名；规定不低于 5.00%/);
    expect(elections).toContain('规定不低于 5.00%');
  });

  it('lists the sports meet with seven events and keeps 人 and 人次 apart', () => {
    const activities = page('activities/2023');
    expect(activities).toContain('托球跑、双腿夹球走、摸石过河、定点投篮、一分钟跳绳、踢毽子、金豆搬家七个项目');
    expect(page('activities')).toMatch(/2019—2020年度（六届工会任期后两年） 17 500人次；2,406余人/);
  });

  it('shows 入会率 with its denominator in words', () => {
    expect(page('members/membership')).toContain('91.24%（职工 468 人中会员 427 人）');
  });

  it('shows what members ask for: change on the cards, 说明 beside summary lines, budget in words, years, contact', () => {
    const statement = page('funds/2024');
    expect(statement).toContain('本期收入 223,262.33 22.33 万元 比上期减少 3,542.62 元（−1.56%）');
    expect(statement).toContain('人均支出 515.76 元/人 比上期减少 11.55 元/人（−2.19%）');
    expect(statement).toMatch(
      /收入 收入合计 226,804\.95 221,750\.00 — 221,750\.00 223,262\.33 100\.68% 超收 1,512\.33/,
    );
    expect(statement).toMatch(/支出 维权支出 11,300\.00 17,400\.00 — 17,400\.00 15,000\.00 86\.21% ※ 结余 2,400\.00/);
    expect(statement).toMatch(
      /支出 支出合计 221,996\.40 230,320\.00 — 230,320\.00 220,231\.40 95\.62% 结余 10,088\.60/,
    );
    expect(statement).not.toContain('▲');
    expect(page('funds/2023')).toContain('拨缴经费收入 说明：工资总额1160万元×2%，工会留成60%');
    expect(page('funds/2021')).toContain('上期2019—2020年度（六届工会任期后两年）共 731 天，本期 365 天');
    const funds = page('funds');
    expect(funds).toMatch(/职工服务支出 — — 26,220\.00 18,220\.00 25,850\.00/);
    expect(funds).toMatch(/人均支出合计 860\.96 496\.55 575\.67 527\.31 515\.76/);
    expect(page('')).toContain('入会率 91.24% 职工 468 人中会员 427 人 比上期降低 0.08 个百分点');
    for (const path of ['', 'funds/2024', 'democracy/proposals', 'audit'])
      expect(page(path), path).toContain('监督与意见 监督电话 0576-88810012');
  });

  it('names no data file and writes no formula on a member page: those are on the audit pages', () => {
    const memberPages = [
      '',
      'funds',
      'funds/2024',
      'funds/2024/ledger',
      'funds/2024/balance-sheet',
      'funds/2024/income-expense',
      'democracy',
      'democracy/proposals',
      'democracy/congress',
      'democracy/elections',
      'members/membership',
      'activities',
      'activities/aid',
      'disclosure',
      'reports/2024-work-report',
    ];
    for (const path of memberPages) {
      const html = readFileSync(join(dist, path, 'index.html'), 'utf8');
      const visible = text(html);
      expect(visible, path).not.toMatch(/[\w-]+\.(csv|ya?ml|xlsx|json)\b/);
      expect(visible, path).not.toContain('÷');
      // The data stamp with its digest is printed (the print header and the footer's print-only
      // line); on screen only /audit/ shows it.
      const onScreen = html
        .replace(/<div class="print-header"[\s\S]*?<\/div>/, '')
        .replace(/<p class="[^"]*print-only[^"]*" data-print-stamp>[\s\S]*?<\/p>/, '');
      expect(text(onScreen), path).not.toContain('数据指纹');
    }
  });

  it('shows aid as aggregates: the 15 payments of 11,500 yuan to hardship families in 2019–2020 (seed 001)', () => {
    const aid = page('activities/aid');
    // 金秋助学 went to 2 people: merged with 困难帮扶 (13 payments, 9,500.00), the next smallest
    expect(aid).toMatch(/其他（合并列示） 15 人次 11,500\.00/);
    expect(aid).not.toMatch(/金秋助学 2 人次/);
    expect(aid).toContain('少于 3 人，不单独公开');
  });

  it('publishes no aid group of fewer than 3 people: 大病帮扶 had one in 2023 and in 2024', () => {
    const aid = page('activities/aid');
    expect(aid).not.toMatch(/大病帮扶 1 人次/);
    expect(aid).not.toMatch(/ [12] 人次 /);
  });
});

describe('a failed build', () => {
  it('stops with the report and leaves the old dist/ exactly as it was', () => {
    const data = mkdtempSync(join(tmpdir(), 'union-data-'));
    cpSync(join(root, 'test/fixtures/base'), data, { recursive: true });
    writeFileSync(join(data, 'funds/2022.csv'), '科目,金额\n会费收入,20xx0\n');
    const target = join(out, 'stale-dist');
    cpSync(join(root, 'test/fixtures/base'), target, { recursive: true }); // a stale "site"
    const result = build({ UNION_DATA_DIR: data, UNION_CONTENT_DIR: noReports, UNION_DIST_DIR: target });
    expect(result.status).toBe(1);
    expect(result.output).toContain('funds/2022.csv:2:2  “金额”不是有效金额：占位符');
    expect(result.output).toContain(`网站未更新，${target} 保持原样。`);
    expect(readFileSync(join(target, 'funds/2022.csv'), 'utf8')).toBe(
      readFileSync(join(root, 'test/fixtures/base/funds/2022.csv'), 'utf8'),
    );
  });

  it('escapes markup in memo text', () => {
    const data = mkdtempSync(join(tmpdir(), 'union-data-'));
    cpSync(join(root, 'test/fixtures/base'), data, { recursive: true });
    const ledger = readFileSync(join(data, 'funds/2023.csv'), 'utf8').replace(
      '春节慰问品',
      '<script>alert(1)</script><b>慰问</b>',
    );
    writeFileSync(join(data, 'funds/2023.csv'), ledger);
    const target = join(out, 'escape-dist');
    const result = build({ UNION_DATA_DIR: data, UNION_CONTENT_DIR: noReports, UNION_DIST_DIR: target });
    expect(result.status, result.output).toBe(0);
    const html = readFileSync(join(target, 'funds/2023/ledger/index.html'), 'utf8');
    expect(html).not.toContain('<script>alert(1)</script>');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;&lt;b&gt;慰问&lt;/b&gt;');
  });
});
