import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readDataDir } from '../../../src/data/read-data-dir.ts';
import { budgetItems, fundStatementItems } from '../../../src/lib/disclosure/fund-items.ts';
import { buildRegister } from '../../../src/lib/disclosure/register.ts';
import { loadSite } from '../../../src/lib/site/load-site.ts';

const site = loadSite(readDataDir(fileURLToPath(new URL('../../../data/', import.meta.url)))).site!;
const periods = site.periods.map(({ statement: { period: p } }) => ({
  id: p.id,
  label: p.label,
  start: p.start,
  end: p.end,
}));
const register = (asOf: string) =>
  buildRegister({ items: [...fundStatementItems(site), ...budgetItems(site)], rules: site.schedule, periods, asOf });

describe('the register of the demo data', () => {
  it('lists every published item with its status on the fixed build date 2025-06-30', () => {
    const rows = register('2025-06-30').map((r) => [
      r.item.title,
      r.item.publishedOn,
      r.deadline,
      r.status,
      r.lateDays,
      r.item.href,
    ]);
    expect(rows).toEqual([
      ['2024年度经费收支表', undefined, '2025-03-31', 'overdue', 91, 'funds/2024/'],
      ['2023年度经费收支表', '2024-04-12', '2024-03-30', 'published', 13, 'funds/2023/'],
      ['2022年度经费收支表', '2023-03-16', '2023-03-31', 'published', 0, 'funds/2022/'],
      ['2021年度经费收支表', '2022-03-22', '2022-03-31', 'published', 0, 'funds/2021/'],
      ['2019—2020年度（六届工会任期后两年）经费收支表', '2021-03-18', '2021-03-31', 'published', 0, 'funds/2019-2020/'],
      ['2024年度经费预算', '2024-03-08', '2024-03-31', 'published', 0, 'funds/2024/#h-budget'],
      ['2023年度经费预算', '2023-02-24', '2023-04-01', 'published', 0, 'funds/2023/#h-budget'],
    ]);
  });

  it('shows the 2024 statement as due, not overdue, before its deadline', () => {
    expect(register('2025-03-31')[0]).toMatchObject({ status: 'due', daysLeft: 0 });
  });
});
