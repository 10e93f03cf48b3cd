/**
 * The demo federation built as a site (npm run build in federation mode): the 汇总 pages, the
 * drill-down and unit pages and the CSV downloads are written, show the figures of their
 * view-models, and a unit without a package is a 提醒, not a failed build.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { demoFederation, DEMO_BUILD_DATE } from '../../scripts/federation/demo-federation.ts';
import { federationFiles, LAYOUT, writeFiles } from '../../scripts/federation/write-federation.ts';
import { consolidatedCsv } from '../../src/lib/export/federation-csv.ts';
import { federationPeriodPage } from '../../src/lib/views/pages/federation-pages.ts';
import { demoFederationBuild } from '../helpers/demo-federation.ts';

const root = resolve(import.meta.dirname, '../..');
const work = mkdtempSync(join(tmpdir(), 'union-federation-site-'));
const { own, units } = demoFederation(root);
writeFiles(work, federationFiles(own, units, DEMO_BUILD_DATE));
mkdirSync(join(work, LAYOUT.federationContent), { recursive: true });
const dist = join(work, 'site');
const run = spawnSync(process.execPath, ['scripts/build.ts'], {
  cwd: root,
  env: {
    ...process.env,
    UNION_DATA_DIR: join(work, LAYOUT.federationData),
    UNION_CONTENT_DIR: join(work, LAYOUT.federationContent),
    UNION_DIST_DIR: dist,
    UNION_BUILD_DATE: DEMO_BUILD_DATE,
    UNION_BASE_PATH: '/',
  },
  encoding: 'utf8',
});
const output = run.stdout + run.stderr;
const page = (path: string) => readFileSync(join(dist, path), 'utf8');
const { context, federation } = demoFederationBuild();

describe('the demo federation built as a site', () => {
  it('builds, naming the unit without a package as a 提醒', () => {
    expect(run.status, output).toBe(0);
    expect(output).toContain(
      'units.csv:5:4  单位“临江市中心血站工会”（units.csv 第 5 行）的数据包不存在 [package.missing]',
    );
  });

  it.each(['2022', '2023', '2024'])('%s: the 汇总 page shows its totals, its units and who is 未报送', (period) => {
    const html = page(`federation/${period}/index.html`);
    const vm = federationPeriodPage(context.site, federation, period);
    for (const section of vm.sections) expect(html).toContain(`<td class="num">${section.total}</td>`);
    for (const unit of vm.reporting) expect(html).toContain(unit.name);
    for (const unit of vm.missing) expect(html).toContain(unit.name);
    expect(html).toContain('下级汇总');
    const c = federation.consolidated.find((x) => x.period.id === period)!;
    expect(page(`federation/${period}/consolidated.csv`)).toBe(consolidatedCsv(c, context.site.union.name));
    expect(existsSync(join(dist, `federation/${period}/units.csv`))).toBe(true);
    for (const line of c.rows)
      expect(existsSync(join(dist, `federation/${period}/${line.code}/index.html`))).toBe(true);
  });

  it('2024: the unit table links the school’s correction to its period on its page, and shows the flags', () => {
    const html = page('federation/2024/index.html');
    const school = federationPeriodPage(context.site, federation, '2024').unitTable.rows[1]!;
    const cell = (label: string) => school.cells.find((x) => x.label === label)!;
    expect(cell('更正').path).toBe('federation/units/school/#p-2024');
    expect(html).toContain('<a href="/federation/units/school/#p-2024"><span class="word">已更正</span>');
    expect(html).toContain(
      `data-label="疑点提示" data-sort="${cell('疑点提示').sort}"><span class="word">${cell('疑点提示').text}</span></td>`,
    );
    expect(page('federation/units/school/index.html')).toContain('id="p-2024"');
  });

  it('stamps every federation page with the digest of its own view-model', () => {
    for (const path of ['federation/index.html', 'federation/2024/index.html', 'federation/units/school/index.html'])
      expect(page(path), path).toContain('本页数据指纹');
  });

  it('has the overview and a page per unit, the broken one saying why it is not counted', () => {
    expect(page('federation/index.html')).toContain('数据包未通过检查的单位');
    for (const id of ['hospital', 'school', 'cdc', 'blood'])
      expect(existsSync(join(dist, `federation/units/${id}/index.html`))).toBe(true);
    expect(page('federation/units/blood/index.html')).toContain('数据包未通过检查，未计入汇总');
  });
});
