/** The kinds of problem the quality checks report, one per property the suite guards. */
export const CHECKS = [
  'unreachable-page',
  'console-error',
  'failed-request',
  'external-request',
  'broken-link',
  'broken-anchor',
  'axe',
  'no-js',
  'phone-width',
  'tables',
  'prose',
  'print',
  'page-weight',
  'javascript',
  'determinism',
] as const;

/** One property that the quality checks guard. */
export type Check = (typeof CHECKS)[number];

/**
 * One problem found on one page. `page` is the path relative to the site's base
 * ("" = home, "funds/2024/"), so reports read the same at the root and under a base path.
 */
export interface Problem {
  check: Check;
  page: string;
  detail: string;
}

/** One line per problem, "page · check · detail", sorted so reports are stable. */
export function formatProblems(problems: readonly Problem[]): string[] {
  return problems.map((p) => `${p.page || '(首页)'} · ${p.check} · ${p.detail}`).sort();
}

/** The problems of one kind, formatted (for one assertion per property in a test). */
export function problemsOf(problems: readonly Problem[], check: Check): string[] {
  return formatProblems(problems.filter((p) => p.check === check));
}
