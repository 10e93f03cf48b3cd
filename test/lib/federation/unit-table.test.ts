import { describe, expect, it } from 'vitest';
import { isBuildContext, prepareBuild } from '../../../src/lib/build/prepare-build.ts';
import { dataPackage } from '../../../src/lib/export/data-package.ts';
import { unitTableCsv } from '../../../src/lib/export/federation-csv.ts';
import { consolidatePeriod, type UnitStanding } from '../../../src/lib/federation/consolidate.ts';
import { readUnitPackage } from '../../../src/lib/federation/unit-package.ts';
import { unitTable } from '../../../src/lib/federation/unit-table.ts';
import type { UnitEntry } from '../../../src/lib/federation/units-table.ts';
import { formatIssueReport } from '../../../src/lib/issues/data-issue.ts';
import { readDataDir } from '../../../src/build/read-data-dir.ts';
import { readWorkbooks } from '../../../src/build/read-workbooks.ts';
import { readReportFiles } from '../../../src/build/read-content-dir.ts';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../../..');
const DEMO_DATA = readDataDir(resolve(root, 'data'));
const OPTIONS = { buildDate: '2026-12-01', basePath: '/', reportsFolder: 'content/reports' };
const built = prepareBuild(
  DEMO_DATA,
  readReportFiles(resolve(root, 'content/reports')),
  OPTIONS,
  readWorkbooks(DEMO_DATA),
);
if (!isBuildContext(built)) throw new Error(formatIssueReport(built.issues));
const pkg = dataPackage({ site: built.site, register: built.register.rows, stamp: built.stamp });
const encoder = new TextEncoder();
const files = new Map(pkg.files.map((f) => [`h/${f.path}`, encoder.encode(f.text)]));
const entry: UnitEntry = { id: 'h', name: '医院工会', packagePath: 'h/datapackage.json', line: 2, packageColumn: 4 };
const read = readUnitPackage(entry, files);
if (!read.ok) throw new Error(formatIssueReport(read.issues));
const hospital: UnitStanding = { unit: entry, package: read.package };
const late: UnitStanding = { unit: { ...entry, id: 'x', name: '迟报工会', line: 3 }, problem: '数据包不存在' };

describe('unitTable', () => {
  it.each(built.site.periods.map((p) => [p.statement.period.id, p] as const))(
    '%s: the demo hospital’s figures as its own site computes them',
    (id, data) => {
      const { period } = data.statement;
      const c = consolidatePeriod({ ...period, system: read.package.periods.find((p) => p.id === id)!.system }, [
        hospital,
        late,
      ]);
      const [row, missing] = unitTable(c, [hospital, late]);
      expect(row).toMatchObject({
        unitId: 'h',
        reporting: true,
        members: data.membership?.members ?? null,
        incomeFen: data.statement.income.totalFen,
        expenseFen: data.statement.expense.totalFen,
        closingFen: data.statement.closingFen,
        corrections: id === '2023' ? 1 : 0,
        correctedOn: id === '2023' ? ['2024-06-18'] : [],
        flags: built.site.audit.flags[built.site.periods.indexOf(data)]!.groups.length,
        flagsPartial: !built.site.audit.flags[built.site.periods.indexOf(data)]!.ledger,
      });
      if (data.membership) {
        expect(row!.expensePerMemberFen).toBe(Math.round(data.statement.expense.totalFen / data.membership.members));
      }
      const expenseBudget = (data.budget?.rows ?? []).filter(
        (r) => r.account.kind === 'expense' && r.account.level === 1,
      );
      if (expenseBudget.length > 0) {
        const actual = expenseBudget.reduce((n, r) => n + r.actualFen, 0);
        const adjusted = expenseBudget.reduce((n, r) => n + r.adjustedFen, 0);
        expect(row!.budgetRateBp).toBe(Math.round((actual * 10000) / adjusted));
      } else expect(row!.budgetRateBp).toBeNull();
      const register = built.register.rows.find((r) => r.item.kind === 'fund-statement' && r.item.periodId === id);
      const expected = !register
        ? '无记录'
        : register.status === 'overdue'
          ? '逾期未公开'
          : register.status === 'due'
            ? '待公开'
            : register.lateDays > 0
              ? '逾期公开'
              : '按时公开';
      expect(row!.statement).toBe(expected);
      expect(missing).toMatchObject({
        unitId: 'x',
        reporting: false,
        reason: '数据包不存在',
        members: null,
        statement: '无记录',
        flags: null,
        correctedOn: [],
      });
      const csv = unitTableCsv([row!, missing!], c, '卫健系统工会');
      expect(csv.split('\r\n').filter((l) => l.startsWith('h,') || l.startsWith('x,'))).toHaveLength(2);
    },
  );
});
