import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { generateBenchSet } from '../../scripts/bench/generate/generate-data-set.ts';
import {
  INSTALL_KEY,
  installFailure,
  installObservable,
  readPeerPeriods,
  writeObservableProject,
} from '../../scripts/bench/observable-peer.ts';
import {
  OBSERVABLE_VERSION,
  observablePageCount,
  observableProjectFiles,
  peerAccounts,
} from '../../scripts/bench/observable-project.ts';
import { writeBenchSet } from '../../scripts/bench/write-data-set.ts';
import { buildCharts } from '../../src/lib/accounts/charts.ts';
import { loadSite } from '../../src/lib/site/load-site.ts';

const folders: string[] = [];
function tempFolder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'observable-peer-test-'));
  folders.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of folders.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A tiny data set written to disk, with the figures our own loader computes from it. */
function tinySet() {
  const set = generateBenchSet({ periods: 2, linesPerPeriod: 40, activities: 0, reports: 0 });
  const work = tempFolder();
  const { data } = writeBenchSet(work, set);
  const encoder = new TextEncoder();
  const site = loadSite(new Map([...set.data].map(([path, text]) => [path, encoder.encode(text)]))).site!;
  return { work, data, site };
}

/** "1,234.50" → 123450 (the peer prints yuan with two decimals). */
function fenOf(yuan: string): number {
  const negative = yuan.startsWith('-');
  const digits = Number(yuan.replace(/[-,.]/g, ''));
  return negative ? -digits : digits;
}

/** The cells of each <tr> of an HTML table, as text. */
function tableRows(html: string): string[][] {
  return [...html.matchAll(/<tr>(.*?)<\/tr>/g)].map((m) =>
    [...m[1]!.matchAll(/<t[dh]>(.*?)<\/t[dh]>/g)].map((c) => c[1]!),
  );
}

/** Runs a page loader of the project as Framework does (cwd the project, --period=<id>). */
function runLoader(project: string, loader: string, period: string): string {
  return execFileSync(process.execPath, [join(project, 'src/[period]', loader), `--period=${period}`], {
    cwd: project,
    encoding: 'utf8',
  });
}

describe('observableProjectFiles', () => {
  const periods = [
    { id: '2023', label: '2023年度' },
    { id: '2024', label: '2024年度' },
  ];
  const files = observableProjectFiles(periods, { 会费收入: { code: '401', name: '会费收入', kind: 'income' } });

  it('writes the config, the index, the shared reader and one page loader each for statements and ledgers', () => {
    expect([...files.keys()].sort()).toEqual([
      'lib/accounts.json',
      'lib/fund.js',
      'lib/periods.json',
      'observablehq.config.js',
      'package.json',
      'src/[period]/ledger.md.js',
      'src/[period]/statement.md.js',
      'src/index.md',
    ]);
    expect(observablePageCount(periods)).toBe(5);
  });

  it('lists a statement and a ledger route per period as dynamic paths, with search on', () => {
    const config = files.get('observablehq.config.js')!;
    expect(config).toContain('dynamicPaths: ["/2023/statement","/2023/ledger","/2024/statement","/2024/ledger"]');
    expect(config).toContain('search: true');
    expect(config).toContain('root: "src"');
  });

  it('links every page from the index under the period names, and pins the Framework version', () => {
    expect(files.get('src/index.md')).toBe(
      [
        '# 会务公开（对照）',
        '',
        '- 2023年度：[收入支出表](/2023/statement) · [明细账](/2023/ledger)',
        '- 2024年度：[收入支出表](/2024/statement) · [明细账](/2024/ledger)',
        '',
      ].join('\n'),
    );
    expect(JSON.parse(files.get('package.json')!).dependencies).toEqual({
      '@observablehq/framework': OBSERVABLE_VERSION,
    });
    expect(JSON.parse(files.get('lib/periods.json')!)).toEqual({ 2023: '2023年度', 2024: '2024年度' });
  });
});

describe('peerAccounts', () => {
  const table = peerAccounts(buildCharts().charts);

  it.each([
    ['会费收入', '401', 'income'],
    ['50101', '50101', 'expense'],
    ['宣传费', '50103', 'expense'],
    ['会议费', '50502', 'expense'], // a 2009 name, mapped as our loader maps it
    ['办公费', '50591', 'expense'],
  ])('resolves %s to %s (%s)', (written, code, kind) => {
    expect(table[written]).toMatchObject({ code, kind });
  });
});

describe('the generated project on a tiny data set', () => {
  it('reads the periods of the data folder from periods.csv', () => {
    const { data } = tinySet();
    expect(readPeerPeriods(data)).toEqual([
      { id: '2023', label: '2023年度' },
      { id: '2024', label: '2024年度' },
    ]);
  });

  it('states the same account totals, side totals and surplus as our statement, and lists every ledger line', () => {
    const { work, data, site } = tinySet();
    const install = join(work, 'install');
    mkdirSync(join(install, 'node_modules'), { recursive: true });
    const project = join(work, 'peer');
    const written = writeObservableProject(project, data, install);
    expect(written.pages).toBe(5);
    expect(readdirSync(join(project, 'data/funds')).sort()).toEqual(['2023.csv', '2024.csv']);
    for (const period of site.periods) {
      const id = period.statement.period.id;
      const rows = tableRows(runLoader(project, 'statement.md.js', id)).slice(1);
      const byName = new Map(rows.map((r) => [r[2]!, r]));
      const ours = [...period.statement.income.categories, ...period.statement.expense.categories].flatMap(
        (c) => c.lines,
      );
      expect(
        rows.some((r) => r[0] === '未识别'),
        'unresolved accounts',
      ).toBe(false);
      expect(rows.length).toBe(ours.length + 3);
      for (const line of ours) {
        const row = byName.get(line.account.name);
        expect(row, line.account.name).toBeDefined();
        expect([row![1], fenOf(row![3]!)]).toEqual([line.account.code, line.fen]);
      }
      expect(fenOf(byName.get('收入合计')![3]!)).toBe(period.statement.income.totalFen);
      expect(fenOf(byName.get('支出合计')![3]!)).toBe(period.statement.expense.totalFen);
      expect(fenOf(byName.get('收支差额')![3]!)).toBe(period.statement.surplusFen);

      const ledger = runLoader(project, 'ledger.md.js', id);
      expect(ledger.startsWith(`# ${id}年度 明细账`)).toBe(true);
      const lines = tableRows(ledger).slice(1);
      expect(lines).toHaveLength(period.statement.lineCount);
      const fund = readFileSync(join(data, 'funds', `${id}.csv`), 'utf8')
        .split('\r\n')[1]!
        .split(',');
      expect(lines[0]![1]).toBe(fund[1]); // the voucher of the first line, in file order
    }
  });

  it('escapes markup and Framework expressions in memos, and reads quoted cells', () => {
    const { work, data } = tinySet();
    const fundFile = join(data, 'funds/2024.csv');
    const text = readFileSync(fundFile, 'utf8').split('\r\n');
    text.splice(1, 0, '2024-01-02,记-2024-999999,会费收入,"1,000.00","<b>会费</b>, ${x} ""补缴"""');
    writeFileSync(fundFile, text.join('\r\n'));
    const install = join(work, 'install');
    mkdirSync(join(install, 'node_modules'), { recursive: true });
    const project = join(work, 'peer');
    writeObservableProject(project, data, install);
    const first = tableRows(runLoader(project, 'ledger.md.js', '2024'))[1]!;
    expect(first).toEqual([
      '2024-01-02',
      '记-2024-999999',
      '会费收入',
      '1,000.00',
      '&#60;b&#62;会费&#60;/b&#62;, &#36;{x} &#34;补缴&#34;',
    ]);
  });
});

describe('installObservable', () => {
  it('comes back skipped with npm’s error, never throws, and leaves no partial install', async () => {
    const cache = tempFolder();
    const npm = {
      command: process.execPath,
      args: [
        '-e',
        'console.error("npm error code ENOTFOUND\\nnpm error syscall getaddrinfo\\nnpm error network request to https://registry.npmjs.org/@observablehq%2fframework failed, reason: getaddrinfo ENOTFOUND registry.npmjs.org\\nnpm error A complete log of this run can be found in: /x.log"); process.exit(1)',
      ],
    };
    const result = await installObservable(cache, npm);
    expect(result).toEqual({
      ok: false,
      reason: `npm install @observablehq/framework@${OBSERVABLE_VERSION} failed: code ENOTFOUND; network request to https://registry.npmjs.org/@observablehq%2fframework failed, reason: getaddrinfo ENOTFOUND registry.npmjs.org`,
    });
    expect(readdirSync(cache)).toEqual([]);
  });

  it('comes back skipped when npm cannot start', async () => {
    const cache = tempFolder();
    const result = await installObservable(cache, { command: join(cache, 'no-such-npm'), args: [] });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.reason).toMatch(/^.*no-such-npm could not start \(.*ENOENT/);
    expect(readdirSync(cache)).toEqual([]);
  });

  it('reuses a complete install without running npm', async () => {
    const cache = tempFolder();
    mkdirSync(join(cache, INSTALL_KEY), { recursive: true });
    writeFileSync(join(cache, INSTALL_KEY, 'installed.txt'), 'x\n');
    const result = await installObservable(cache, { command: join(cache, 'no-such-npm'), args: [] });
    expect(result).toEqual({ ok: true, dir: join(cache, INSTALL_KEY), cached: true });
    expect(existsSync(join(cache, INSTALL_KEY, 'installed.txt'))).toBe(true);
  });
});

describe('installFailure', () => {
  it.each([
    [
      'npm ERR! code E404\nnpm ERR! 404 Not Found - GET https://registry.npmjs.org/x',
      1,
      'code E404; 404 Not Found - GET https://registry.npmjs.org/x',
    ],
    ['some other output\n', 1, 'npm exited with code 1'],
    ['npm error code ETIMEDOUT\nnpm error errno ETIMEDOUT\nnpm error\n', 1, 'code ETIMEDOUT'],
  ])('reads %j as one line', (output, code, expected) => {
    expect(installFailure(output, code)).toBe(expected);
  });
});
