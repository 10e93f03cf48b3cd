import type { Charts } from '../../src/lib/accounts/account.ts';
import { resolveInSystem } from '../../src/lib/accounts/charts.ts';

/** Observable Framework version the peer comparison installs (pinned, so runs compare alike). */
export const OBSERVABLE_VERSION = '1.13.4';

/** A period of the data set as the peer project shows it. */
export interface PeerPeriod {
  /** Period id, the fund file's name without .csv (funds/<id>.csv), e.g. "2024". */
  id: string;
  /** Display name from periods.csv, e.g. "2024年度". */
  label: string;
}

/** How a written account (code, name or alias, exactly as staff write it) resolves in the peer. */
export interface PeerAccount {
  code: string;
  name: string;
  kind: 'income' | 'expense';
}

/**
 * The peer's account lookup: every code, name and alias of the 2021 chart, and every name and
 * alias of the 2009 chart, mapped to the 2021 account our loader resolves it to
 * (resolveInSystem, 2021: the data sets the bench generates are kept under the 2021 制度).
 * Keys are exactly as written: the peer does no width or spacing normalisation, it looks up.
 */
export function peerAccounts(charts: Charts): Record<string, PeerAccount> {
  const written = [
    ...charts['2021'].accounts.flatMap((a) => [a.code, a.name, ...a.aliases]),
    ...charts['2009'].accounts.flatMap((a) => [a.name, ...a.aliases]),
  ];
  const table: Record<string, PeerAccount> = {};
  for (const text of written) {
    if (text in table) continue;
    const resolved = resolveInSystem(charts, '2021', text);
    if (resolved.ok)
      table[text] = { code: resolved.account.code, name: resolved.account.name, kind: resolved.account.kind };
  }
  return table;
}

/** Project files: POSIX path relative to the project folder → text. */
export type ProjectFiles = Map<string, string>;

// Shared by both page loaders: reads one fund file (funds/<id>.csv, copied to data/funds/)
// with a plain CSV splitter (no dependency, so the loaders run with Node alone), resolves each
// line's account by lookup and formats amounts. Lines without a date are the
// stated totals (收入合计, 支出合计) and are left out; nothing is checked.
const FUND_JS = `import { readFileSync } from "node:fs";

const accounts = JSON.parse(readFileSync(new URL("./accounts.json", import.meta.url), "utf8"));
const labels = JSON.parse(readFileSync(new URL("./periods.json", import.meta.url), "utf8"));

/** The period's name from periods.csv, e.g. "2024年度". */
export function periodLabel(period) {
  return labels[period] ?? period;
}

/** The --period=<id> argument Framework passes to a parameterized page loader. */
export function periodArgument() {
  const arg = process.argv.find((a) => a.startsWith("--period="));
  if (!arg) throw new Error("missing --period");
  return arg.slice("--period=".length);
}

/** Integer fen of an amount cell such as "1,234.50", "¥12.00" or "-3.5". */
export function fen(text) {
  const t = text.replace(/[¥,\\s]/g, "");
  const negative = t.startsWith("-");
  const [yuan, cents = ""] = (negative ? t.slice(1) : t).split(".");
  const value = Number(yuan) * 100 + Number((cents + "00").slice(0, 2));
  return negative ? -value : value;
}

/** Fen as yuan with thousands separators and two decimals. */
export function yuan(value) {
  const sign = value < 0 ? "-" : "";
  const abs = Math.abs(value);
  const whole = String(Math.floor(abs / 100)).replace(/\\B(?=(\\d{3})+$)/g, ",");
  return sign + whole + "." + String(abs % 100).padStart(2, "0");
}

/** Text safe inside HTML in Framework Markdown (a "$" could open an inline expression). */
export function html(text) {
  return text.replace(/[&<>"$]/g, (c) => "&#" + c.charCodeAt(0) + ";");
}

/**
 * Rows of an RFC 4180 CSV text (quotes doubled inside quoted fields; CRLF, LF or CR), as
 * arrays of strings. Unquoted fields are sliced, not built character by character.
 */
export function parseCsv(text) {
  const rows = [];
  let row = [];
  let i = 0;
  const n = text.length;
  while (i < n) {
    let value;
    if (text.charCodeAt(i) === 34) {
      value = "";
      let j = i + 1;
      for (;;) {
        const q = text.indexOf('"', j);
        if (q < 0) {
          value += text.slice(j);
          i = n;
          break;
        }
        value += text.slice(j, q);
        if (text.charCodeAt(q + 1) !== 34) {
          i = q + 1;
          break;
        }
        value += '"';
        j = q + 2;
      }
    } else {
      let j = i;
      while (j < n) {
        const c = text.charCodeAt(j);
        if (c === 44 || c === 10 || c === 13) break;
        j += 1;
      }
      value = text.slice(i, j);
      i = j;
    }
    row.push(value);
    if (text.charCodeAt(i) === 44) {
      i += 1;
      if (i === n) row.push("");
    } else {
      i += text.charCodeAt(i) === 13 && text.charCodeAt(i + 1) === 10 ? 2 : 1;
      rows.push(row);
      row = [];
    }
  }
  return rows;
}

/** The ledger lines of a period: date, voucher, the account as resolved, fen, memo. */
export function readFund(period) {
  let text = readFileSync(new URL("../data/funds/" + period + ".csv", import.meta.url), "utf8");
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const [header, ...rows] = parseCsv(text);
  const column = (name) => header.indexOf(name);
  const [date, voucher, written, amount, memo] = ["日期", "凭证号", "科目", "金额", "摘要"].map(column);
  const lines = [];
  for (const row of rows) {
    if (!row[date]) continue;
    const account = accounts[row[written].trim()] ?? { code: "", name: row[written].trim(), kind: "unknown" };
    lines.push({ date: row[date], voucher: row[voucher], account, fen: fen(row[amount]), memo: row[memo] ?? "" });
  }
  return lines;
}
`;

// 收入支出表: the total of each account, income then expense, with both sides' totals and
// the surplus. Accounts the lookup does not know are listed under 未识别.
const STATEMENT_LOADER = `import { html, periodArgument, periodLabel, readFund, yuan } from "../../lib/fund.js";

const period = periodArgument();
const lines = readFund(period);
const totals = new Map();
for (const line of lines) {
  const key = line.account.kind + "|" + line.account.code + "|" + line.account.name;
  totals.set(key, (totals.get(key) ?? 0) + line.fen);
}
const side = { income: "收入", expense: "支出", unknown: "未识别" };
const order = { income: 0, expense: 1, unknown: 2 };
const rows = [...totals].map(([key, value]) => {
  const [kind, code, name] = key.split("|");
  return { kind, code, name, value };
});
rows.sort((a, b) => order[a.kind] - order[b.kind] || a.code.localeCompare(b.code) || a.name.localeCompare(b.name));
const sum = (kind) => rows.filter((r) => r.kind === kind).reduce((s, r) => s + r.value, 0);
const income = sum("income");
const expense = sum("expense");
const out = [];
out.push("# " + html(periodLabel(period)) + " 收入支出表", "", "明细账 " + lines.length + " 行。", "");
out.push("<table>", "<thead><tr><th>收支</th><th>科目编码</th><th>科目</th><th>金额（元）</th></tr></thead>", "<tbody>");
for (const r of rows) {
  out.push("<tr><td>" + side[r.kind] + "</td><td>" + html(r.code) + "</td><td>" + html(r.name) + "</td><td>" + yuan(r.value) + "</td></tr>");
}
out.push("<tr><td>收入</td><td></td><td>收入合计</td><td>" + yuan(income) + "</td></tr>");
out.push("<tr><td>支出</td><td></td><td>支出合计</td><td>" + yuan(expense) + "</td></tr>");
out.push("<tr><td></td><td></td><td>收支差额</td><td>" + yuan(income - expense) + "</td></tr>");
out.push("</tbody>", "</table>", "");
process.stdout.write(out.join("\\n"));
`;

// 明细账: every line of the period in file order.
const LEDGER_LOADER = `import { html, periodArgument, periodLabel, readFund, yuan } from "../../lib/fund.js";

const period = periodArgument();
const lines = readFund(period);
const out = [];
out.push("# " + html(periodLabel(period)) + " 明细账", "", "共 " + lines.length + " 行。", "");
out.push("<table>", "<thead><tr><th>日期</th><th>凭证号</th><th>科目</th><th>金额（元）</th><th>摘要</th></tr></thead>", "<tbody>");
for (const l of lines) {
  out.push(
    "<tr><td>" + html(l.date) + "</td><td>" + html(l.voucher) + "</td><td>" + html(l.account.name) +
      "</td><td>" + yuan(l.fen) + "</td><td>" + html(l.memo) + "</td></tr>",
  );
}
out.push("</tbody>", "</table>", "");
process.stdout.write(out.join("\\n"));
`;

/** A JavaScript string literal (JSON's quoting is valid JavaScript). */
const js = (text: string): string => JSON.stringify(text);

/**
 * The files of a minimal Observable Framework project that publishes, for each period, a
 * 收入支出表 (`/<id>/statement`: each account's total, both sides' totals, the surplus) and a
 * 明细账 (`/<id>/ledger`: every line), both rendered at build time by parameterized page
 * loaders from the period's fund file, plus an index linking them, with Framework's own
 * search index on. The fund files themselves are not among the files: copy the data set's
 * funds/ folder to `data/funds/` beside them. It checks nothing (no DataIssue, no balance or
 * total check, no placeholder or privacy scan) and has none of our other pages.
 */
export function observableProjectFiles(
  periods: readonly PeerPeriod[],
  accounts: Readonly<Record<string, PeerAccount>>,
): ProjectFiles {
  const paths = periods.flatMap((p) => [`/${p.id}/statement`, `/${p.id}/ledger`]);
  const config = [
    'export default {',
    `  title: ${js('基准测试工会（Observable Framework 对照）')},`,
    '  root: "src",',
    '  output: "dist",',
    '  search: true,',
    '  pager: false,',
    `  dynamicPaths: ${JSON.stringify(paths)},`,
    '};',
    '',
  ].join('\n');
  const index = [
    '# 会务公开（对照）',
    '',
    ...periods.map((p) => `- ${p.label}：[收入支出表](/${p.id}/statement) · [明细账](/${p.id}/ledger)`),
    '',
  ].join('\n');
  const packageJson = {
    name: 'observable-peer-bench',
    private: true,
    type: 'module',
    dependencies: { '@observablehq/framework': OBSERVABLE_VERSION },
  };
  return new Map([
    ['package.json', JSON.stringify(packageJson, null, 2) + '\n'],
    ['observablehq.config.js', config],
    ['lib/accounts.json', JSON.stringify(accounts) + '\n'],
    ['lib/periods.json', JSON.stringify(Object.fromEntries(periods.map((p) => [p.id, p.label]))) + '\n'],
    ['lib/fund.js', FUND_JS],
    ['src/index.md', index],
    ['src/[period]/statement.md.js', STATEMENT_LOADER],
    ['src/[period]/ledger.md.js', LEDGER_LOADER],
  ]);
}

/** The pages the project builds for these periods: the index, then a statement and a ledger each. */
export function observablePageCount(periods: readonly PeerPeriod[]): number {
  return 1 + 2 * periods.length;
}
