import { checkBuildDate } from '../lib/build/option-values.ts';

/**
 * The build date as ISO "YYYY-MM-DD": UNION_BUILD_DATE when set (so tests and reprints
 * are exact), otherwise today's date in Asia/Shanghai. The disclosure register computes
 * published / due / overdue as of this day. Throws the Chinese message on a malformed or
 * implausible UNION_BUILD_DATE (see checkBuildDate).
 */
export function buildDate(env: NodeJS.ProcessEnv = process.env): string {
  const fixed = env.UNION_BUILD_DATE;
  if (fixed) {
    const checked = checkBuildDate(fixed);
    if ('error' in checked) throw new Error(checked.error);
    return checked.value;
  }
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Asia/Shanghai',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(new Date());
}
