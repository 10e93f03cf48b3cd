import type { IssueList } from '../issues/data-issue.ts';
import type { SiteData } from '../model/site-data.ts';
import { findPlaceholders, isAllowedPlaceholder } from '../text/find-placeholders.ts';
import { checkApprovalDate } from './check-approval.ts';
import { checkHeadings, type NumberedHeading } from './check-headings.ts';
import { checkAttributes, FIGURE_TAGS, unknownComponent } from './figures/figure-tags.ts';
import type { FigureProblem } from './figures/figure-types.ts';
import { readReportMeta } from './read-report-meta.ts';
import type { ReportMeta } from './report-meta.ts';
import { scanMdx, type MdxScan, type ScannedTag, type ScanProblem } from './scan-mdx.ts';
import { checkInertTree, componentPositions } from './inert-mdx.ts';
import { REPORT_COMPONENTS } from './inert-mdx-plugin.ts';
import { parseReportMdx } from './parse-mdx.ts';

/** A report that passed every check, ready for its page. */
export interface CheckedReport {
  /** The file name without ".mdx"; also the page's URL segment. */
  slug: string;
  /** The file as shown in messages, e.g. "content/reports/2021-work-report.mdx". */
  file: string;
  meta: ReportMeta;
  headings: NumberedHeading[];
  /** Period ids the report covers or cites in a figure, in time order. */
  periods: string[];
  /** False for a 草稿: checked like the others, but no page is written. */
  published: boolean;
}

const PLACEHOLDER_HINT = '请填入实际内容；如确需保留这段文字，在这一行或上一行写 {/* 允许：这段文字 */}';

function tagProblem(file: string, tag: ScannedTag, problem: FigureProblem, issues: IssueList): void {
  const at = tag.attributes.find((a) => a.name === problem.attribute) ?? tag;
  const { code, message, expected, found, hint } = problem;
  issues.add({
    file,
    line: at.line,
    column: at.column,
    code,
    message: `<${tag.name}> ${message}`,
    expected,
    found,
    hint,
  });
}

function checkTags(file: string, scan: MdxScan, site: SiteData | undefined, issues: IssueList): string[] {
  const cited: string[] = [];
  for (const tag of scan.tags) {
    const props = Object.fromEntries(tag.attributes.map((a) => [a.name, a.value]));
    const spec = FIGURE_TAGS.find((t) => t.name === tag.name);
    const problem = spec ? checkAttributes(spec, props) : unknownComponent(tag.name);
    if (problem) {
      tagProblem(file, tag, problem, issues);
      continue;
    }
    if (!site || !spec) continue;
    const result = spec.resolve(site, props);
    if (result.ok) cited.push(...result.figure.periods);
    else tagProblem(file, tag, result.problem, issues);
  }
  return cited;
}

function checkPlaceholders(file: string, scan: MdxScan, issues: IssueList): void {
  const front = scan.frontMatter;
  const frontLines = front
    ? front.text.split('\n').map((text, i) => ({ line: front.line + i, text, markdown: false }))
    : [];
  const body = scan.prose.map((p) => ({ ...p, markdown: true }));
  for (const { line, text, markdown } of [...frontLines.filter((l) => !/^\s*#/.test(l.text)), ...body]) {
    const allowed = scan.allowed.get(line) ?? [];
    for (const match of findPlaceholders(text, { markdown })) {
      if (isAllowedPlaceholder(text, match, allowed)) continue;
      issues.add({
        file,
        line,
        column: match.index + 1,
        code: 'report.placeholder',
        message: `报告中有未替换的占位符“${match.text}”`,
        expected: '实际的文字或数字',
        found: match.text,
        hint: PLACEHOLDER_HINT,
      });
    }
  }
}

/**
 * The problems of the report as the build's MDX parser reads it (parse errors, JavaScript,
 * HTML beyond the inert tags, unsafe links: see inert-mdx.ts), except on lines where the
 * scanner already explained a problem in its own words (the same construct, said once).
 */
function treeProblems(source: string, scan: MdxScan): ScanProblem[] {
  const explained = new Set(scan.problems.map((p) => p.line));
  const parsed = parseReportMdx(source);
  if ('error' in parsed) return [parsed.error].filter((p) => !explained.has(p.line));
  const problems = checkInertTree(parsed.tree, REPORT_COMPONENTS);
  // Every component the build will render must be one the figure checks saw.
  const scanned = new Set(scan.tags.map((t) => `${t.line}:${t.column}`));
  for (const c of componentPositions(parsed.tree)) {
    if (scanned.has(`${c.line}:${c.column}`)) continue;
    problems.push({
      line: c.line,
      column: c.column,
      code: 'report.component-unchecked',
      message: `组件 <${c.name}> 的位置无法核对（它所在的写法让检查程序读不到它的属性）`,
      expected: '单独写在正文中的组件，如 <Amount period="2023" account="会费收入" />',
      found: `<${c.name}>`,
      hint: '不要把组件写在 HTML 标签的属性里或其他特殊写法中',
    });
  }
  return problems.filter((p) => !explained.has(p.line));
}

/**
 * Checks one report source against the site data: the file name, the front matter, MDX
 * syntax outside the supported subset, headings and their numbers, every component tag
 * (periods, accounts and figures must exist) and placeholders. The report is also parsed by
 * the MDX parser of the build, whose tree must be inert (no code, no unsafe HTML or link). Problems go to `issues`
 * with the line and column in the .mdx file; the report is returned only when it has none.
 * Without `site` (the data has problems) tags are checked for names and attributes only.
 */
export function checkReport(
  file: string,
  name: string,
  source: string,
  site: SiteData | undefined,
  issues: IssueList,
): CheckedReport | undefined {
  const before = issues.count;
  const slug = name.replace(/\.mdx$/, '');
  if (!/^[A-Za-z0-9_-]+$/.test(slug)) {
    issues.add({
      file,
      line: 0,
      column: 0,
      code: 'report.bad-file-name',
      message: '报告文件名只能由字母、数字、- 和 _ 组成（它也是网页地址的一部分）',
      expected: '如 2023-work-report.mdx',
      found: name,
    });
  }
  const scan = scanMdx(source);
  for (const problem of [...scan.problems, ...treeProblems(source, scan)]) issues.add({ file, ...problem });
  let read;
  if (!scan.frontMatter) {
    issues.add({
      file,
      line: 1,
      column: 1,
      code: 'report.front-matter-missing',
      message: '报告开头缺少报告信息（front matter）',
      expected: '第一行为“---”，随后写 标题、类型、期间、日期、状态，再以“---”结束',
      found: source.split(/\r?\n/, 1)[0] ?? '',
    });
  } else {
    read = readReportMeta(file, scan.frontMatter.text, scan.frontMatter.line, issues);
  }
  if (read && site) {
    const ids = site.periods.map((p) => p.statement.period.id);
    for (const id of read.meta.periods) {
      if (ids.includes(id)) continue;
      issues.add({
        file,
        ...(read.positions.periods ?? { line: 1, column: 1 }),
        code: 'report.unknown-period',
        message: `报告信息中的期间“${id}”不在 periods.csv 中`,
        expected: ids.join('、'),
        found: id,
      });
    }
    checkApprovalDate(file, read.meta, read.positions, site, issues);
  }
  const headings = checkHeadings(file, scan.headings, issues);
  const cited = checkTags(file, scan, site, issues);
  checkPlaceholders(file, scan, issues);
  if (!read || !site || issues.count > before) return undefined;
  const order = site.periods.map((p) => p.statement.period.id);
  const periods = order.filter((id) => read.meta.periods.includes(id) || cited.includes(id));
  return { slug, file, meta: read.meta, headings, periods, published: read.meta.status !== '草稿' };
}
