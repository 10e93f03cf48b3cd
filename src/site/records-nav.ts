/** The pages of the 活动 section, in display order (paths relative to the site root). */
export const ACTIVITY_PAGES = [
  { path: 'activities/', label: '活动' },
  { path: 'activities/aid/', label: '帮扶慰问' },
  { path: 'activities/honours/', label: '荣誉' },
];

/** The pages of the 民主管理 section, in display order. */
export const DEMOCRACY_PAGES = [
  { path: 'democracy/', label: '概览' },
  { path: 'democracy/congress/', label: '代表大会' },
  { path: 'democracy/proposals/', label: '提案' },
  { path: 'democracy/elections/', label: '选举' },
];
