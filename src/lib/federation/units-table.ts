import { readTable, type ColumnSpec } from '../csv/read-table.ts';
import type { IssueList } from '../issues/data-issue.ts';

/** The federation's list of its units, in the data folder. */
export const UNITS_FILE = 'units.csv';

/** One unit of a federation, as units.csv lists it. */
export interface UnitEntry {
  /** 单位编号: unique within units.csv. */
  id: string;
  /** 单位名称. */
  name: string;
  /** 上级: the 单位编号 of the unit above it; undefined for a unit directly under the federation. */
  parent?: string;
  /** 数据包: path of the unit's datapackage.json relative to the data folder (POSIX, no leading "/"). */
  packagePath: string;
  /** 网址: the unit's own site, relative to the federation's site root ("units/a/") or absolute (https://…). */
  site?: string;
  /** 项目文件夹: the unit's project (its data/ and content/), relative to the data folder; only to build it on this machine. */
  project?: string;
  /** Line of the unit in units.csv, for messages. */
  line: number;
  /** Field number of the 数据包 cell, for messages. */
  packageColumn: number;
}

type UnitKey = 'id' | 'name' | 'parent' | 'packagePath' | 'site' | 'project';

/** The columns of units.csv. */
export const UNITS_COLUMNS: readonly ColumnSpec<UnitKey>[] = [
  { key: 'id', header: '单位编号', aliases: ['编号', 'id'], required: true },
  { key: 'name', header: '单位名称', aliases: ['名称', 'name'], required: true },
  { key: 'parent', header: '上级', aliases: ['上级单位', '上级编号', 'parent'], required: false },
  { key: 'packagePath', header: '数据包', aliases: ['数据包路径', 'package'], required: true },
  { key: 'site', header: '网址', aliases: ['网站', '网站地址', 'site', 'url'], required: false },
  { key: 'project', header: '项目文件夹', aliases: ['项目', '源文件夹', 'project'], required: false },
];

/** A 单位编号 names the unit's page: letters, digits, "-" and "_" (like a period id). */
const UNIT_ID = /^[A-Za-z0-9_-]+$/;

/** A 数据包 path as compared: "/" separators, no "./" or leading "/". */
export function normalPackagePath(path: string): string {
  return path
    .trim()
    .replace(/\\/g, '/')
    .replace(/^(\.\/|\/)+/, '');
}

/** The units whose 上级 chain returns to themselves, each cycle once, in file order of its first unit. */
export function parentCycles(units: readonly UnitEntry[]): UnitEntry[][] {
  const byId = new Map(units.map((u) => [u.id, u]));
  const done = new Set<string>();
  const cycles: UnitEntry[][] = [];
  for (const start of units) {
    const path: UnitEntry[] = [];
    const onPath = new Map<string, number>();
    let at: UnitEntry | undefined = start;
    while (at && !done.has(at.id) && !onPath.has(at.id)) {
      onPath.set(at.id, path.length);
      path.push(at);
      at = at.parent === undefined ? undefined : byId.get(at.parent);
    }
    if (at && onPath.has(at.id)) cycles.push(path.slice(onPath.get(at.id)));
    for (const unit of path) done.add(unit.id);
  }
  return cycles;
}

/**
 * Reads units.csv: one row per unit with its 单位编号, 单位名称, 上级 (another unit's 单位编号,
 * empty for a unit directly under the federation), 数据包 (the path of its
 * datapackage.json) and, optionally, 网址 (its site) and 项目文件夹 (its project, to build it
 * here). A 单位编号 other than letters, digits, "-" and "_" is reported. Reports a unit listed twice (same 编号 or same 数据包), an unknown
 * 上级 and a cycle of 上级; a unit with a problem is left out of the result, so one bad row
 * never hides the others. Pure.
 */
export function readUnits(text: string, issues: IssueList): UnitEntry[] {
  const rows = readTable(UNITS_FILE, text, UNITS_COLUMNS, issues) ?? [];
  const units: UnitEntry[] = [];
  const ids = new Map<string, number>();
  const paths = new Map<string, number>();
  for (const { line, cells } of rows) {
    const id = cells.id?.text.trim() ?? '';
    const name = cells.name?.text.trim() ?? '';
    const packagePath = normalPackagePath(cells.packagePath?.text ?? '');
    const parent = cells.parent?.text.trim() || undefined;
    const packageColumn = cells.packagePath?.column ?? 0;
    const empty = (
      [
        ['单位编号', id, cells.id?.column],
        ['单位名称', name, cells.name?.column],
        ['数据包', packagePath, packageColumn],
      ] as const
    ).filter(([, value]) => value === '');
    for (const [header, , column] of empty) {
      issues.add({
        file: UNITS_FILE,
        line,
        column: column ?? 0,
        code: 'units.empty-cell',
        message: `${header}不能为空`,
        expected:
          header === '数据包' ? '单位数据包的路径，如 units/dongcheng/data/datapackage.json' : `该单位的${header}`,
        found: '空',
      });
    }
    if (empty.length > 0) continue;
    if (!UNIT_ID.test(id)) {
      issues.add({
        file: UNITS_FILE,
        line,
        column: cells.id!.column,
        code: 'units.bad-id',
        message: `单位编号“${id}”只能由字母、数字、“-”和“_”组成（它是该单位页面的网址）`,
        expected: '如 dongcheng、u0012',
        found: id,
      });
      continue;
    }
    const sameId = ids.get(id);
    if (sameId !== undefined) {
      issues.add({
        file: UNITS_FILE,
        line,
        column: cells.id!.column,
        code: 'units.duplicate-id',
        message: `单位编号“${id}”重复，第 ${sameId} 行已列出`,
        expected: '每个单位只列一次',
        found: `第 ${sameId} 行和第 ${line} 行`,
      });
      continue;
    }
    const samePath = paths.get(packagePath);
    if (samePath !== undefined) {
      issues.add({
        file: UNITS_FILE,
        line,
        column: packageColumn,
        code: 'units.duplicate-package',
        message: `数据包“${packagePath}”已在第 ${samePath} 行列出，同一单位列了两次`,
        expected: '每个单位一个自己的数据包',
        found: `第 ${samePath} 行和第 ${line} 行`,
      });
      continue;
    }
    ids.set(id, line);
    paths.set(packagePath, line);
    const site = cells.site?.text.trim() || undefined;
    const project = cells.project?.text.trim() || undefined;
    units.push({
      id,
      name,
      ...(parent ? { parent } : {}),
      packagePath,
      ...(site ? { site } : {}),
      ...(project ? { project } : {}),
      line,
      packageColumn,
    });
  }
  const known = new Set(units.map((u) => u.id));
  const cells = new Map(rows.map((r) => [r.line, r.cells]));
  const unknownParent = units.filter((u) => u.parent !== undefined && !known.has(u.parent));
  for (const unit of unknownParent) {
    issues.add({
      file: UNITS_FILE,
      line: unit.line,
      column: cells.get(unit.line)?.parent?.column ?? 0,
      code: 'units.unknown-parent',
      message: `上级“${unit.parent}”不是本表中的单位编号`,
      expected: '本表中另一单位的单位编号；直属本工会的单位留空',
      found: unit.parent,
    });
  }
  const cycles = parentCycles(units);
  for (const cycle of cycles) {
    const first = cycle[0]!;
    issues.add({
      file: UNITS_FILE,
      line: first.line,
      column: cells.get(first.line)?.parent?.column ?? 0,
      code: 'units.parent-cycle',
      message: `上级关系成环：${[...cycle, first].map((u) => u.id).join(' → ')}`,
      expected: '每个单位沿上级最终到达本工会',
      found: cycle.map((u) => `第 ${u.line} 行`).join('、'),
      hint: '检查这些行的“上级”一栏，其中一个应为空或指向环外的单位',
    });
  }
  const dropped = new Set([...unknownParent, ...cycles.flat()].map((u) => u.id));
  return units.filter((u) => !dropped.has(u.id));
}
