import { z } from 'zod';
import { readTable } from '../csv/read-table.ts';
import { bytesHash, DATA_PACKAGE_VERSION } from '../export/data-package.ts';
import { MEMBERSHIP_FIELDS, PERIODS_FIELDS, STATEMENTS_FIELDS } from '../export/package-tables.ts';
import { IssueList, type DataIssue } from '../issues/data-issue.ts';
import type { DataFiles } from '../model/data-files.ts';
import { decodeText } from '../text/decode-text.ts';
import { columnsOf, packageAmount } from './package-cells.ts';
import { readUnitExtras, type UnitExtras } from './unit-extras.ts';
import { readUnitSummaries, type UnitSummaries } from './unit-summaries.ts';
import type { UnitEntry } from './units-table.ts';

/** A period of a unit's package with its totals, in fen. */
export interface UnitPeriod {
  id: string;
  label: string;
  start: string;
  end: string;
  /** 会计制度 the unit kept the period under. */
  system: '2009' | '2021';
  /** 公开范围 of the period: a side it leaves out has no rows, and its totals read 0 here. */
  scope: '全部' | '仅收入' | '仅支出';
  openingFen: number;
  incomeFen: number;
  expenseFen: number;
  closingFen: number;
}

/** One row of a unit's statements.csv: a category (level 1) or an account under it. */
export interface UnitStatementRow {
  periodId: string;
  side: 'income' | 'expense';
  level: number;
  code: string;
  name: string;
  /** Code of the category, for a level 2 row. */
  parentCode?: string;
  fen: number;
}

/** A unit's open data package, read and checked (its balance sheets and corrections when it has them). */
export interface UnitPackage extends UnitExtras {
  unit: UnitEntry;
  /** The union as the package names itself. */
  union: { name: string; level: string };
  /** The data stamp of the unit's own build. */
  digest: string;
  buildDate: string;
  periods: UnitPeriod[];
  statements: UnitStatementRow[];
  /** 会员人数 per period id, when the unit published membership counts. */
  members: ReadonlyMap<string, number>;
  /** Its expense budgets and register statuses by period. */
  summaries: UnitSummaries;
}

/** What reading a unit's package gave: the package, or the problems that stopped it. */
export type UnitPackageResult = { ok: true; package: UnitPackage } | { ok: false; issues: DataIssue[] };

const FieldSchema = z.object({ name: z.string(), key: z.string() });
const ResourceSchema = z.object({
  name: z.string(),
  path: z.string().regex(/^[a-z0-9._-]+\.csv$/, '应为同一文件夹中的 CSV 文件名'),
  bytes: z.number().int().nonnegative(),
  hash: z.string().regex(/^sha256:[0-9a-f]{64}$/, '应为 sha256: 加 64 位十六进制数'),
  schema: z.object({ fields: z.array(FieldSchema) }),
});
const DescriptorSchema = z.object({
  union: z.object({ name: z.string().min(1), level: z.string().min(1) }),
  data: z.object({ digest: z.string().regex(/^[0-9a-f]{64}$/), buildDate: z.string() }),
  resources: z.array(ResourceSchema).min(1),
});

/** Where a JSON.parse error points, as line and column (1-based), from V8's message. */
export function jsonErrorPosition(message: string, text: string): { line: number; column: number } {
  const lineColumn = /line (\d+) column (\d+)/.exec(message);
  if (lineColumn) return { line: Number(lineColumn[1]), column: Number(lineColumn[2]) };
  const position = /position (\d+)/.exec(message);
  if (!position) return { line: 0, column: 0 };
  const before = text.slice(0, Number(position[1]));
  const lines = before.split('\n');
  return { line: lines.length, column: lines[lines.length - 1]!.length + 1 };
}

/** The folder of a package path ("units/a/data/datapackage.json" → "units/a/data/"), "" at the top. */
function folderOf(path: string): string {
  const slash = path.lastIndexOf('/');
  return slash < 0 ? '' : path.slice(0, slash + 1);
}

/** Reads the CSV resources a federation needs from a package whose bytes were checked. */
function readTables(
  unit: UnitEntry,
  folder: string,
  texts: ReadonlyMap<string, string>,
  issues: IssueList,
): Omit<UnitPackage, 'unit' | 'union' | 'digest' | 'buildDate'> {
  const where = (path: string) => `${folder}${path}`;
  const amount = (path: string, line: number, column: number, header: string, text: string): number =>
    packageAmount(unit.name, header, text, { file: where(path), line, column }, issues);
  const periods: UnitPeriod[] = [];
  const periodRows =
    readTable(
      where('periods.csv'),
      texts.get('periods.csv') ?? '',
      columnsOf(PERIODS_FIELDS, ['periodId', 'start', 'end', 'accountingSystem', 'openingYuan']),
      issues,
    ) ?? [];
  for (const { line, cells } of periodRows) {
    const cell = (key: string) => cells[key] ?? { text: '', column: 0 };
    const money = (key: string) =>
      amount('periods.csv', line, cell(key).column, PERIODS_FIELDS.find((f) => f.key === key)!.name, cell(key).text);
    const system = cell('accountingSystem').text.trim();
    if (system !== '2009' && system !== '2021') {
      issues.add({
        file: where('periods.csv'),
        line,
        column: cell('accountingSystem').column,
        code: 'package.unknown-system',
        message: `单位“${unit.name}”的期间会计制度无法识别`,
        expected: '2009 或 2021',
        found: system || '空',
      });
      continue;
    }
    const scopeText = cell('scope').text.trim() || '全部';
    if (scopeText !== '全部' && scopeText !== '仅收入' && scopeText !== '仅支出') {
      issues.add({
        file: where('periods.csv'),
        line,
        column: cell('scope').column,
        code: 'package.unknown-scope',
        message: `单位“${unit.name}”的期间公开范围无法识别`,
        expected: '全部、仅收入 或 仅支出',
        found: scopeText,
      });
      continue;
    }
    const scope = scopeText;
    const published = (key: 'incomeYuan' | 'expenseYuan') =>
      scope === '全部' || (key === 'incomeYuan' ? scope === '仅收入' : scope === '仅支出');
    const shown = (key: 'incomeYuan' | 'expenseYuan' | 'closingYuan') =>
      key === 'closingYuan' ? scope === '全部' : published(key);
    periods.push({
      scope,
      id: cell('periodId').text.trim(),
      label: cell('label').text.trim(),
      start: cell('start').text.trim(),
      end: cell('end').text.trim(),
      system,
      openingFen: money('openingYuan'),
      incomeFen: shown('incomeYuan') ? money('incomeYuan') : 0,
      expenseFen: shown('expenseYuan') ? money('expenseYuan') : 0,
      closingFen: shown('closingYuan') ? money('closingYuan') : 0,
    });
  }
  const statements: UnitStatementRow[] = [];
  const statementRows =
    readTable(
      where('statements.csv'),
      texts.get('statements.csv') ?? '',
      columnsOf(STATEMENTS_FIELDS, ['periodId', 'side', 'level', 'accountCode', 'accountName', 'amountYuan']),
      issues,
    ) ?? [];
  for (const { line, cells } of statementRows) {
    const cell = (key: string) => cells[key] ?? { text: '', column: 0 };
    const side = cell('side').text.trim();
    const level = Number(cell('level').text.trim());
    if ((side !== '收入' && side !== '支出') || !Number.isInteger(level) || level < 1) {
      issues.add({
        file: where('statements.csv'),
        line,
        column: cell(side === '收入' || side === '支出' ? 'level' : 'side').column,
        code: 'package.bad-row',
        message: `单位“${unit.name}”收支表的收支或级次无法识别`,
        expected: '收支为 收入 或 支出，级次为 1、2 或 3',
        found: `${side}、${cell('level').text}`,
      });
      continue;
    }
    const parentCode = cell('parentCode').text.trim();
    statements.push({
      periodId: cell('periodId').text.trim(),
      side: side === '收入' ? 'income' : 'expense',
      level,
      code: cell('accountCode').text.trim(),
      name: cell('accountName').text.trim(),
      ...(parentCode ? { parentCode } : {}),
      fen: amount('statements.csv', line, cell('amountYuan').column, '金额', cell('amountYuan').text),
    });
  }
  for (const period of periods) {
    for (const [side, total, header] of [
      ['income', period.incomeFen, '本期收入合计'],
      ['expense', period.expenseFen, '本期支出合计'],
    ] as const) {
      if (period.scope !== '全部' && period.scope !== (side === 'income' ? '仅收入' : '仅支出')) continue;
      const sum = statements
        .filter((r) => r.periodId === period.id && r.side === side && r.level === 1)
        .reduce((n, r) => n + r.fen, 0);
      if (sum !== total)
        issues.add({
          file: where('statements.csv'),
          line: 0,
          column: 0,
          code: 'package.totals-mismatch',
          message: `单位“${unit.name}”${period.id} 期间的一级科目之和与 periods.csv 的${header}不符`,
          expected: String(total),
          found: String(sum),
        });
    }
  }
  const members = new Map<string, number>();
  const memberText = texts.get('membership.csv');
  if (memberText !== undefined) {
    for (const { cells } of readTable(
      where('membership.csv'),
      memberText,
      columnsOf(MEMBERSHIP_FIELDS, ['periodId', 'members']),
      issues,
    ) ?? []) {
      const count = Number(cells.members?.text.trim());
      if (Number.isInteger(count) && count >= 0) members.set(cells.periodId!.text.trim(), count);
    }
  }
  const periodIds = new Set(periods.map((p) => p.id));
  return {
    periods,
    statements,
    members,
    summaries: readUnitSummaries(texts, where, issues),
    ...readUnitExtras(unit.name, texts, periodIds, where, issues),
  };
}

/**
 * Reads and checks one unit's open data package from the federation's data folder: the
 * descriptor at the unit's 数据包 path must exist, be JSON, be of DATA_PACKAGE_VERSION and
 * list resources whose files have exactly the bytes and SHA-256 it states; periods.csv and
 * statements.csv are then read (amounts to fen) and each period's level 1 rows must add up
 * to its totals. Every problem is a DataIssue naming the package's file (and units.csv's line
 * in the message); a package with any problem is not used. Pure.
 */
export function readUnitPackage(unit: UnitEntry, files: DataFiles): UnitPackageResult {
  const issues = new IssueList();
  const who = `单位“${unit.name}”（units.csv 第 ${unit.line} 行）`;
  const fail = (issue: DataIssue): UnitPackageResult => ({ ok: false, issues: [issue] });
  const bytes = files.get(unit.packagePath);
  if (bytes === undefined) {
    return fail({
      file: 'units.csv',
      line: unit.line,
      column: unit.packageColumn,
      code: 'package.missing',
      message: `${who}的数据包不存在`,
      expected: '该单位网站生成的 data/datapackage.json，复制到此路径',
      found: `没有文件 ${unit.packagePath}`,
    });
  }
  const text = decodeText(bytes).text;
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    const { line, column } = jsonErrorPosition(String((error as Error).message), text);
    return fail({
      file: unit.packagePath,
      line,
      column,
      code: 'package.not-json',
      message: `${who}的数据包不是有效的 JSON`,
      expected: '网站生成的 datapackage.json 原样复制',
      found: String((error as Error).message),
    });
  }
  const version =
    typeof json === 'object' && json !== null ? (json as Record<string, unknown>).schemaVersion : undefined;
  if (version !== DATA_PACKAGE_VERSION) {
    return fail({
      file: unit.packagePath,
      line: 0,
      column: 0,
      code: 'package.unknown-version',
      message: `${who}的数据包版本无法识别`,
      expected: DATA_PACKAGE_VERSION,
      found: version === undefined ? '没有 schemaVersion' : String(version),
      hint: '请该单位用与本工会相同版本的程序重新生成网站',
    });
  }
  const parsed = DescriptorSchema.safeParse(json);
  if (!parsed.success) {
    const first = parsed.error.issues[0]!;
    return fail({
      file: unit.packagePath,
      line: 0,
      column: 0,
      code: 'package.bad-descriptor',
      message: `${who}的数据包描述不完整：${first.path.join('.')}`,
      expected: first.message,
      found:
        JSON.stringify(
          first.path.reduce<unknown>((v, k) => (v as Record<string, unknown> | undefined)?.[k as string], json),
        ) ?? '没有',
    });
  }
  const descriptor = parsed.data;
  const folder = folderOf(unit.packagePath);
  const texts = new Map<string, string>();
  for (const resource of descriptor.resources) {
    const path = `${folder}${resource.path}`;
    const file = files.get(path);
    if (file === undefined) {
      issues.add({
        file: path,
        line: 0,
        column: 0,
        code: 'package.resource-missing',
        message: `${who}的数据包列出的文件不存在`,
        expected: resource.path,
        found: '没有这个文件',
      });
      continue;
    }
    const found = bytesHash(file);
    if (found.hash !== resource.hash || found.bytes !== resource.bytes) {
      issues.add({
        file: path,
        line: 0,
        column: 0,
        code: 'package.digest-mismatch',
        message: `${who}的数据文件与数据包记录的指纹不符，文件在生成后被改动或不完整`,
        expected: `${resource.hash}（${resource.bytes} 字节）`,
        found: `${found.hash}（${file.length} 字节）`,
        hint: '请取回该单位网站生成的原始文件，不要手工修改',
      });
      continue;
    }
    texts.set(resource.path, decodeText(file).text);
  }
  for (const required of ['periods.csv', 'statements.csv']) {
    if (!descriptor.resources.some((r) => r.path === required)) {
      issues.add({
        file: unit.packagePath,
        line: 0,
        column: 0,
        code: 'package.resource-missing',
        message: `${who}的数据包缺少 ${required}`,
        expected: required,
        found: '数据包中没有列出',
      });
    }
  }
  if (issues.count > 0) return { ok: false, issues: issues.sorted() };
  const tables = readTables(unit, folder, texts, issues);
  if (issues.count > 0) return { ok: false, issues: issues.sorted() };
  return {
    ok: true,
    package: {
      unit,
      union: descriptor.union,
      digest: descriptor.data.digest,
      buildDate: descriptor.data.buildDate,
      ...tables,
    },
  };
}
