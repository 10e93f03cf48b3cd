// An independent recomputation of the published figures from the data files, for the fuzz
// test: its own decoding, its own CSV reader and its own sums, sharing with the product only
// the charts of accounts (which account is income or expense, and its level 1 category, in
// the 制度 each period was kept under).
import type { AccountingSystem, Charts } from '../../src/lib/accounts/account.ts';
import { resolveInSystem } from '../../src/lib/accounts/charts.ts';
import type { DataFiles } from '../../src/lib/model/data-files.ts';

/** Bytes as text: a BOM decides, else UTF-8 if valid, else GB18030. */
export function oracleDecode(bytes: Uint8Array): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return new TextDecoder().decode(bytes.subarray(3));
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('gb18030').decode(bytes);
  }
}

/** RFC 4180 rows (quote-aware), blank rows dropped, cells trimmed. */
export function oracleCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"' && cell.trim() === '') quoted = true;
    else if (ch === ',') {
      row.push(cell.trim());
      cell = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(cell.trim());
      if (row.some((c) => c !== '')) rows.push(row);
      row = [];
      cell = '';
    } else cell += ch;
  }
  row.push(cell.trim());
  if (row.some((c) => c !== '')) rows.push(row);
  return rows;
}

/** Yuan as staff write them ("1,234.56", "¥5", "(3.00)") in fen, or undefined. */
export function oracleFen(text: string): number | undefined {
  let t = text.replace(/[¥￥元\s]/g, '').replace(/，/g, ',');
  let sign = 1;
  if (/^[(（].*[)）]$/.test(t)) {
    sign = -1;
    t = t.slice(1, -1);
  }
  if (t.startsWith('-') || t.startsWith('−')) {
    sign = -sign;
    t = t.slice(1);
  }
  const m = /^(\d[\d,]*)(?:\.(\d{1,2}))?$/.exec(t);
  if (!m) return undefined;
  return sign * (Number(m[1]!.replace(/,/g, '')) * 100 + Number((m[2] ?? '').padEnd(2, '0')));
}

/** The header's index of the first of `names` (units in brackets dropped), or -1. */
function column(header: readonly string[], names: readonly string[]): number {
  return header.findIndex((h) =>
    names.includes(
      h
        .replace(/[（(]元[）)]$/, '')
        .trim()
        .toLowerCase(),
    ),
  );
}

/** Figures of one period as the oracle computes them, in fen. */
export interface OraclePeriod {
  id: string;
  incomeFen: number;
  expenseFen: number;
  openingFen: number;
  closingFen: number;
  /** The declared closing balance of periods.csv, if any. */
  declaredClosingFen?: number;
  /** Level 1 code → fen, both sides. */
  categories: Map<string, number>;
  /** Account code (as resolved, any level) → fen, both sides. */
  accounts: Map<string, number>;
  aidCount: number;
  aidFen: number;
}

const TOTAL_ROW = /(合计|小计|总额)$/;

/** Recomputes every period's statement and aid totals from the files, each period in its 制度's chart. */
export function oracleFigures(files: DataFiles, charts: Charts): OraclePeriod[] {
  const text = (path: string) => {
    const bytes = files.get(path);
    return bytes ? oracleCsv(oracleDecode(bytes)) : [];
  };
  const [periodHeader = [], ...periodRows] = text('periods.csv');
  const idAt = column(periodHeader, ['编号', 'id', '期间编号']);
  const startAt = column(periodHeader, ['开始日期', 'start']);
  const endAt = column(periodHeader, ['结束日期', 'end']);
  const openingAt = column(periodHeader, ['期初结余', 'opening']);
  const closingAt = column(periodHeader, ['期末结余', 'closing']);
  const systemAt = column(periodHeader, ['会计制度', 'system', 'accounting_system', '制度']);
  const [aidHeader = [], ...aidRows] = text('aid.csv');
  const aidDate = column(aidHeader, ['日期', 'date']);
  const aidAmount = column(aidHeader, ['金额', 'amount']);
  const out: OraclePeriod[] = [];
  let carried: number | undefined;
  for (const row of periodRows) {
    const id = row[idAt] ?? '';
    // periods.csv's 会计制度, else 2009 for a period ending before 2022 (财会〔2021〕7号 applies from 2022-01-01).
    const stated = row[systemAt] ?? '';
    const system: AccountingSystem =
      stated === '2009' || stated === '2021' ? stated : (row[endAt] ?? '') < '2022-01-01' ? '2009' : '2021';
    const [header = [], ...lines] = text(`funds/${id}.csv`);
    const accountAt = column(header, ['科目', 'account', '会计科目', '科目名称', '项目']);
    const amountAt = column(header, ['金额', 'amount']);
    let incomeFen = 0;
    let expenseFen = 0;
    const categories = new Map<string, number>();
    const accounts = new Map<string, number>();
    for (const line of lines) {
      const written = line[accountAt] ?? '';
      if (TOTAL_ROW.test(written)) continue;
      const resolved = resolveInSystem(charts, system, written);
      const fen = oracleFen(line[amountAt] ?? '');
      if (!resolved.ok || fen === undefined) continue;
      const account = resolved.account;
      if (account.kind === 'income') incomeFen += fen;
      else expenseFen += fen;
      categories.set(account.categoryCode, (categories.get(account.categoryCode) ?? 0) + fen);
      accounts.set(account.code, (accounts.get(account.code) ?? 0) + fen);
    }
    const declaredOpening = oracleFen(row[openingAt] ?? '');
    const openingFen = carried ?? declaredOpening ?? 0;
    const closingFen = openingFen + incomeFen - expenseFen;
    carried = closingFen;
    const start = row[startAt] ?? '';
    const end = row[endAt] ?? '';
    const aid = aidRows.filter((r) => (r[aidDate] ?? '') >= start && (r[aidDate] ?? '') <= end);
    const declaredClosingFen = oracleFen(row[closingAt] ?? '');
    out.push({
      id,
      incomeFen,
      expenseFen,
      openingFen,
      closingFen,
      ...(declaredClosingFen !== undefined ? { declaredClosingFen } : {}),
      categories,
      accounts,
      aidCount: aid.length,
      aidFen: aid.reduce((n, r) => n + (oracleFen(r[aidAmount] ?? '') ?? 0), 0),
    });
  }
  return out;
}
