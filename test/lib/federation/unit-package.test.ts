import { describe, expect, it } from 'vitest';
import { isBuildContext, prepareBuild } from '../../../src/lib/build/prepare-build.ts';
import { bytesHash, dataPackage } from '../../../src/lib/export/data-package.ts';
import { readUnitPackage, jsonErrorPosition } from '../../../src/lib/federation/unit-package.ts';
import type { UnitEntry } from '../../../src/lib/federation/units-table.ts';
import { formatIssueReport } from '../../../src/lib/issues/data-issue.ts';
import { fixtureFiles } from '../../helpers/fixture.ts';
import { LINE_RULES, type FlagRule } from '../../../src/lib/audit/flags/audit-line.ts';

const OPTIONS = { buildDate: '2026-12-01', basePath: '/', reportsFolder: 'content/reports' };
const built = prepareBuild(fixtureFiles(), new Map(), OPTIONS);
if (!isBuildContext(built)) throw new Error(formatIssueReport(built.issues));
const pkg = dataPackage({ site: built.site, register: built.register.rows, stamp: built.stamp });
const FOLDER = 'units/a/data/';
const unit: UnitEntry = {
  id: 'a',
  name: '甲单位工会',
  packagePath: `${FOLDER}datapackage.json`,
  line: 7,
  packageColumn: 4,
};
const encoder = new TextEncoder();

/** The package's files under the unit's folder, with changes applied (null removes a file). */
function files(changes: Record<string, string | null> = {}): Map<string, Uint8Array> {
  const map = new Map(pkg.files.map((f) => [`${FOLDER}${f.path}`, encoder.encode(f.text)]));
  for (const [path, text] of Object.entries(changes)) {
    if (text === null) map.delete(`${FOLDER}${path}`);
    else map.set(`${FOLDER}${path}`, encoder.encode(text));
  }
  return map;
}

const text = (path: string) => pkg.files.find((f) => f.path === path)!.text;
const descriptor = () =>
  structuredClone(pkg.descriptor) as unknown as Record<string, unknown> & {
    resources: { path: string; hash: string; bytes: number }[];
  };

/** Resources replaced (path → new text), with a descriptor whose hashes match them (so only the content checks can find them). */
function rehashed(changed: Record<string, string>): Record<string, string> {
  const d = descriptor();
  for (const [path, text] of Object.entries(changed))
    Object.assign(
      d.resources.find((x) => x.path === path)!,
      bytesHash(encoder.encode(text)),
    );
  return { ...changed, 'datapackage.json': JSON.stringify(d) };
}

/** A statements.csv with one amount changed. */
const statementsChanged = () =>
  rehashed({
    'statements.csv': text('statements.csv').replace(
      /,(\d+)\.(\d{2}),/,
      (_, y: string, c: string) => `,${Number(y) + 1}.${c},`,
    ),
  });

const PERIOD = built.site.periods[0]!.statement.period.id;
/** A package CSV: its header row as the package writes it, then the rows given. */
const csvOf = (path: string, rows: string[]) => `${text(path).split('\r\n')[0]}\r\n${rows.join('\r\n')}\r\n`;
const sheet = (rows: string[]) => rehashed({ 'balance-sheets.csv': csvOf('balance-sheets.csv', rows) });
const corrections = (rows: string[]) => rehashed({ 'corrections.csv': csvOf('corrections.csv', rows) });
const flags = (rows: string[]) => rehashed({ 'flags.csv': csvOf('flags.csv', rows) });

describe('readUnitPackage', () => {
  it('reads a package as the unit site wrote it: periods with 会计制度 and totals, statement rows in fen', () => {
    const result = readUnitPackage(unit, files());
    if (!result.ok) throw new Error(formatIssueReport(result.issues));
    const { statement } = built.site.periods[0]!;
    expect(result.package.periods[0]).toMatchObject({
      id: statement.period.id,
      incomeFen: statement.income.totalFen,
      expenseFen: statement.expense.totalFen,
      closingFen: statement.closingFen,
    });
    const income = result.package.statements.filter(
      (r) => r.periodId === statement.period.id && r.level === 1 && r.side === 'income',
    );
    expect(income.reduce((n, r) => n + r.fen, 0)).toBe(statement.income.totalFen);
    expect(result.package.digest).toBe(built.stamp.digest);
  });

  it.each<[string, Record<string, string | null>, string]>([
    ['missing', { 'datapackage.json': null }, 'units.csv:7:4 package.missing'],
    [
      'not JSON',
      { 'datapackage.json': '{\n  "profile": "tabular-data-package",\n  oops\n}' },
      `${FOLDER}datapackage.json:3:3 package.not-json`,
    ],
    [
      'of an unknown schema version',
      { 'datapackage.json': JSON.stringify({ ...descriptor(), schemaVersion: 'union-disclosure/9' }) },
      `${FOLDER}datapackage.json package.unknown-version`,
    ],
    ['without a version at all', { 'datapackage.json': '[]' }, `${FOLDER}datapackage.json package.unknown-version`],
    [
      'with a descriptor lacking its union',
      { 'datapackage.json': JSON.stringify({ ...descriptor(), union: undefined }) },
      `${FOLDER}datapackage.json package.bad-descriptor`,
    ],
    [
      'with a file changed after the build',
      { 'periods.csv': text('periods.csv').replace('期间编号', '期间编码') },
      `${FOLDER}periods.csv package.digest-mismatch`,
    ],
    ['with a listed file absent', { 'membership.csv': null }, `${FOLDER}membership.csv package.resource-missing`],
    [
      'with totals that do not add up (hash made to match)',
      statementsChanged(),
      `${FOLDER}statements.csv package.totals-mismatch`,
    ],
    [
      'with a balance sheet of a period it does not have',
      sheet(['2099,1,货币资金,资产,false,1.00,2.00']),
      `${FOLDER}balance-sheets.csv:2:1 package.unknown-period`,
    ],
    [
      'with a balance sheet item that is not a row of 工会01表',
      sheet([`${PERIOD},1,现金,资产,false,1.00,2.00`]),
      `${FOLDER}balance-sheets.csv:2:3 package.unknown-balance-item`,
    ],
    [
      'with a balance sheet amount that is not two-decimal 元',
      sheet([`${PERIOD},1,货币资金,资产,false,1.00,2`]),
      `${FOLDER}balance-sheets.csv:2:7 package.bad-amount`,
    ],
    [
      'with a balance sheet that does not balance',
      sheet([`${PERIOD},28,资产总计,资产,true,10.00,20.00`, `${PERIOD},45,负债与净资产总计,净资产,true,10.00,19.00`]),
      `${FOLDER}balance-sheets.csv package.balance-unbalanced`,
    ],
    [
      'with a correction dated in words',
      corrections([`${PERIOD},去年六月,漏记,张三,2024-04-12,收入合计,,1.00,2.00`]),
      `${FOLDER}corrections.csv:2:2 package.bad-date`,
    ],
    [
      'with a correction giving only the figure after',
      corrections([`${PERIOD},2024-06-18,漏记,张三,2024-04-12,收入合计,,,2.00`]),
      `${FOLDER}corrections.csv:2:8 package.bad-amount`,
    ],
    [
      'with a correction of a period it does not have',
      corrections(['2099,2024-06-18,漏记,张三,2024-04-12,,,,']),
      `${FOLDER}corrections.csv:2:1 package.unknown-period`,
    ],
    [
      'with a flag count that is not a whole number',
      flags([`${PERIOD},duplicate,疑似重复入账,true,两处`]),
      `${FOLDER}flags.csv:2:5 package.bad-count`,
    ],
    [
      'with flags of a period it does not have',
      flags(['2099,duplicate,疑似重复入账,true,1']),
      `${FOLDER}flags.csv:2:1 package.unknown-period`,
    ],
  ])('refuses a package %s, located', (_, changes, expected) => {
    const result = readUnitPackage(unit, files(changes));
    expect(result.ok).toBe(false);
    const issues = result.ok ? [] : result.issues;
    const first = issues[0]!;
    expect(`${first.file}${first.line ? `:${first.line}:${first.column}` : ''} ${first.code}`).toBe(expected);
    expect(first.message).toContain('甲单位工会');
  });

  it('reads its balance sheet and its corrections, in fen', () => {
    const changes = rehashed({
      'balance-sheets.csv': csvOf('balance-sheets.csv', [`${PERIOD},1,货币资金,资产,false,1.00,2.50`]),
      'corrections.csv': csvOf('corrections.csv', [
        `${PERIOD},2024-06-18,漏记,张三,2024-04-12,收入合计,,100.00,150.50`,
      ]),
    });
    const result = readUnitPackage(unit, files(changes));
    if (!result.ok) throw new Error(formatIssueReport(result.issues));
    expect(result.package.balanceSheets).toEqual([
      { periodId: PERIOD, item: '货币资金', openingFen: 100, closingFen: 250 },
    ]);
    expect(result.package.corrections).toEqual([
      {
        periodId: PERIOD,
        date: '2024-06-18',
        reason: '漏记',
        figure: { label: '收入合计', beforeFen: 10000, afterFen: 15050 },
      },
    ]);
  });

  it('reads its 疑点提示 counts as the package states them, and none from a package without flags.csv', () => {
    const result = readUnitPackage(unit, files());
    if (!result.ok) throw new Error(formatIssueReport(result.issues));
    expect(result.package.flags.map((f) => `${f.periodId} ${f.rule} ${f.applies} ${f.count}`)).toEqual(
      built.site.periods.flatMap(({ statement }, i) =>
        Object.entries(built.site.audit.flags[i]!.counts).map(
          ([rule, count]) =>
            `${statement.period.id} ${rule} ${built.site.audit.flags[i]!.ledger || !LINE_RULES.has(rule as FlagRule)} ${count}`,
        ),
      ),
    );
    const d = descriptor();
    d.resources = d.resources.filter((r) => r.path !== 'flags.csv');
    const older = readUnitPackage(unit, files({ 'datapackage.json': JSON.stringify(d), 'flags.csv': null }));
    if (!older.ok) throw new Error(formatIssueReport(older.issues));
    expect(older.package.flags).toEqual([]);
  });

  it('names units.csv line in the message of a package problem', () => {
    const result = readUnitPackage(unit, files({ 'datapackage.json': 'nope' }));
    expect(result.ok ? '' : result.issues[0]!.message).toContain('units.csv 第 7 行');
  });
});

describe('jsonErrorPosition', () => {
  it.each<[string, string, { line: number; column: number }]>([
    ['Unexpected token in JSON at position 12 (line 2 column 5)', '', { line: 2, column: 5 }],
    ['Unexpected token in JSON at position 4', 'ab\ncdef', { line: 2, column: 2 }],
    ['Unexpected end of JSON input', '{', { line: 0, column: 0 }],
  ])('%s', (message, text, position) => {
    expect(jsonErrorPosition(message, text)).toEqual(position);
  });
});
