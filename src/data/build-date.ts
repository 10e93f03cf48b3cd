/**
 * The build date shown on the site, "YYYY-MM-DD": UNION_BUILD_DATE when set (so two builds
 * of the same input are byte-identical), otherwise today in Asia/Shanghai. The only clock read.
 */
export function buildDate(): string {
  const injected = process.env.UNION_BUILD_DATE;
  if (injected && !/^\d{4}-\d{2}-\d{2}$/.test(injected)) throw new Error(`UNION_BUILD_DATE 应为 YYYY-MM-DD，实际为 “${injected}”`);
  return injected || new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Shanghai' }).format(new Date());
}
