import { compareIso, isIsoDate } from '../dates/calendar.ts';

/** A checked option value, or the Chinese message that says what is wrong with it. */
export type OptionValue = { value: string } | { error: string };

/** The earliest build date accepted (inclusive): no union data predates it. */
export const EARLIEST_BUILD_DATE = '2000-01-01';
/** The latest build date accepted (inclusive): a date past it is a typo, not a plan. */
export const LATEST_BUILD_DATE = '2100-12-31';

/**
 * Checks a UNION_BUILD_DATE value: an ISO calendar date "YYYY-MM-DD" within
 * EARLIEST_BUILD_DATE … LATEST_BUILD_DATE (both inclusive), so a typo such as 2205-06-30
 * cannot mark every disclosure 已公开 or 逾期.
 */
export function checkBuildDate(text: string): OptionValue {
  if (!isIsoDate(text)) return { error: `UNION_BUILD_DATE 应为 YYYY-MM-DD 格式的日期，实际为：${text}` };
  if (compareIso(text, EARLIEST_BUILD_DATE) < 0 || compareIso(text, LATEST_BUILD_DATE) > 0) {
    return {
      error: `UNION_BUILD_DATE 应在 ${EARLIEST_BUILD_DATE} 至 ${LATEST_BUILD_DATE} 之间，实际为：${text}（请检查年份是否输错）`,
    };
  }
  return { value: text };
}

/** One path segment: letters (Chinese included), digits and - _ . ~, but not "." or "..". */
const SEGMENT = /^[\p{L}\p{N}\-_.~]+$/u;

/**
 * Checks a UNION_BASE_PATH value: a path on this host, "/" or "/a/b/", never a URL. It must
 * start with one "/", and each segment may hold only letters, digits and - _ . ~ (so no
 * scheme, no "//" or "\" that a browser would read as another host, no "." or "..", no
 * "?", "#", "%", spaces or control characters). A missing trailing "/" is added; empty means "/".
 */
export function checkBasePath(text: string): OptionValue {
  if (text === '' || text === '/') return { value: '/' };
  const hint = '应为以 / 开头和结尾的站内路径，如 /gonghui/（只能用字母、数字、汉字和 - _ . ~）';
  if (!text.startsWith('/') || text.startsWith('//')) {
    return { error: `UNION_BASE_PATH ${hint}，不能是网址；实际为：${JSON.stringify(text)}` };
  }
  const path = text.endsWith('/') ? text : `${text}/`;
  const segments = path.slice(1, -1).split('/');
  for (const segment of segments) {
    if (!SEGMENT.test(segment) || segment === '.' || segment === '..') {
      const what = segment === '' ? '连续的 //' : `“${segment}”`;
      return { error: `UNION_BASE_PATH ${hint}；${what} 不允许，实际为：${JSON.stringify(text)}` };
    }
  }
  return { value: path };
}
