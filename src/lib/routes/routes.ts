/**
 * Every page, download and anchor of the site, as data: a `Route` names where a link goes,
 * `routePath` turns it into a path relative to the site root, and `href` puts the base path
 * in front. Nothing else in src/ builds a URL or an anchor by hand, so renaming a page or an
 * anchor is one line here (the shape of Starlight's createPathFormatter / format-path).
 */

/** Section anchors that other pages link to (the `id` of the section heading). */
export const ANCHORS = {
  /** 预算执行情况 on a statement and on an audit page. */
  budget: 'h-budget',
  /** 疑点提示 on an audit page. */
  flags: 'h-flags',
  /** 更正记录 on a statement (its box) and on the audit index (every correction). */
  corrections: 'h-corrections',
  /** 数据版本（数据指纹） on the audit index, linked from every page footer. */
  stamp: 'h-stamp',
} as const;

/** A named section anchor. */
export type AnchorName = keyof typeof ANCHORS;

/** Where a link goes. Period ids, slugs and codes are the ones in the data. */
export type Route =
  | { to: 'home' }
  | { to: 'asset'; file: string }
  | { to: 'members' }
  | { to: 'membership' }
  | { to: 'audit'; anchor?: AnchorName }
  | { to: 'audit-period'; period: string; anchor?: AnchorName }
  /**
   * 审计资料包 of a period: one page made to be printed (npm run pdf); `flagRule` a 疑点提示
   * rule (its section, anchored `#flag-<rule>`).
   */
  | { to: 'audit-pack'; period: string; flagRule?: string }
  | { to: 'funds' }
  | { to: 'statement'; period: string; anchor?: AnchorName }
  | { to: 'statement-csv'; period: string }
  /** 收入支出表 (工会02表) of a period. */
  | { to: 'income-expense'; period: string }
  | { to: 'income-expense-csv'; period: string }
  /** 资产负债表 (工会01表) of a period, and its CSV. */
  | { to: 'balance-sheet'; period: string }
  | { to: 'balance-sheet-csv'; period: string }
  /**
   * Page 1 of a ledger is the ledger folder itself; `account` is an account code on that page,
   * `line` a fund file line on it (its row, anchored `#l-<line>`; wins over `account`).
   */
  | { to: 'ledger'; period: string; page?: number; account?: string; line?: number }
  /** The whole ledger of a period as CSV, line numbers as on the ledger pages. */
  | { to: 'ledger-csv'; period: string }
  | { to: 'reports' }
  | { to: 'report'; slug: string }
  | { to: 'activities' }
  | { to: 'activities-period'; period: string }
  | { to: 'activities-csv'; period: string }
  | { to: 'aid' }
  | { to: 'honours' }
  | { to: 'democracy' }
  | { to: 'congress'; session?: string }
  /** The proposals page; `anchor` a session (sessionAnchor) or a proposal (proposalAnchor) on it. */
  | { to: 'proposals'; anchor?: string }
  /** The proposals with one status (its slug, e.g. "answered"), readable without JavaScript. */
  | { to: 'proposals-status'; status: string }
  /** The proposals of one 代表团 (its slug, see delegationSlug), readable without JavaScript. */
  | { to: 'proposals-delegation'; delegation: string }
  | { to: 'proposals-csv' }
  | { to: 'elections'; election?: string }
  | { to: 'disclosure' }
  | { to: 'search' }
  | { to: 'data-package' }
  /** Federation mode (县级以上工会 with units.csv): the overview, the 汇总 of a period, one of its lines, a unit. */
  | { to: 'federation' }
  | { to: 'federation-period'; period: string }
  | { to: 'federation-account'; period: string; code: string }
  | { to: 'federation-csv'; period: string; table: 'consolidated' | 'units' }
  /** A unit's page; `period` its section of that period (federationUnitPeriodAnchor). */
  | { to: 'federation-unit'; unit: string; period?: string };

/** The anchor of a period's section on a federation unit page (without "#"). */
export function federationUnitPeriodAnchor(periodId: string): string {
  return `p-${periodId}`;
}

/** The anchor of an account's lines on a ledger page (without "#"). */
export function ledgerAnchor(code: string): string {
  return `a-${code}`;
}

/**
 * The anchor of one ledger row (without "#"): "l-123" for line 123 of the fund file. With the
 * file's line number as anchor, a link to a line stays the same across builds as long as the
 * line stays where it is in the file.
 */
export function ledgerLineAnchor(line: number): string {
  return `l-${line}`;
}

/**
 * The anchor of a proposal on the proposals page (without "#"): "p-T24-01" for 提案 T24-01.
 * Spaces in a number become "-"; `session` ("8-2") is put in front only when the same number
 * is used at several meetings, so a number findable once keeps its short anchor.
 */
export function proposalAnchor(number: string, session?: string): string {
  const safe = number.replace(/\s+/g, '-');
  return session === undefined ? `p-${safe}` : `p-${session}-${safe}`;
}

/** The path of a ledger page below the period's ledger folder: "" for page 1, "2/" for page 2. */
export function ledgerPagePath(page: number): string {
  return page <= 1 ? '' : `${page}/`;
}

/** A link to an anchor on the same page ("#toc-1"), which needs no base path. */
export function inPage(anchor: string): string {
  return `#${anchor}`;
}

const withAnchor = (path: string, anchor: string | undefined): string => (anchor ? `${path}#${anchor}` : path);

/**
 * The path of a route relative to the site root, without a leading slash ("" is the home
 * page, "funds/2024/" a statement, "funds/2024/#h-budget" its budget section).
 */
export function routePath(route: Route): string {
  switch (route.to) {
    case 'home':
      return '';
    case 'asset':
      return route.file;
    case 'members':
      return 'members/';
    case 'membership':
      return 'members/membership/';
    case 'audit':
      return withAnchor('audit/', route.anchor && ANCHORS[route.anchor]);
    case 'audit-period':
      return withAnchor(`audit/${route.period}/`, route.anchor && ANCHORS[route.anchor]);
    case 'audit-pack':
      return withAnchor(`audit/${route.period}/pack/`, route.flagRule && `flag-${route.flagRule}`);
    case 'funds':
      return 'funds/';
    case 'statement':
      return withAnchor(`funds/${route.period}/`, route.anchor && ANCHORS[route.anchor]);
    case 'statement-csv':
      return `funds/${route.period}/statement.csv`;
    case 'income-expense':
      return `funds/${route.period}/income-expense/`;
    case 'income-expense-csv':
      return `funds/${route.period}/income-expense.csv`;
    case 'balance-sheet':
      return `funds/${route.period}/balance-sheet/`;
    case 'balance-sheet-csv':
      return `funds/${route.period}/balance-sheet.csv`;
    case 'ledger':
      return withAnchor(
        `funds/${route.period}/ledger/${ledgerPagePath(route.page ?? 1)}`,
        route.line !== undefined
          ? ledgerLineAnchor(route.line)
          : route.account === undefined
            ? undefined
            : ledgerAnchor(route.account),
      );
    case 'ledger-csv':
      return `funds/${route.period}/ledger.csv`;
    case 'reports':
      return 'reports/';
    case 'report':
      return `reports/${route.slug}/`;
    case 'activities':
      return 'activities/';
    case 'activities-period':
      return `activities/${route.period}/`;
    case 'activities-csv':
      return `activities/${route.period}/activities.csv`;
    case 'aid':
      return 'activities/aid/';
    case 'honours':
      return 'activities/honours/';
    case 'democracy':
      return 'democracy/';
    case 'congress':
      return withAnchor('democracy/congress/', route.session);
    case 'proposals':
      return withAnchor('democracy/proposals/', route.anchor);
    case 'proposals-status':
      return `democracy/proposals/status/${route.status}/`;
    case 'proposals-delegation':
      return `democracy/proposals/delegation/${route.delegation}/`;
    case 'proposals-csv':
      return 'democracy/proposals/proposals.csv';
    case 'elections':
      return withAnchor('democracy/elections/', route.election);
    case 'disclosure':
      return 'disclosure/';
    case 'search':
      return 'search/';
    case 'data-package':
      return 'data/datapackage.json';
    case 'federation':
      return 'federation/';
    case 'federation-period':
      return `federation/${route.period}/`;
    case 'federation-account':
      return `federation/${route.period}/${route.code}/`;
    case 'federation-csv':
      return `federation/${route.period}/${route.table}.csv`;
    case 'federation-unit':
      return withAnchor(
        `federation/units/${route.unit}/`,
        route.period === undefined ? undefined : federationUnitPeriodAnchor(route.period),
      );
  }
}

/**
 * A site-internal link: the base path (UNION_BASE_PATH, "/" or "/gonghui/", with or without
 * its trailing slash) followed by a route or by a path that `routePath` produced (a leading
 * slash of the path is dropped). Pure: the caller passes the base.
 */
export function href(base: string, to: Route | string = ''): string {
  const root = base.endsWith('/') ? base : `${base}/`;
  const path = typeof to === 'string' ? to : routePath(to);
  return root + path.replace(/^\//, '');
}

/** `href` bound to one base path, for the pages of one build. */
export function createHref(base: string): (to?: Route | string) => string {
  return (to = '') => href(base, to);
}
