import { routePath } from '../lib/routes/routes.ts';

/**
 * The site's navigation. Readers come in two ways: by who they are (会员, 经审) and by
 * what they look for (经费, 报告, 活动, 民主管理, 公开目录, 搜索). Pages name their
 * section with `key`; the layout marks it as current. A new section is one line in the
 * list it belongs to (and its page); a key missing here has no page yet.
 */

/** Entry points by audience: what a member reads, what the audit committee checks. */
export const AUDIENCE_NAV = [
  { key: 'members', label: '会员', path: routePath({ to: 'members' }), title: '会员：经费用在哪里、工会做了什么' },
  { key: 'audit', label: '经审', path: routePath({ to: 'audit' }), title: '经费审查委员会：核对、追溯与公开期限' },
] as const;

/** Sections by kind of content, in display order. */
export const KIND_NAV = [
  { key: 'funds', label: '经费', path: routePath({ to: 'funds' }), title: '经费收支、预算与明细账' },
  { key: 'reports', label: '报告', path: routePath({ to: 'reports' }), title: '工作报告与经审报告' },
  { key: 'activities', label: '活动', path: routePath({ to: 'activities' }), title: '文体、培训、慰问与帮扶' },
  { key: 'democracy', label: '民主管理', path: routePath({ to: 'democracy' }), title: '职代会、提案与选举' },
  { key: 'disclosure', label: '公开目录', path: routePath({ to: 'disclosure' }), title: '全部公开事项、期限与状态' },
  { key: 'search', label: '搜索', path: routePath({ to: 'search' }), title: '全站搜索' },
] as const;

/** The entry a 县级以上工会's site adds (federation mode only), after 经费. */
export const FEDERATION_NAV = {
  key: 'federation',
  label: '下级汇总',
  path: routePath({ to: 'federation' }),
  title: '下级单位收支的汇总、各单位情况',
} as const;

/** Every navigation entry, the home page first. */
export const NAV = [
  { key: 'home', label: '首页', path: routePath({ to: 'home' }), title: '首页' },
  ...AUDIENCE_NAV,
  ...KIND_NAV,
  FEDERATION_NAV,
] as const;

/** The sections by kind as a site shows them: with 下级汇总 after 经费 in federation mode. */
export function kindNav(federation: boolean): readonly (typeof NAV)[number][] {
  return federation ? [KIND_NAV[0], FEDERATION_NAV, ...KIND_NAV.slice(1)] : KIND_NAV;
}

/** A section key of the navigation. */
export type NavKey = (typeof NAV)[number]['key'];

/** The navigation entry of a key, for breadcrumbs. */
export function navEntry(key: NavKey): (typeof NAV)[number] {
  return NAV.find((entry) => entry.key === key)!;
}
