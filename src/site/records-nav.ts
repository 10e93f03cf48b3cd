import { routePath } from '../lib/routes/routes.ts';

/** The pages of the 活动 section, in display order (paths relative to the site root). */
export const ACTIVITY_PAGES = [
  { path: routePath({ to: 'activities' }), label: '活动' },
  { path: routePath({ to: 'aid' }), label: '帮扶慰问' },
  { path: routePath({ to: 'honours' }), label: '荣誉' },
];

/** The pages of the 民主管理 section, in display order. */
export const DEMOCRACY_PAGES = [
  { path: routePath({ to: 'democracy' }), label: '概览' },
  { path: routePath({ to: 'congress' }), label: '代表大会' },
  { path: routePath({ to: 'proposals' }), label: '提案' },
  { path: routePath({ to: 'elections' }), label: '选举' },
];
