/**
 * The main navigation: one entry per section of the site, in display order. Pages name
 * their section with `key`; the layout marks it as current.
 */
export const NAV = [
  { key: 'home', label: '首页', path: '' },
  { key: 'funds', label: '经费公开', path: 'funds/' },
  { key: 'activities', label: '活动', path: 'activities/' },
  { key: 'democracy', label: '民主管理', path: 'democracy/' },
  { key: 'members', label: '会员', path: 'members/' },
] as const;

/** A section key of the main navigation. */
export type NavKey = (typeof NAV)[number]['key'];
