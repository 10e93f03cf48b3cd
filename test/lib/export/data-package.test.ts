import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import Ajv from 'ajv';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { readReportFiles } from '../../../src/build/read-content-dir.ts';
import { readDataDir } from '../../../src/build/read-data-dir.ts';
import { readWorkbooks } from '../../../src/build/read-workbooks.ts';
import { isBuildContext, prepareBuild, type BuildContext } from '../../../src/lib/build/prepare-build.ts';
import { dataPackage, packageCsvPaths, textHash } from '../../../src/lib/export/data-package.ts';
import { percentText } from '../../../src/lib/export/package-tables.ts';
import { formatIssueReport } from '../../../src/lib/issues/data-issue.ts';
import { parseAmount } from '../../../src/lib/money/parse-amount.ts';
import { collectPrivateValues } from '../../../src/lib/privacy/private-values.ts';
import { scanForPrivateValues } from '../../../src/lib/privacy/scan-output.ts';
import type { PeriodData } from '../../../src/lib/model/site-data.ts';
import { periodsTable, statementsTable } from '../../../src/lib/export/package-tables.ts';
import { tableCsv } from '../../../src/lib/export/package-table.ts';
import { fixtureFiles } from '../../helpers/fixture.ts';
import { statementPage } from '../../../src/lib/views/pages/statement-page.ts';
import { FLAG_RULES, LINE_RULES, type FlagRule } from '../../../src/lib/audit/flags/audit-line.ts';
import { RULE_TEXTS } from '../../../src/lib/audit/flags/rule-texts.ts';

const root = resolve(import.meta.dirname, '../../..');
const schema = JSON.parse(readFileSync(resolve(root, 'docs/schema/datapackage.schema.json'), 'utf8')) as object;
const validate = new Ajv({ allErrors: true }).compile(schema);
const DEMO_DATA = readDataDir(resolve(root, 'data'));
const OPTIONS = { buildDate: '2026-12-01', basePath: '/', reportsFolder: 'content/reports' };

function demoContext(): BuildContext {
  const result = prepareBuild(
    DEMO_DATA,
    readReportFiles(resolve(root, 'content/reports')),
    OPTIONS,
    readWorkbooks(DEMO_DATA),
  );
  if (!isBuildContext(result)) throw new Error(formatIssueReport(result.issues));
  return result;
}

const context = demoContext();
const pkg = dataPackage({ site: context.site, register: context.register.rows, stamp: context.stamp });
const fileText = (path: string) => pkg.files.find((f) => f.path === path)!.text;

/** A CSV file of the package as rows keyed by the fields' English keys. */
function rowsOf(path: string): Record<string, string>[] {
  const resource = pkg.descriptor.resources.find((r) => r.path === path)!;
  const parsed = Papa.parse<string[]>(fileText(path).replace(/^\uFEFF/, ''), { skipEmptyLines: true });
  const [header, ...body] = parsed.data;
  expect(header).toEqual(resource.schema.fields.map((f) => f.name));
  return body.map((cells) => Object.fromEntries(resource.schema.fields.map((f, i) => [f.key, cells[i]!])));
}

/** Fen of a 元 cell ("1234.50" → 123450). */
function fen(text: string | undefined): number {
  const parsed = parseAmount(text ?? '');
  if (!parsed.ok) throw new Error(`not an amount: ${text}`);
  return parsed.fen;
}

describe('the data package descriptor', () => {
  it('validates against docs/schema/datapackage.schema.json', () => {
    expect(validate(pkg.descriptor), JSON.stringify(validate.errors)).toBe(true);
  });

  it('validates for a site without budgets or membership (the base fixture)', () => {
    const result = prepareBuild(fixtureFiles(), new Map(), OPTIONS);
    if (!isBuildContext(result)) throw new Error(formatIssueReport(result.issues));
    const small = dataPackage({ site: result.site, register: result.register.rows, stamp: result.stamp });
    expect(validate(small.descriptor), JSON.stringify(validate.errors)).toBe(true);
  });

  it.each<[string, (d: Record<string, unknown>) => void]>([
    ['an unknown schema version', (d) => (d.schemaVersion = 'union-disclosure/2')],
    ['no union', (d) => delete d.union],
    ['a level outside the two lists', (d) => ((d.union as Record<string, unknown>).level = '乡镇工会')],
    ['a period without 会计制度', (d) => delete (d.periods as Record<string, unknown>[])[0]!.accountingSystem],
    [
      'a 会计制度 other than 2009 and 2021',
      (d) => ((d.periods as Record<string, unknown>[])[0]!.accountingSystem = '2017'),
    ],
    ['a short digest', (d) => ((d.data as Record<string, unknown>).digest = 'abc')],
    [
      'a resource hash without its algorithm',
      (d) => ((d.resources as Record<string, unknown>[])[0]!.hash = 'ab'.repeat(32)),
    ],
    [
      'a field of an unknown type',
      (d) => {
        const resource = (d.resources as { schema: { fields: Record<string, unknown>[] } }[])[0]!;
        resource.schema.fields[0]!.type = 'money';
      },
    ],
  ])('rejects %s', (_, change) => {
    const descriptor = structuredClone(pkg.descriptor) as unknown as Record<string, unknown>;
    change(descriptor);
    expect(validate(descriptor)).toBe(false);
  });

  it('names the union, its level, the 会计制度 of every period and the data stamp', () => {
    const { union, periods, data, created } = pkg.descriptor;
    expect(union).toEqual({
      name: '临江市第一人民医院工会委员会',
      shortName: '市一院工会',
      kind: '基层工会',
      level: '基层工会',
      parent: '临江市卫生健康系统工会',
    });
    expect(periods.map((p) => `${p.id}:${p.accountingSystem}`)).toEqual([
      '2019-2020:2009',
      '2021:2009',
      '2022:2021',
      '2023:2021',
      '2024:2021',
    ]);
    expect(data).toEqual({ digest: context.stamp.digest, files: context.stamp.files, buildDate: '2026-12-01' });
    expect(created).toBe('2026-12-01T00:00:00+08:00');
  });

  it('lists every CSV file with its exact byte length and SHA-256', () => {
    expect(pkg.files.map((f) => f.path)).toEqual(['datapackage.json', ...pkg.descriptor.resources.map((r) => r.path)]);
    for (const resource of pkg.descriptor.resources) {
      expect(textHash(fileText(resource.path))).toEqual({ bytes: resource.bytes, hash: resource.hash });
    }
    expect(packageCsvPaths(pkg).map((p) => p.params.file)).toEqual([
      'periods',
      'statements',
      'budgets',
      'spending',
      'membership',
      'register',
      'balance-sheets',
      'corrections',
      'flags',
    ]);
  });

  it('is the same bytes when built twice', () => {
    const again = dataPackage({ site: context.site, register: context.register.rows, stamp: context.stamp });
    expect(again.files).toEqual(pkg.files);
  });
});

describe('the CSV resources', () => {
  const CELL: Record<string, RegExp> = {
    string: /^.*$/s,
    integer: /^-?\d+$/,
    number: /^-?\d+\.\d{2}$/,
    date: /^\d{4}-\d{2}-\d{2}$/,
    boolean: /^(true|false)$/,
  };

  it.each(pkg.descriptor.resources.map((r) => [r.path, r] as const))('%s: every cell has its field type', (path, r) => {
    for (const row of rowsOf(path)) {
      for (const f of r.schema.fields) {
        const cell = row[f.key]!;
        if (cell !== '') expect(cell, `${path} ${f.name}`).toMatch(CELL[f.type]!);
      }
    }
  });

  it('statements.csv: the level 1 rows of each side sum to the totals of periods.csv and of the statement', () => {
    const statements = rowsOf('statements.csv');
    for (const period of rowsOf('periods.csv')) {
      const data = context.site.periods.find((p) => p.statement.period.id === period.periodId)!;
      for (const [side, key, total] of [
        ['收入', 'incomeYuan', data.statement.income.totalFen],
        ['支出', 'expenseYuan', data.statement.expense.totalFen],
      ] as const) {
        const sum = statements
          .filter((r) => r.periodId === period.periodId && r.side === side && r.level === '1')
          .reduce((n, r) => n + fen(r.amountYuan), 0);
        expect(sum).toBe(total);
        expect(fen(period[key])).toBe(total);
      }
      expect(fen(period.openingYuan) + fen(period.incomeYuan) - fen(period.expenseYuan)).toBe(fen(period.closingYuan));
    }
  });

  it('statements.csv: every account of every statement, each with its parent', () => {
    const statements = rowsOf('statements.csv');
    const accounts = context.site.periods.flatMap(({ statement: s }) =>
      [...s.income.categories, ...s.expense.categories].flatMap((c) => [
        `${s.period.id} ${c.account.code} ${c.fen}`,
        ...c.lines
          .filter((l) => l.account.code !== c.account.code)
          .flatMap((l) => [
            `${s.period.id} ${l.account.code} ${l.fen}`,
            ...l.children
              .filter((child) => child.account.code !== l.account.code)
              .map((child) => `${s.period.id} ${child.account.code} ${child.fen}`),
          ]),
      ]),
    );
    expect(statements.map((r) => `${r.periodId} ${r.accountCode} ${fen(r.amountYuan)}`)).toEqual(accounts);
    const codes = new Set(statements.map((r) => `${r.periodId} ${r.accountCode}`));
    for (const r of statements.filter((row) => row.level !== '1'))
      expect(codes.has(`${r.periodId} ${r.parentCode}`)).toBe(true);
  });

  it('budgets.csv and membership.csv hold the rows the budget and membership pages show', () => {
    const budgets = rowsOf('budgets.csv');
    const expected = context.site.periods.flatMap((p) => p.budget?.rows ?? []);
    expect(budgets).toHaveLength(expected.length);
    expect(budgets.reduce((n, r) => n + fen(r.actualYuan), 0)).toBe(expected.reduce((n, r) => n + r.actualFen, 0));
    expect(budgets.reduce((n, r) => n + fen(r.adjustedYuan), 0)).toBe(expected.reduce((n, r) => n + r.adjustedFen, 0));
    const members = rowsOf('membership.csv');
    expect(members.map((r) => `${r.periodId} ${r.members}`)).toEqual(
      context.site.periods.flatMap((p) => (p.membership ? [`${p.membership.periodId} ${p.membership.members}`] : [])),
    );
  });

  it('spending.csv: the 支出按性质 rows of the statement page, with each project’s budget and 完成率', () => {
    const rows = rowsOf('spending.csv');
    expect(
      rows.map((r) => [
        r.periodId,
        r.kind,
        r.item,
        r.amountYuan,
        r.expenseSharePercent,
        r.projectSharePercent,
        r.lineCount,
        r.adjustedYuan,
        r.ratePercent,
      ]),
    ).toEqual([
      ['2024', '基本支出', '基本支出', '204201.40', '92.72', '', '134', '', ''],
      ['2024', '项目支出', '项目支出', '16030.00', '7.28', '100.00', '7', '', ''],
      ['2024', '项目', '职工书屋建设', '13000.00', '', '81.10', '5', '12000.00', '108.33'],
      ['2024', '项目', '职工之家建设', '3030.00', '', '18.90', '2', '3500.00', '86.57'],
      ['2024', '支出合计', '支出合计', '220231.40', '100.00', '', '141', '', ''],
    ]);
    const page = statementPage(context.site, '2024').spending!;
    expect(rows.map((r) => fen(r.amountYuan))).toEqual(page.rows.map((r) => fen(r.amount.replaceAll(',', ''))));
    const total = context.site.periods.find((p) => p.statement.period.id === '2024')!.statement.expense.totalFen;
    expect(fen(rows[0]!.amountYuan) + fen(rows[1]!.amountYuan)).toBe(total);
  });

  it('register.csv: one row per register row, with its status', () => {
    const register = rowsOf('register.csv');
    expect(register.map((r) => `${r.kind} ${r.status} ${r.lateDays} ${r.missing}`)).toEqual(
      context.register.rows.map((r) => `${r.item.kind} ${r.status} ${r.lateDays} ${r.missing}`),
    );
    expect(new Set(register.map((r) => r.statusLabel))).toContain('已公开');
  });

  it('balance-sheets.csv: every row of each period’s 资产负债表, and the sheet balances', () => {
    const rows = rowsOf('balance-sheets.csv');
    const sheets = context.site.periods.flatMap((p) => (p.balanceSheet ? [p.balanceSheet] : []));
    expect(sheets.map((s) => s.periodId)).toEqual(['2023', '2024']);
    expect(rows.map((r) => `${r.periodId} ${r.item} ${fen(r.openingYuan)} ${fen(r.closingYuan)}`)).toEqual(
      sheets.flatMap((s) => s.lines.map((l) => `${s.periodId} ${l.spec.name} ${l.openingFen} ${l.closingFen}`)),
    );
    for (const id of ['2023', '2024']) {
      const of = (item: string) => rows.find((r) => r.periodId === id && r.item === item)!;
      for (const column of ['openingYuan', 'closingYuan'] as const)
        expect(fen(of('资产总计')[column])).toBe(fen(of('负债合计')[column]) + fen(of('净资产合计')[column]));
    }
  });

  it('corrections.csv: one row per figure each correction changed, before and after', () => {
    const rows = rowsOf('corrections.csv');
    const corrections = context.site.audit.corrections.corrections;
    expect(corrections.length).toBeGreaterThan(0);
    expect(rows.map((r) => `${r.periodId} ${r.date} ${r.figure} ${fen(r.beforeYuan)}→${fen(r.afterYuan)}`)).toEqual(
      corrections.flatMap((c) =>
        c.changes.map((ch) => `${c.periodId} ${c.date} ${ch.label} ${ch.beforeFen}→${ch.afterFen}`),
      ),
    );
    expect(rows[0]).toMatchObject({ periodId: '2023', date: '2024-06-18', correctsRecordOf: '2024-04-12' });
  });

  it('flags.csv: every rule of every period with the count the audit page shows, and nothing of the lines', () => {
    const rows = rowsOf('flags.csv');
    expect(pkg.descriptor.resources.find((r) => r.path === 'flags.csv')!.schema.fields.map((f) => f.key)).toEqual([
      'periodId',
      'rule',
      'ruleTitle',
      'applies',
      'count',
    ]);
    expect(rows).toHaveLength(context.site.periods.length * FLAG_RULES.length);
    for (const [i, { statement }] of context.site.periods.entries()) {
      const flags = context.site.audit.flags[i]!;
      const of = rows.filter((r) => r.periodId === statement.period.id);
      expect(of.map((r) => r.rule)).toEqual([...FLAG_RULES]);
      for (const row of of) {
        const rule = row.rule as FlagRule;
        expect(Number(row.count), `${statement.period.id} ${rule}`).toBe(
          flags.groups.filter((g) => g.rule === rule).length,
        );
        expect(row.ruleTitle).toBe(RULE_TEXTS[rule].title);
        expect(row.applies).toBe(String(flags.ledger || !LINE_RULES.has(rule)));
      }
    }
    // 2019-2020 is a workbook of totals: the line rules could not look at it.
    expect(rows.filter((r) => r.periodId === '2019-2020' && r.applies === 'false').map((r) => r.rule)).toEqual([
      ...LINE_RULES,
    ]);
    expect(rows.reduce((n, r) => n + Number(r.count), 0)).toBe(
      context.site.audit.flags.reduce((n, f) => n + f.groups.length, 0),
    );
  });

  it('holds no value of a private column', () => {
    const values = collectPrivateValues(DEMO_DATA, undefined, readWorkbooks(DEMO_DATA));
    expect(values.length).toBeGreaterThan(250);
    expect(scanForPrivateValues(pkg.files, values)).toEqual([]);
  });
});

describe('公开范围', () => {
  /** The demo's periods with 2024 published as 仅收入 (periods.csv 公开范围). */
  const periods = context.site.periods.map((p): PeriodData =>
    p.statement.period.id === '2024'
      ? {
          ...p,
          statement: {
            ...p.statement,
            period: { ...p.statement.period, scope: '仅收入' },
          },
        }
      : p,
  );

  it('leaves out the side a period does not publish, and the balances computed from it', () => {
    const statements = tableCsv(statementsTable(periods)).split('\r\n');
    expect(statements.filter((l) => l.startsWith('2024,支出,'))).toEqual([]);
    expect(statements.filter((l) => l.startsWith('2024,收入,')).length).toBeGreaterThan(0);
    expect(statements.filter((l) => l.startsWith('2023,支出,')).length).toBeGreaterThan(0);
    const row = tableCsv(periodsTable(periods))
      .split('\r\n')
      .find((l) => l.startsWith('2024,'))!
      .split(',');
    const income = fen(row[7]);
    expect([row[5], income, row[8], row[9], row[10]]).toEqual([
      '仅收入',
      context.site.periods.at(-1)!.statement.income.totalFen,
      '',
      '',
      '',
    ]);
  });
});

describe('percentText', () => {
  it.each<[number | null, string | undefined]>([
    [7866, '78.66'],
    [10000, '100.00'],
    [5, '0.05'],
    [0, '0.00'],
    [-1234, '-12.34'],
    [null, undefined],
  ])('%s → %s', (bp, text) => {
    expect(percentText(bp)).toBe(text);
  });
});
