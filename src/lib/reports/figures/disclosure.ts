import type { RegisterRow } from '../../disclosure/register.ts';
import { DISCLOSURE_KINDS, KIND_ORDER, resolveKind, type DisclosureKind } from '../../disclosure/kinds.ts';
import type { SiteData } from '../../model/site-data.ts';
import { fail, figure, type FigureResult, type TagProps } from './figure-types.ts';
import { findPeriod } from './lookup.ts';

/** The kinds a period's disclosure sentence covers when `kinds` is not written. */
const DEFAULT_KINDS: readonly DisclosureKind[] = ['fund-statement', 'budget', 'audit-report'];

function kindsOf(written: string | undefined): { kinds: DisclosureKind[] } | { bad: string } {
  if (written === undefined) return { kinds: [...DEFAULT_KINDS] };
  const kinds: DisclosureKind[] = [];
  for (const part of written.split(/[,，、]/).map((p) => p.trim())) {
    const kind = resolveKind(part);
    if (!kind) return { bad: part };
    if (!kinds.includes(kind)) kinds.push(kind);
  }
  return { kinds };
}

/** How a row that is not disclosed yet is said: its deadline, and how late it is. */
function pending(row: RegisterRow): string {
  if (!row.deadline) return `${row.item.title}尚未公开`;
  return row.status === 'overdue'
    ? `${row.item.title}尚未公开（应于 ${row.deadline} 前公开，已逾期 ${row.lateDays} 天）`
    : `${row.item.title}尚未公开（应于 ${row.deadline} 前公开）`;
}

/**
 * `<Disclosure period="2024" kinds="经费收支,经费预算,经审报告" />`: what of a period is
 * disclosed, in words, read from the disclosure register as of the build date, so a report
 * can never claim "全部公开" while the register lists an item as 待公开 or 逾期未公开.
 * `kinds` (default 经费收支、经费预算、经审报告) takes the register's kind labels or aliases.
 *
 * Without `register` (the build-time check of the report, which runs before the register
 * is built) only the attributes are checked and the text is empty; the page renders it with
 * the register.
 */
export function resolveDisclosure(site: SiteData, props: TagProps, register?: readonly RegisterRow[]): FigureResult {
  const period = findPeriod(site, props.period);
  if (!period.ok) return fail(period.problem);
  const id = period.value.data.statement.period.id;
  const parsed = kindsOf(props.kinds);
  if ('bad' in parsed)
    return fail({
      attribute: 'kinds',
      code: 'report.unknown-kind',
      message: `“${parsed.bad}”不是公开事项的类别`,
      expected: KIND_ORDER.map((k) => DISCLOSURE_KINDS[k].label).join('、'),
      found: parsed.bad,
    });
  if (!register) return figure('', [id]);
  const rows = register.filter((r) => r.item.periodId === id && parsed.kinds.includes(r.item.kind));
  if (rows.length === 0)
    return fail({
      attribute: 'period',
      code: 'report.no-disclosure-items',
      message: `公开目录中没有${period.value.data.statement.period.label}的这些事项`,
      expected: '公开目录中有的期间和类别',
      found: props.kinds ?? DEFAULT_KINDS.map((k) => DISCLOSURE_KINDS[k].label).join('、'),
    });
  const shown = rows.filter((r) => r.status === 'published' || r.status === 'expired').map((r) => r.item.title);
  const notYet = rows.filter((r) => r.status === 'due' || r.status === 'overdue').map(pending);
  const said =
    notYet.length === 0
      ? `${shown.join('、')}均已在本站公开`
      : shown.length === 0
        ? notYet.join('；')
        : `${shown.join('、')}已在本站公开；${notYet.join('；')}`;
  return figure(said, [id]);
}
