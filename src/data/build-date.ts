import { isIsoDate } from '../lib/dates/calendar.ts';

/**
 * The date the site is built for (ISO "YYYY-MM-DD"): UNION_BUILD_DATE when set, otherwise
 * today's date in the local time zone. Time-limited content (公示 notices, the disclosure
 * register) is judged against it, so a build can be reproduced for any day. Throws when
 * UNION_BUILD_DATE is set but not a real date.
 */
export function buildDate(env: NodeJS.ProcessEnv = process.env, now: Date = new Date()): string {
  const set = env.UNION_BUILD_DATE?.trim();
  if (set) {
    if (!isIsoDate(set)) throw new Error(`UNION_BUILD_DATE 应为日期 YYYY-MM-DD，实际为“${set}”`);
    return set;
  }
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
