import { isIsoDate } from '../lib/dates/calendar.ts';

/**
 * The build date as ISO "YYYY-MM-DD": UNION_BUILD_DATE when set (so tests and reprints
 * are exact), otherwise today's date in Asia/Shanghai. The disclosure register computes
 * published / due / overdue as of this day. Throws on a malformed UNION_BUILD_DATE.
 */
export function buildDate(env: NodeJS.ProcessEnv = process.env): string {
  const fixed = env.UNION_BUILD_DATE;
  if (fixed) {
    if (!isIsoDate(fixed)) throw new Error(`UNION_BUILD_DATE 应为 YYYY-MM-DD 格式的日期，实际为：${fixed}`);
    return fixed;
  }
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Asia/Shanghai',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(new Date());
}
