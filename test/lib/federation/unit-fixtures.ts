import type { FederationPeriod, UnitStanding } from '../../../src/lib/federation/consolidate.ts';
import type { UnitPackage, UnitStatementRow } from '../../../src/lib/federation/unit-package.ts';
import type { UnitEntry } from '../../../src/lib/federation/units-table.ts';

/** The federation period the fixtures report for. */
export const P2024: FederationPeriod = {
  id: '2024',
  label: '2024年度',
  start: '2024-01-01',
  end: '2024-12-31',
  system: '2021',
};

/** A units.csv entry. */
export const entry = (id: string, line: number): UnitEntry => ({
  id,
  name: `${id}工会`,
  packagePath: `${id}/datapackage.json`,
  line,
  packageColumn: 4,
});

/** A statement row: "收 401 会费收入 1000" style, level from the code's length. */
export function row(periodId: string, text: string): UnitStatementRow {
  const [side, code, name, yuan] = text.split(' ') as [string, string, string, string];
  const level = code.length <= 3 ? 1 : 2;
  return {
    periodId,
    side: side === '收' ? 'income' : 'expense',
    level,
    code,
    name,
    ...(level > 1 ? { parentCode: code.slice(0, 3) } : {}),
    fen: Math.round(Number(yuan) * 100),
  };
}

/** A unit with one period and its rows; totals from its level 1 rows. */
export function unit(
  id: string,
  line: number,
  periods: { id?: string; system?: '2009' | '2021'; start?: string; scope?: '全部' | '仅收入'; rows: string[] }[],
): UnitStanding {
  const statements = periods.flatMap((p) => p.rows.map((r) => row(p.id ?? '2024', r)));
  const total = (pid: string, side: string) =>
    statements.filter((r) => r.periodId === pid && r.side === side && r.level === 1).reduce((n, r) => n + r.fen, 0);
  const pkg: UnitPackage = {
    unit: entry(id, line),
    union: { name: `${id}工会`, level: '基层工会' },
    digest: '0'.repeat(64),
    buildDate: '2025-03-01',
    periods: periods.map((p) => {
      const pid = p.id ?? '2024';
      return {
        id: pid,
        label: pid,
        start: p.start ?? '2024-01-01',
        end: '2024-12-31',
        system: p.system ?? '2021',
        scope: p.scope ?? '全部',
        openingFen: 0,
        incomeFen: total(pid, 'income'),
        expenseFen: total(pid, 'expense'),
        closingFen: total(pid, 'income') - total(pid, 'expense'),
      };
    }),
    statements,
    members: new Map(),
    summaries: { budgets: new Map(), disclosures: new Map() },
    balanceSheets: [],
    corrections: [],
    flags: [],
  };
  return { unit: pkg.unit, package: pkg };
}
