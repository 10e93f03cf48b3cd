// npm run template [-- --out templates]: writes an Excel template for each table of the data
// folder into a folder staff copy from (default templates/, laid out as data/): the Chinese
// header, one example row, column formats, a frozen header row and, for 科目 (funds,
// budgets, activities), a drop-down of the accounts a new period may use (the 2021 制度 and
// the union's own accounts of accounts.csv).
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { buildCharts } from '../src/lib/accounts/charts.ts';
import type { Chart } from '../src/lib/accounts/account.ts';
import { loadSite } from '../src/lib/site/load-site.ts';
import { dataDir, readDataDir } from '../src/build/read-data-dir.ts';
import { budgetTemplate } from '../src/lib/templates/budget-template.ts';
import { fundTemplate } from '../src/lib/templates/fund-template.ts';
import { TABLE_TEMPLATE_FILES, tableTemplate } from '../src/lib/templates/table-templates.ts';
import { DATA_SOURCES } from '../src/lib/sources/sources.ts';
import type { TemplateSpec } from '../src/lib/templates/template-spec.ts';
import { writeTemplate } from './lib/write-template.ts';
import { readWorkbooks } from '../src/build/read-workbooks.ts';

const { values: args } = parseArgs({ options: { out: { type: 'string', default: 'templates' } } });
const out = resolve(args.out);

/** The declared columns of a table of the data folder (its source's, by the name staff are told). */
function columnsOf(path: string) {
  const columns = DATA_SOURCES.flatMap((s) => Object.entries(s.columns)).find(([name]) => name === path)?.[1];
  if (!columns) throw new Error(`no source declares ${path}`);
  return columns;
}

/** The chart of the data folder (with its own accounts); the built-in chart when the data cannot be loaded. */
function chartOfData(): Chart {
  const files = readDataDir(dataDir());
  const loaded = loadSite(files, { workbooks: readWorkbooks(files) });
  if (loaded.site) return loaded.site.chart;
  console.warn('数据检查未通过，模板中的科目列表只含《工会会计制度》的科目（不含本会自设科目）。');
  return buildCharts().charts['2021'];
}

const chart = chartOfData();
const specs: TemplateSpec[] = [
  fundTemplate(chart),
  budgetTemplate(chart),
  ...TABLE_TEMPLATE_FILES.map((path) => tableTemplate(path, columnsOf(path), chart)),
];
for (const spec of specs) {
  const target = join(out, spec.file);
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, writeTemplate(spec));
  console.log(`已生成模板：${target}`);
}
console.log(`复制模板时把文件名中的“期间编号”改为 periods.csv 中的编号，例如 funds/2025.xlsx。`);
