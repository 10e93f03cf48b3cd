import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../../scripts/lib/browser.ts';

const root = resolve(import.meta.dirname, '../..');
const work = mkdtempSync(join(tmpdir(), 'union-dev-'));
const data = join(work, 'data');
const content = join(work, 'content');
cpSync(join(root, 'data'), data, { recursive: true });
cpSync(join(root, 'content'), content, { recursive: true });
const ledger = join(data, 'funds/2024.csv');
const good = readFileSync(ledger, 'utf8');

let dev: ChildProcess;
let browser: Browser;
let page: Page;
let url = '';

/** Waits until the page (reloading itself) satisfies `test`, or fails after `ms`. */
async function waitFor(test: () => Promise<boolean>, ms = 150_000): Promise<void> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (await test().catch(() => false)) return;
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error('timed out');
}

describe('npm run dev', () => {
  beforeAll(async () => {
    dev = spawn(process.execPath, ['scripts/dev.ts', '--port', '0'], {
      cwd: root,
      env: {
        ...process.env,
        UNION_DATA_DIR: data,
        UNION_CONTENT_DIR: content,
        UNION_PREVIEW_DIR: join(work, 'site'),
        UNION_BUILD_DATE: '2026-12-01',
      },
    });
    url = await new Promise<string>((done, fail) => {
      let out = '';
      dev.stdout!.on('data', (chunk: Buffer) => {
        out += chunk.toString();
        const match = /预览地址：(http:\/\/127\.0\.0\.1:\d+\/)/.exec(out);
        if (match) done(match[1]!);
      });
      dev.once('exit', (code) => fail(new Error(`dev exited with ${code}: ${out}`)));
    });
    browser = await launchBrowser();
    page = await browser.newPage();
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    dev?.kill('SIGTERM');
  });

  it('shows the site, the problem page while a file is broken, and the site again once fixed', async () => {
    await page.goto(`${url}funds/2024/`);
    await waitFor(async () => (await page.locator('h1').first().textContent())?.includes('2024') === true);
    const statement = await page.locator('main').textContent();

    writeFileSync(ledger, good.replace('1380.00', '13xx.00'));
    await waitFor(async () => (await page.locator('main[data-preview="problems"]').count()) === 1);
    const problems = await page.locator('main').textContent();
    expect(problems).toContain('数据检查未通过');
    expect(problems).toContain('funds/2024.csv:2:5');
    expect(problems).toContain('占位符');

    writeFileSync(ledger, good);
    await waitFor(
      async () =>
        (await page.locator('main[data-preview="problems"]').count()) === 0 &&
        (await page.locator('h1').first().textContent())?.includes('2024') === true,
    );
    expect(await page.locator('main').textContent()).toBe(statement);
  }, 400_000);
});
