import type { RegisterRow } from '../../disclosure/register.ts';
import type { SiteData } from '../../model/site-data.ts';
import { nearest } from '../../text/edit-distance.ts';
import { BUDGET_COLUMNS, MONEY_UNITS, resolveAmount, resolveBudgetRate } from './amount.ts';
import { resolveChange } from './change.ts';
import { resolveCount } from './count.ts';
import { resolveDisclosure } from './disclosure.ts';
import { fail, type FigureProblem, type FigureResult, type TagProps } from './figure-types.ts';
import { resolveShare } from './share.ts';
import {
  CHART_SIDES,
  resolveBudgetTable,
  resolveStatementChart,
  resolveStatementTable,
  TABLE_SIDES,
} from './tables.ts';

/** One attribute a tag accepts; `values` lists the allowed values when they are fixed. */
export interface AttributeSpec {
  name: string;
  required?: boolean;
  values?: readonly string[];
}

/** A component authors may use in a report, with its attributes and its resolver. */
export interface TagSpec {
  name: string;
  /** Inline figures sit in a sentence; block ones (tables, charts) stand on their own. */
  block: boolean;
  attributes: readonly AttributeSpec[];
  /**
   * The figure of the tag. `register` (the disclosure register as of the build date) is
   * given when the page renders; the build-time check of a report runs before the register
   * exists, so a tag that reads it checks only its attributes then.
   */
  resolve(site: SiteData, props: TagProps, register?: readonly RegisterRow[]): FigureResult;
}

const period = { name: 'period', required: true };

/** Every component a report may use; src/components/reports/mdx-components.ts renders them. */
export const FIGURE_TAGS: readonly TagSpec[] = [
  {
    name: 'Amount',
    block: false,
    attributes: [
      period,
      { name: 'account' },
      { name: 'total' },
      { name: 'budget', values: BUDGET_COLUMNS },
      { name: 'unit', values: MONEY_UNITS },
      { name: 'decimals' },
    ],
    resolve: resolveAmount,
  },
  {
    name: 'Share',
    block: false,
    attributes: [period, { name: 'account' }, { name: 'count' }, { name: 'of' }],
    resolve: resolveShare,
  },
  {
    name: 'Change',
    block: false,
    attributes: [period, { name: 'account' }, { name: 'total' }, { name: 'count' }, { name: 'against' }],
    resolve: resolveChange,
  },
  {
    name: 'Count',
    block: false,
    attributes: [{ name: 'figure', required: true }, { name: 'period' }],
    resolve: resolveCount,
  },
  {
    name: 'BudgetRate',
    block: false,
    attributes: [period, { name: 'account', required: true }],
    resolve: resolveBudgetRate,
  },
  {
    name: 'StatementTable',
    block: true,
    attributes: [period, { name: 'side', values: TABLE_SIDES }],
    resolve: resolveStatementTable,
  },
  {
    name: 'StatementChart',
    block: true,
    attributes: [period, { name: 'side', required: true, values: CHART_SIDES }],
    resolve: resolveStatementChart,
  },
  { name: 'BudgetTable', block: true, attributes: [period], resolve: resolveBudgetTable },
  {
    name: 'Disclosure',
    block: false,
    attributes: [period, { name: 'kinds' }],
    resolve: resolveDisclosure,
  },
];

/** The problem with a tag's attributes as written (unknown, missing, empty or not allowed), if any. */
export function checkAttributes(spec: TagSpec, props: TagProps): FigureProblem | undefined {
  const names = spec.attributes.map((a) => a.name);
  for (const [name, value] of Object.entries(props)) {
    const attribute = spec.attributes.find((a) => a.name === name);
    if (!attribute) {
      const near = nearest(name, names);
      return {
        attribute: name,
        code: 'report.unknown-attribute',
        message: `<${spec.name}> 没有属性 ${name}`,
        expected: names.join('、'),
        found: name,
        hint: near ? `是否应为 ${near}？` : undefined,
      };
    }
    if (value === undefined || value.trim() === '') {
      return {
        attribute: name,
        code: 'report.empty-attribute',
        message: `属性 ${name} 没有填写值`,
        expected: `${name}="……"`,
        found: value === undefined ? name : `${name}=""`,
      };
    }
    if (attribute.values && !attribute.values.includes(value)) {
      return {
        attribute: name,
        code: 'report.bad-attribute-value',
        message: `属性 ${name} 的值“${value}”不在可选范围内`,
        expected: attribute.values.join('、'),
        found: value,
      };
    }
  }
  for (const attribute of spec.attributes) {
    if (attribute.required && props[attribute.name] === undefined) {
      return {
        code: 'report.missing-attribute',
        message: `<${spec.name}> 缺少属性 ${attribute.name}`,
        expected: `${attribute.name}="……"`,
        found: '未填写',
      };
    }
  }
  return undefined;
}

/** The problem of a tag whose name is not one of FIGURE_TAGS. */
export function unknownComponent(name: string): FigureProblem {
  const names = FIGURE_TAGS.map((t) => t.name);
  const near = nearest(name, names);
  return {
    code: 'report.unknown-component',
    message: `没有这个组件`,
    expected: names.join('、'),
    found: `<${name}>`,
    hint: near ? `是否应为 <${near}>？` : undefined,
  };
}

/** Resolves a tag by name: attributes first, then the figure itself (with the register when given). */
export function resolveTag(
  site: SiteData,
  name: string,
  props: TagProps,
  register?: readonly RegisterRow[],
): FigureResult {
  const spec = FIGURE_TAGS.find((t) => t.name === name);
  if (!spec) return fail(unknownComponent(name));
  const problem = checkAttributes(spec, props);
  return problem ? fail(problem) : spec.resolve(site, props, register);
}

/**
 * For components: the figure of a tag, or an Error with the Chinese message (the build-time
 * check reports the same problem earlier with the .mdx file and line).
 */
export function figureOrThrow(
  site: SiteData,
  name: string,
  props: TagProps,
  register?: readonly RegisterRow[],
): string {
  const result = resolveTag(site, name, props, register);
  if (result.ok) return result.figure.text;
  const p = result.problem;
  throw new Error(`报告组件 <${name}> 引用有误：${p.message}${p.expected ? `（应为：${p.expected}）` : ''}`);
}
