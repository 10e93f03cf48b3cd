/**
 * The 签字栏 and the table box, rendered with Astro's container API (as charts.test.ts:
 * its own Vite server from the project's Astro config, one Astro runtime instance).
 */
import { getViteConfig } from 'astro/config';
import type { experimental_AstroContainer } from 'astro/container';
import { createServer, type ViteDevServer } from 'vite';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Signoff } from '../../src/lib/signoffs/signoffs-table.ts';

type Container = experimental_AstroContainer;
type Component = Parameters<Container['renderToString']>[0];

let server: ViteDevServer | undefined;
let container: Container;
let SignOff: Component;

beforeAll(async () => {
  const root = process.cwd();
  const viteConfig = await getViteConfig({ root }, { root, logLevel: 'silent' })({ command: 'serve', mode: 'test' });
  server = await createServer({
    ...viteConfig,
    configFile: false,
    logLevel: 'silent',
    appType: 'custom',
    server: { middlewareMode: true, hmr: false, ws: false, watch: null },
  });
  const { experimental_AstroContainer: AstroContainer } = (await server.ssrLoadModule('astro/container')) as {
    experimental_AstroContainer: typeof experimental_AstroContainer;
  };
  container = await AstroContainer.create();
  SignOff = ((await server.ssrLoadModule('/src/components/funds/SignOff.astro')) as { default: Component }).default;
});

afterAll(async () => {
  await server?.close();
});

const signed: Signoff = {
  periodId: '2024',
  chair: '刘志刚',
  auditChair: '赵雅琴',
  financeHead: '陈立新',
  preparer: '孙婷',
  prepared: '2025-01-08',
  reviewed: '2025-01-16',
  line: 6,
  columns: { periodId: 1, chair: 2, auditChair: 3, financeHead: 4, preparer: 5, prepared: 6, reviewed: 7, signed: 8 },
};

/** The visible text of the rendered HTML, tags removed and spaces collapsed. */
const text = (html: string) =>
  html
    .replace(/<[^>]*>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

describe('SignOff (签字栏)', () => {
  test('gives each of the four signatories a line to sign on, the typed name under it', async () => {
    const html = await container.renderToString(SignOff, { props: { signoff: signed } });
    expect(html.match(/class="sign-line"/g)).toHaveLength(4);
    expect(text(html)).toContain('工会主席（签字） 刘志刚');
    expect(text(html)).toContain('经审会主任（签字） 赵雅琴');
    expect(text(html)).toContain('财务负责人（签字） 陈立新');
    expect(text(html)).toContain('制表人（签字） 孙婷');
    expect(html).toContain('data-signoff="signed"');
    expect(html).not.toContain('未签署');
  });

  test('prints the dates it has and a blank 年 月 日 to fill in for those it has not, and a place for the seal', async () => {
    const html = await container.renderToString(SignOff, { props: { signoff: signed } });
    expect(text(html)).toContain('制表日期： 2025-01-08');
    expect(text(html)).toContain('审查日期： 2025-01-16');
    expect(text(html)).toMatch(/签署日期： 年 月 日/);
    expect(html).toMatch(/class="seal"[^>]*>（盖章）</);
  });

  test('prints the date of signing when signoffs.csv has one', async () => {
    const html = await container.renderToString(SignOff, { props: { signoff: { ...signed, signed: '2025-01-20' } } });
    expect(text(html)).toContain('签署日期： 2025-01-20');
  });

  test('marks a period with no sign-off 未签署, with empty lines and dates to fill in', async () => {
    const html = await container.renderToString(SignOff, { props: { signoff: undefined } });
    expect(html).toContain('data-signoff="unsigned"');
    expect(text(html)).toContain('未签署');
    expect(html.match(/class="sign-line"/g)).toHaveLength(4);
    expect(html.match(/class="date-blank"/g)).toHaveLength(3);
    expect(text(html)).not.toMatch(/刘志刚|赵雅琴/);
  });
});
