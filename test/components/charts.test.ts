/**
 * Renders the chart components with Astro's container API (still named
 * `experimental_AstroContainer` in Astro 7). The shared vitest config has no Astro
 * plugin, so this file starts its own Vite server from the project's Astro config and
 * loads both the container and the components through it (one Astro runtime instance).
 */
import { getViteConfig } from 'astro/config';
import type { experimental_AstroContainer } from 'astro/container';
import { createServer, type ViteDevServer } from 'vite';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';

type Container = experimental_AstroContainer;
type Component = Parameters<Container['renderToString']>[0];

let server: ViteDevServer | undefined;
let container: Container;
let HorizontalBarChart: Component;
let LineChart: Component;

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
  HorizontalBarChart = (
    (await server.ssrLoadModule('/src/components/charts/HorizontalBarChart.astro')) as {
      default: Component;
    }
  ).default;
  LineChart = ((await server.ssrLoadModule('/src/components/charts/LineChart.astro')) as { default: Component })
    .default;
});

afterAll(async () => {
  await server?.close();
});

const barProps = {
  id: 'expense-2023',
  title: '2023年度支出构成',
  description: '职工教育费最多，为1.20万元；其次为文体活动费0.60万元。',
  bars: [
    { label: '职工教育费', value: 1_200_000, valueText: '1.20 万元' },
    { label: '文体活动费', value: 600_000, valueText: '0.60 万元' },
    { label: '工会经费收入与支出决算明细表', value: 100_000, valueText: '0.10 万元' },
  ],
};

const lineProps = {
  id: 'trend',
  title: '历年收支与结余',
  description: '收入与支出基本持平，期末结余逐年增加。',
  categories: ['2019-2020', '2021', '2022'],
  series: [
    { name: '收入', values: [3_873_620, 2_100_000, 2_350_000] },
    { name: '支出', values: [3_500_000, null, 2_200_000] },
    { name: '期末结余', values: [373_620, 573_620, 723_620] },
  ],
};

describe('HorizontalBarChart', () => {
  test('renders an accessible, scalable SVG with title, description and labels', async () => {
    const html = await container.renderToString(HorizontalBarChart, { props: barProps });
    expect(html).toContain('<figure');
    expect(html).toMatch(/<svg[^>]*role="img"/);
    expect(html).toMatch(/<svg[^>]*aria-labelledby="expense-2023-title expense-2023-desc"/);
    expect(html).toMatch(/<svg[^>]*viewBox="0 0 400 \d+(\.\d+)?"/);
    expect(html).toMatch(/<svg[^>]*width="100%"/);
    expect(html).not.toMatch(/<svg[^>]*\sheight="/);
    expect(html).toMatch(/<title id="expense-2023-title"[^>]*>2023年度支出构成<\/title>/);
    expect(html).toMatch(/<desc id="expense-2023-desc"[^>]*>职工教育费最多/);
    expect(html).toMatch(/<figcaption[^>]*>2023年度支出构成<\/figcaption>/);
    expect(html).toContain('职工教育费');
    expect(html).toContain('文体活动费');
    expect(html).toContain('0.60 万元');
    // Truncated label on screen, full label in the bar's <title>.
    expect(html).toContain('工会经费收入与…');
    expect(html).toContain('<title>工会经费收入与支出决算明细表：0.10 万元</title>');
    expect(html).not.toContain('<script');
  });

  test('output is deterministic', async () => {
    const first = await container.renderToString(HorizontalBarChart, { props: barProps });
    const second = await container.renderToString(HorizontalBarChart, { props: structuredClone(barProps) });
    expect(second).toBe(first);
  });
});

describe('LineChart', () => {
  test('renders axes, series with dash patterns, markers and an HTML legend', async () => {
    const html = await container.renderToString(LineChart, { props: lineProps });
    expect(html).toMatch(/<svg[^>]*role="img"/);
    expect(html).toMatch(/<svg[^>]*aria-labelledby="trend-title trend-desc"/);
    expect(html).toMatch(/<svg[^>]*width="100%"/);
    expect(html).toMatch(/<title id="trend-title"[^>]*>历年收支与结余<\/title>/);
    expect(html).toContain('收入与支出基本持平');
    expect(html).toMatch(/class="grid"[^>]*d="M/);
    expect(html).toMatch(/class="axis"[^>]*d="M/);
    expect(html).toContain('stroke-dasharray="8 4"');
    expect(html).toContain('stroke-dasharray="2 3"');
    expect((html.match(/class="marker"/g) ?? []).length).toBe(6); // 3 in the chart, 3 in the legend
    expect(html).toMatch(/<ul class="legend"/);
    for (const name of ['收入', '支出', '期末结余']) expect(html).toMatch(new RegExp(`</svg>\\s*${name}\\s*</li>`));
    for (const category of lineProps.categories) expect(html).toContain(`>${category}</text>`);
    expect(html).toContain('>万元</text>');
    expect(html).toMatch(/>4<\/text>/); // top tick: 4 万元
  });

  test("formatTick 'yuan' labels the axis in 元", async () => {
    const html = await container.renderToString(LineChart, { props: { ...lineProps, formatTick: 'yuan' } });
    expect(html).toContain('>元</text>');
    expect(html).toContain('>40,000</text>');
  });

  test('output is deterministic', async () => {
    const first = await container.renderToString(LineChart, { props: lineProps });
    const second = await container.renderToString(LineChart, { props: structuredClone(lineProps) });
    expect(second).toBe(first);
  });
});
