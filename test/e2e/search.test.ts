// End to end: the demo site built under a base path with a fixed build date (by the e2e
// global setup), served on loopback and searched in Debian's Chromium. Checks Chinese search
// (Pagefind extended edition), that nothing is fetched from outside the host, and the
// disclosure pages.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser } from '../../scripts/lib/browser.ts';
import { serveStatic } from '../../scripts/lib/static-server.ts';

const root = resolve(import.meta.dirname, '../..');
// The /gonghui/ build of test/e2e/global-setup.ts, built for 2025-06-30.
const dist = inject('baseDist');
const BASE = '/gonghui/';
let site: Awaited<ReturnType<typeof serveStatic>>;
let browser: Browser;
let page: Page;
const outside: string[] = [];

beforeAll(async () => {
  site = await serveStatic(dist, BASE);
  browser = await launchBrowser();
  page = await browser.newPage();
  await page.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (url.hostname === '127.0.0.1') return route.continue();
    outside.push(url.href);
    return route.abort();
  });
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

/** A result as the search page shows it: page path (relative to the base), section anchor, excerpt. */
interface Hit {
  path: string;
  /** The section linked to (decoded, without "#"), or "" for the top of the page. */
  anchor: string;
  excerpt: string;
  /** The highlighted parts of the excerpt. */
  marks: string[];
}

/** Results, best first, as the search page shows them (only the first 20 until 显示更多). */
async function search(term: string): Promise<Hit[]> {
  await page.goto(`${site.url}search/?q=${encodeURIComponent(term)}`);
  await page.waitForFunction(
    () => /共|没有找到|不可用|常用/.test(document.querySelector('.search-status')?.textContent ?? ''),
    null,
    { timeout: 5000 },
  );
  const status = (await page.textContent('.search-status')) ?? '';
  if (status.includes('不可用')) throw new Error(status);
  return hits();
}

async function hits(): Promise<Hit[]> {
  const raw = await page.$$eval(
    '.search-results li',
    (items, base) =>
      items.map((li) => ({
        href: li.querySelector('a')!.getAttribute('href')!.slice(base.length),
        excerpt: li.querySelector('p')!.textContent!,
        marks: [...li.querySelectorAll('p mark')].map((m) => m.textContent!),
      })),
    BASE,
  );
  return raw.map(({ href, excerpt, marks }) => {
    const [path = '', anchor = ''] = href.split('#');
    return { path, anchor: decodeURIComponent(anchor), excerpt, marks };
  });
}

describe('Chinese search in a real browser, offline, under a base path', () => {
  it.each([
    { term: '经费', first: ['funds/'], why: 'the fund disclosure overview' },
    {
      term: '2023年度',
      first: ['funds/2023/', 'audit/2023/', 'reports/2023-work-report/', 'activities/2023/'],
      why: 'a period label finds its statement, audit page, report or activities',
    },
    {
      term: '资本性支出',
      first: [
        // The funds index shows each category over all periods (历年变化), so it may come first.
        'funds/',
        'funds/2024/',
        'funds/2023/',
        'funds/2024/income-expense/',
        'funds/2023/income-expense/',
        'audit/2024/',
        'audit/2023/',
      ],
      why: 'a category name finds a statement or budget showing it',
    },
    {
      term: '帮扶',
      first: [
        'activities/aid/',
        'funds/2024/',
        'funds/2023/',
        'funds/2022/',
        'funds/2024/ledger/',
        'funds/2022/ledger/',
        'reports/2019-2020-work-report/',
        'reports/2021-work-report/',
        'reports/2022-work-report/',
        'reports/2023-work-report/',
        'reports/2024-work-report/',
      ],
      why: 'the aid page, hardship aid lines or the reports on aid work',
    },
    { term: '生日蛋糕', first: ['funds/2024/ledger/', 'funds/2022/ledger/'], why: 'a memo word of the ledger' },
    { term: '公开目录', first: ['disclosure/'], why: 'the register' },
    { term: '院工会2023年度工作报告', first: ['reports/2023-work-report/'], why: 'a report title finds its report' },
    {
      term: '职工趣味运动会',
      first: ['activities/2023/', 'activities/2024/'],
      why: 'an activity name finds the activities page of its year',
    },
    {
      term: '职代会',
      first: ['democracy/congress/', 'democracy/', 'democracy/proposals/', 'democracy/elections/'],
      why: 'the congress finds a democracy page',
    },
    { term: '提案', first: ['democracy/proposals/'], why: 'proposals find the proposals page' },
  ])('$term → $why', async ({ term, first }) => {
    const results = await search(term);
    expect(results.length, `no result for ${term}`).toBeGreaterThan(0);
    expect(first).toContain(results[0]!.path);
  });

  it.each([
    {
      term: '我们科室的提案',
      path: 'democracy/proposals/',
      anchor: 'h-filters',
      why: 'the function words 我们 and 的 are dropped; 科室 + 提案 find the filter by 代表团（科室）',
    },
    {
      term: '带薪休假',
      path: 'democracy/proposals/',
      anchor: 'p-T24-04',
      why: 'a proposal title lands on the proposal itself',
    },
    {
      term: 'T24-02',
      path: 'democracy/proposals/',
      anchor: 'p-T24-02',
      why: 'a merged proposal is found by its own number, under the one it was merged into',
    },
    {
      term: '生日蛋糕卡',
      path: 'funds/2024/ledger/',
      anchor: '',
      why: 'a memo word still finds the ledger first',
    },
    {
      term: '防暑降温',
      path: 'reports/2024-work-report/',
      anchor: '关心关爱让职工感受组织温暖',
      why: 'a word of a report lands on the section of the report that holds it',
    },
  ])('$term → $path#$anchor: $why', async ({ term, path, anchor }) => {
    const [first] = await search(term);
    expect(first, `no result for ${term}`).toBeDefined();
    expect([first!.path, first!.anchor]).toEqual([path, anchor]);
  });

  it('marks the words searched for, never a longer word that only starts with one of them', async () => {
    const results = await search('带薪休假');
    expect(results[0]!.marks).toEqual(['带薪休假']);
    const fund = await search('工会经费');
    const marks = fund.flatMap((r) => r.marks);
    expect(marks.length).toBeGreaterThan(0);
    expect(
      marks.every((m) => ['工会经费', '工会', '经费'].includes(m)),
      marks.join('、'),
    ).toBe(true);
  });

  it('does not search for a function word on its own, and says why', async () => {
    expect(await search('的')).toEqual([]);
    expect(await page.textContent('.search-status')).toContain('很常用的字词');
    await search('我们科室的提案');
    expect(await page.textContent('.search-status')).toContain('已略去');
  });

  it('shows every result, 20 at a time, with 显示更多', async () => {
    const first = await search('经费');
    const status = (await page.textContent('.search-status')) ?? '';
    const total = Number(/共 (\d+) 个/.exec(status)?.[1]);
    expect(total).toBeGreaterThan(20);
    expect(first).toHaveLength(20);
    while (await page.locator('.search-more').count()) {
      const shown = await page.locator('.search-results li').count();
      await page.click('.search-more');
      await page.waitForFunction((n) => document.querySelectorAll('.search-results li').length > n, shown);
    }
    const all = await hits();
    expect(all).toHaveLength(total);
    expect(new Set(all.map((r) => r.path)).size).toBe(total);
    expect(await page.textContent('.search-status')).not.toContain('已显示');
  });

  it('finds nothing for the real name of an aid recipient (named with an illness in aid.csv)', async () => {
    expect(readFileSync(join(root, 'data/aid.csv'), 'utf8')).toContain('春节帮扶,困难帮扶,郝华玉');
    expect(await search('郝华玉')).toEqual([]);
  });

  it.each(['罗佳洋', '邓磊佳', '夏华琳'])(
    'shows no excerpt with the name of %s, listed in a 公示 (Chinese search may match single characters)',
    async (name) => {
      expect(readFileSync(join(root, 'data/aid.csv'), 'utf8')).toContain(`,${name},`);
      expect((await search(name)).filter((r) => r.excerpt.includes(name))).toEqual([]);
    },
  );

  it('finds a memo word on the ledgers that contain it, with the word highlighted', async () => {
    const results = await search('生日蛋糕');
    const paths = results.map((r) => r.path);
    expect(paths).toEqual(expect.arrayContaining(['funds/2022/ledger/', 'funds/2024/ledger/']));
    // A summary period's statement shows its lines' 摘要 as 说明, so it may match too.
    expect(paths.every((p) => p.includes('ledger/') || p.startsWith('reports/') || /^funds\/[\d-]+\/$/.test(p))).toBe(
      true,
    );
    expect(await page.locator('.search-results mark').first().textContent()).toBe('生日蛋糕');
  });

  it('indexes only <main>: header, footer and the search page itself are not found', async () => {
    // Chinese search also matches single characters (跳 of 跳绳), so look for the phrase itself.
    expect((await search('跳到正文')).filter((r) => r.excerpt.includes('跳到正文'))).toEqual([]);
    expect((await search('全站搜索')).map((r) => r.path)).not.toContain('search/');
  });

  it('fetches nothing from outside the host', () => {
    expect(outside).toEqual([]);
  });
});

describe('the disclosure pages for the build date 2025-06-30', () => {
  const html = (path: string) => readFileSync(join(dist, path), 'utf8');
  const text = (path: string) =>
    html(path)
      .replace(/<[^>]+>/g, ' ')
      .replace(/\s+/g, ' ');

  it('shows the two overdue items on the home page, without a link to what is not published', () => {
    const home = text('index.html');
    expect(home).toContain('逾期未公开（2 项）');
    expect(home).toMatch(/院工会2024年度工作报告（提请审议稿） ?：应于 2025-04-30 前公开，已逾期 61 天/);
    expect(home).toMatch(/2024年度经审报告：应于 2025-04-30 前公开，已逾期 61 天/);
    const box = /<section[^>]*class="overdue-box"[\s\S]*?<\/section>/.exec(html('index.html'))![0];
    expect(box.match(/<a /g)).toHaveLength(1); // only 公开目录
    expect(box).not.toContain(`href="${BASE}reports/2024-work-report/"`);
  });

  it('lists the latest disclosures on the home page, an ended notice marked and unlinked', () => {
    const home = text('index.html');
    expect(home).toMatch(/2025-03-28 \[经费收支\] 2024年度经费收支表/);
    expect(home).toMatch(/2024-10-23 \[帮扶公示\] 2024年10月大病帮扶公示（1人次） （公示期满）/);
    expect(home).toMatch(/2024-09-13 \[提案办理\] 八届二次职代会提案办理情况/);
  });

  it('lists every item of the register with its status', () => {
    const register = text('disclosure/index.html');
    expect(register).toContain('已公开 27 项');
    expect(register).toContain('待公开 0 项');
    expect(register).toContain('逾期未公开 2 项');
    expect(register).toContain('公示期满 3 项');
    expect(register).toMatch(/2023年度经费收支表 2023年度 全体 2024-04-12 2024-03-30 已公开 逾期 13 天公开/);
    expect(register).toMatch(/2023年度经费预算 2023年度 全体 2023-02-24 2023-04-01 已公开/);
    expect(register).toMatch(/院工会2023年度工作报告 2023年度 全体 2024-03-29 2024-04-29 已公开/);
    expect(register).toMatch(/2024年度经审报告 2024年度 全体 — 2025-04-30 逾期未公开 已逾期 61 天/);
    expect(register).toMatch(/七届二次职代会决议 2021-03-26 全体 2021-04-16 2021-04-10 已公开 逾期 6 天公开/);
    expect(register).toMatch(/七届经费审查委员会选举结果 2021-01-14 全体 2021-01-20 2021-01-29 已公开/);
    expect(register).toMatch(
      /2024年1月春节帮扶公示（5人次） 2024-01-22 至 2024-01-26 会员 2024-01-22 2024-02-02 公示期满 公示已于 2024-02-05 结束/,
    );
    expect(register).toMatch(/八届二次职代会提案办理情况 2024-03-22 全体 2024-09-13 2024-09-18 已公开/);
    expect(html('disclosure/index.html')).toContain(`href="${BASE}democracy/elections/#e-7-2"`);
    expect(html('disclosure/index.html')).not.toContain(`href="${BASE}activities/aid/"`);
  });

  it('links every register item that has a page to a page and an anchor that exist', () => {
    const links = [...html('disclosure/index.html').matchAll(/<th scope="row"><a href="([^"]+)"/g)].map((m) => m[1]!);
    // 32 rows less the missing 经审 report and three ended notices, plus the overdue work report listed twice
    expect(links).toHaveLength(29);
    for (const link of links) {
      const [path, anchor] = link.slice(BASE.length).split('#');
      const target = html(`${path}index.html`);
      if (anchor) expect(target, link).toContain(`id="${anchor}"`);
    }
  });

  it('prints the data stamp in the footer of every page and ships no script outside the search page but the 大字 memory and the ledger sorting', () => {
    // 数据截至: the latest date of the data (the 2024 statement, published 2025-03-28); 生成日期: the build date.
    const siteWide = /数据截至 2025-03-28 · 生成日期 2025-06-30 · 数据指纹 ([0-9a-f]{12})/;
    /** The page without the one inline script every page may carry (it remembers 大字). */
    const scripts = (path: string) => {
      expect(html(path), path).toContain('<script data-reader-settings>');
      const page = html(path).replace(/<script data-reader-settings>[\s\S]*?<\/script>/, '');
      if (!path.includes('/ledger/')) return page;
      // A ledger page also carries the column sorting (src/scripts/ledger-sort.ts), one module script.
      const sort = /<script type="module">[^<]*table\[data-sortable\][^<]*<\/script>/;
      expect(page, path).toMatch(sort);
      return page.replace(sort, '');
    };
    const home = siteWide.exec(html('index.html'))?.[1];
    expect(home).toBeDefined();
    for (const path of ['index.html', 'audit/index.html']) {
      expect(siteWide.exec(html(path))?.[1], path).toBe(home);
      expect(scripts(path)).not.toContain('<script');
    }
    // The other pages print the digest of the figures they show, not the site-wide one.
    const own = (path: string) =>
      /数据截至 2025-03-28 · 生成日期 2025-06-30 · 本页数据指纹 ([0-9a-f]{12})/.exec(html(path))?.[1];
    for (const path of [
      'funds/2024/index.html',
      'funds/2023/index.html',
      'funds/2024/ledger/index.html',
      'disclosure/index.html',
      'members/index.html',
    ]) {
      expect(own(path), path).toBeDefined();
      expect(own(path), path).not.toBe(home);
      expect(scripts(path)).not.toContain('<script');
    }
    expect(own('funds/2024/index.html')).not.toBe(own('funds/2023/index.html'));
    expect(html('search/index.html')).toContain(`src="${BASE}scripts/site-search.js"`);
  });

  describe('one truth per status: no page says what the register contradicts', () => {
    const pages = readdirSync(dist, { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.html'))
      .map((f) => ({ path: f, text: text(f) }));
    const register = html('disclosure/index.html');
    /** The register's rows as title → status (published, due, overdue, expired), from its tables. */
    const statuses = new Map(
      [...register.matchAll(/<tr class="status-row-(\w+)"><th scope="row">([\s\S]*?)<\/th>/g)].map(
        (m) => [m[2]!.replace(/<[^>]+>/g, '').trim(), m[1]!] as const,
      ),
    );

    it('reads the register', () => {
      expect(statuses.get('2024年度经审报告')).toBe('overdue');
      expect(statuses.get('2024年度经费收支表')).toBe('published');
      expect(statuses.size).toBeGreaterThan(25);
    });

    it('says an item is published only where the register has it published', () => {
      const claims: string[] = [];
      for (const { path, text: t } of pages) {
        for (const clause of t.split(/[。；]/)) {
          if (!/已在本站公开|均已公开|全部公开|已公开/.test(clause)) continue;
          for (const [title, status] of statuses) {
            const said = clause.indexOf(title);
            if (said < 0 || status === 'published' || status === 'expired') continue;
            // The clause names an unpublished item: it must say so, not claim it published.
            if (!/尚未公开|逾期未公开|待公开/.test(clause.slice(said))) claims.push(`${path}: ${clause.trim()}`);
          }
        }
      }
      expect(claims).toEqual([]);
    });

    it('has no report claim that all of a kind is published while the register has one of its year not published', () => {
      const claims: string[] = [];
      for (const { path, text: t } of pages) {
        const year = /^reports\/(\d{4})/.exec(path)?.[1];
        if (!year) continue;
        for (const clause of t.split(/[。；]/)) {
          if (!/(全部|均已|都已|均在|全都)[^，]*公开/.test(clause)) continue;
          for (const [title, status] of statuses) {
            if (status === 'published' || status === 'expired' || !title.includes(year)) continue;
            const kind = ['经审报告', '经费收支', '预算', '工作报告'].find(
              (k) => title.includes(k) && clause.includes(k),
            );
            if (kind) claims.push(`${path}: ${clause.trim()}（公开目录：${title}未公开）`);
          }
        }
      }
      expect(claims).toEqual([]);
    });

    it('has the 2024 work report say what the register says of 2024', () => {
      // A figure's number and unit sit in spans of their own (figurePieces): read the words without them.
      const prose = html('reports/2024-work-report/index.html')
        .replace(/<\/?span[^>]*>/g, '')
        .replace(/<[^>]+>/g, ' ')
        .replace(/\s+/g, ' ');
      expect(prose).toContain(
        '2024年度经费收支表、2024年度经费预算已在本站公开；2024年度经审报告尚未公开（应于 2025-04-30 前公开，已逾期 61 天）',
      );
    });

    it('never calls an activity planned once its date has passed', () => {
      const stale: string[] = [];
      for (const { path, text: t } of pages)
        for (const m of t.matchAll(/(\d{4}-\d{2}-\d{2})[^（]{1,40}（计划）/g))
          if (m[1]! < '2025-06-30') stale.push(`${path}: ${m[0]}`);
      expect(stale).toEqual([]);
      const activities = text('activities/index.html');
      expect(activities).toContain('2025-03-07 三八妇女节女职工活动（未举办/待更新）');
      expect(activities).toContain('2025-05-09 护理技能竞赛（未举办/待更新）');
      expect(activities).not.toContain('已列入计划');
    });

    it('names the two dates honestly: 数据截至 is not after 生成日期', () => {
      for (const { path, text: t } of pages) {
        const m = /数据截至 (\d{4}-\d{2}-\d{2}) · 生成日期 (\d{4}-\d{2}-\d{2})/.exec(t);
        if (!m) continue;
        expect(m[1]! <= m[2]!, path).toBe(true);
        expect(m[2], path).toBe('2025-06-30');
      }
    });
  });
});
