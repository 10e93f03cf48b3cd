/**
 * The demo federation's pages recomputed from the unit packages themselves: each package's
 * CSV files are parsed here with Papa (not with the federation's reader) and summed, and the
 * figures the 汇总 page, the drill-down pages and the unit table show must equal those sums.
 */
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { formatYuan } from '../../../src/lib/money/format-amount.ts';
import { formatPercent } from '../../../src/lib/numbers/rates.ts';
import {
  cellWords,
  federationCsvFiles,
  federationPage,
  federationPeriodPage,
} from '../../../src/lib/views/pages/federation-pages.ts';
import { federationAccountPage, federationUnitPage } from '../../../src/lib/views/pages/federation-unit-pages.ts';
import { demoFederationBuild } from '../../helpers/demo-federation.ts';

const { context, federation, packages } = demoFederationBuild();
const site = context.site;
const decoder = new TextDecoder();

/** A CSV file of a unit's package as rows keyed by its Chinese headers. */
function rows(unit: string, file: string): Record<string, string>[] {
  const bytes = packages.get(`../../sites/${unit}/data/${file}`);
  if (!bytes) return [];
  const text = decoder.decode(bytes).replace(/^\uFEFF/, '');
  return Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true }).data;
}

/** "1,234.56" → 123456 fen, exactly. */
const fen = (text: string) => {
  const plain = text.replace(/[,\u2212]/g, (c) => (c === ',' ? '' : '-'));
  const negative = plain.startsWith('-');
  const [yuan, cents = '00'] = plain.replace('-', '').split('.');
  const value = Number(yuan) * 100 + Number(cents.padEnd(2, '0'));
  return negative ? -value : value;
};

/** The units whose package has the period with the federation's dates, published in full. */
function reportingUnits(periodId: string): string[] {
  const own = site.periods.find((p) => p.statement.period.id === periodId)!.statement.period;
  return ['hospital', 'school', 'cdc', 'blood'].filter((unit) =>
    rows(unit, 'periods.csv').some(
      (p) =>
        p['期间编号'] === periodId &&
        p['开始日期'] === own.start &&
        p['结束日期'] === own.end &&
        p['公开范围'] === '全部',
    ),
  );
}

/** Sum of a code's amounts over the units, from their statements.csv. */
function sumOf(units: readonly string[], periodId: string, code: string): number {
  return units
    .flatMap((u) => rows(u, 'statements.csv'))
    .filter((r) => r['期间编号'] === periodId && r['科目编码'] === code)
    .reduce((n, r) => n + fen(r['金额（元）']!), 0);
}

describe('the demo federation, recomputed from the unit packages', () => {
  it('has the four units of the demo, the broken one without a package', () => {
    expect(federation.units.map((s) => `${s.unit.id}${s.package ? '' : ' (没有数据包)'}`)).toEqual([
      'hospital',
      'school',
      'cdc',
      'blood (没有数据包)',
    ]);
    expect(rows('blood', 'periods.csv')).toEqual([]);
    expect(federationPage(site, federation).problems.map((p) => p.unit.name)).toEqual(['临江市中心血站工会']);
  });

  it.each(site.periods.map((p) => p.statement.period.id))('%s: every line of the 汇总 and both totals', (periodId) => {
    const units = reportingUnits(periodId);
    const page = federationPeriodPage(site, federation, periodId);
    expect(page.reporting.length).toBe(units.length);
    expect(units.length).toBeGreaterThanOrEqual(2);
    for (const section of page.sections) {
      for (const row of section.rows)
        expect(fen(row.amount), `${periodId} ${row.code}`).toBe(sumOf(units, periodId, row.code));
      const level1 = units
        .flatMap((u) => rows(u, 'statements.csv'))
        .filter((r) => r['期间编号'] === periodId && r['级次'] === '1' && r['收支'] === section.title)
        .reduce((n, r) => n + fen(r['金额（元）']!), 0);
      expect(fen(section.total)).toBe(level1);
      const header = section.title === '收入' ? '本期收入合计（元）' : '本期支出合计（元）';
      expect(level1).toBe(
        units
          .flatMap((u) => rows(u, 'periods.csv'))
          .filter((p) => p['期间编号'] === periodId)
          .reduce((n, p) => n + fen(p[header]!), 0),
      );
    }
  });

  it.each(site.periods.map((p) => p.statement.period.id))(
    '%s: the transfers, the units’ 上级补助收入 against the federation’s own 补助下级支出',
    (periodId) => {
      const page = federationPeriodPage(site, federation, periodId);
      const upper = reportingUnits(periodId)
        .flatMap((u) => rows(u, 'statements.csv'))
        .filter((r) => r['期间编号'] === periodId && r['级次'] === '1' && r['科目名称'] === '上级补助收入')
        .reduce((n, r) => n + fen(r['金额（元）']!), 0);
      expect(fen(page.transfers.unitsUpperSubsidy)).toBe(upper);
      const own = site.periods
        .find((p) => p.statement.period.id === periodId)!
        .statement.expense.categories.find((c) => c.account.name === '补助下级支出');
      expect(own?.fen).toBeGreaterThan(0);
      expect(fen(page.transfers.federationSubsidy)).toBe(own!.fen);
    },
  );

  it('2024: the late unit and the broken one are 未报送, and the 汇总 says so', () => {
    const page = federationPeriodPage(site, federation, '2024');
    expect(page.missing.map((m) => m.name)).toEqual(['临江市疾病预防控制中心工会', '临江市中心血站工会']);
    expect(page.coverage).toContain('本表汇总 2 个单位（名单共 4 个）');
    expect(page.unitTable.rows.filter((r) => !r.reporting).map((r) => r.unit.name)).toEqual([
      '临江市疾病预防控制中心工会',
      '临江市中心血站工会',
    ]);
  });

  it('a drill-down lists each unit’s part, and the parts add up to the 汇总 line', () => {
    for (const c of federation.consolidated) {
      for (const line of c.rows) {
        const page = federationAccountPage(site, federation, c.period.id, line.code);
        expect(page.parts.reduce((n, p) => n + fen(p.amount), 0)).toBe(line.fen);
        for (const part of page.parts) {
          const unit = federation.units.find((s) => s.unit.name === part.unit.name)!.unit.id;
          expect(fen(part.amount)).toBe(sumOf([unit], c.period.id, line.code));
        }
      }
    }
  });

  /** The first register.csv row of a period and kind, worded as the unit table words it. */
  function disclosed(unit: string, periodId: string, kind: string): string {
    const row = rows(unit, 'register.csv').find((r) => r['期间编号'] === periodId && r['事项类别'] === kind);
    if (!row) return '无记录';
    const late = Number(row['逾期天数'] || '0');
    if (row['状态'] === 'overdue') return late > 0 ? `逾期未公开 ${late} 天` : '逾期未公开';
    if (row['状态'] === 'due') return '待公开';
    return late > 0 ? `逾期公开 ${late} 天` : '按时公开';
  }

  /** The flags of a period summed from flags.csv: "3 处" / "未发现", "（未逐笔核对）" when a rule did not apply. */
  function flagsCell(unit: string, periodId: string): string {
    const of = rows(unit, 'flags.csv').filter((r) => r['期间编号'] === periodId);
    if (of.length === 0) return '—';
    const total = of.reduce((n, r) => n + Number(r['处数']), 0);
    return `${total === 0 ? '未发现' : `${total} 处`}${of.some((r) => r['适用'] === 'false') ? '（未逐笔核对）' : ''}`;
  }

  /** Half away from zero, for the per-member figures and the 完成率 (both operands integers). */
  const rounded = (numerator: number, denominator: number) =>
    Math.sign(numerator) * Math.round(Math.abs(numerator) / denominator);

  it.each(site.periods.map((p) => p.statement.period.id))(
    '%s: every column of the unit table, from each unit’s package',
    (periodId) => {
      const page = federationPeriodPage(site, federation, periodId);
      const reporting = reportingUnits(periodId);
      expect(page.unitTable.rows.map((r) => r.unit.name)).toEqual(federation.units.map((s) => s.unit.name));
      for (const row of page.unitTable.rows) {
        const unit = federation.units.find((s) => s.unit.name === row.unit.name)!.unit.id;
        const cell = (label: string) => row.cells.find((x) => x.label === label)!;
        const text = (label: string) => cell(label).text;
        expect(row.reporting, `${periodId} ${unit}`).toBe(reporting.includes(unit));
        expect(text('收支表公开')).toBe(disclosed(unit, periodId, 'fund-statement'));
        expect(text('经审报告公开')).toBe(disclosed(unit, periodId, 'audit-report'));
        const dates = [
          ...new Set(
            rows(unit, 'corrections.csv')
              .filter((x) => x['期间编号'] === periodId)
              .map((x) => x['更正日期']),
          ),
        ].sort();
        expect(text('更正')).toBe(dates.length === 0 ? '—' : `已更正 ${dates.join('、')}`);
        expect(cell('更正').path).toBe(dates.length === 0 ? undefined : `federation/units/${unit}/#p-${periodId}`);
        if (!row.reporting) {
          for (const label of ['会员人数', '本期收入', '本期支出', '人均收入', '人均支出', '期末结余', '疑点提示'])
            expect(text(label)).toBe('—');
          continue;
        }
        const period = rows(unit, 'periods.csv').find((p) => p['期间编号'] === periodId)!;
        const membersText = rows(unit, 'membership.csv').find((m) => m['期间编号'] === periodId)?.['会员人数'];
        const members = membersText === undefined ? undefined : Number(membersText);
        const income = fen(period['本期收入合计（元）']!);
        const expense = fen(period['本期支出合计（元）']!);
        expect(text('会员人数')).toBe(membersText ?? '—');
        expect(fen(text('本期收入'))).toBe(income);
        expect(fen(text('本期支出'))).toBe(expense);
        expect(fen(text('期末结余'))).toBe(fen(period['期末结余（元）']!));
        expect(text('人均收入')).toBe(members ? formatYuan(rounded(income, members)) : '—');
        expect(text('人均支出')).toBe(members ? formatYuan(rounded(expense, members)) : '—');
        const budget = rows(unit, 'budgets.csv').filter(
          (b) => b['期间编号'] === periodId && b['收支'] === '支出' && b['级次'] === '1',
        );
        const adjusted = budget.reduce((n, b) => n + fen(b['调整后预算（元）']!), 0);
        const actual = budget.reduce((n, b) => n + fen(b['决算数（元）']!), 0);
        expect(text('支出预算完成率')).toBe(
          budget.length === 0 || adjusted === 0 ? '—' : formatPercent(rounded(actual * 10000, adjusted)),
        );
        expect(text('疑点提示')).toBe(flagsCell(unit, periodId));
      }
    },
  );

  it('the demo has a late unit and two corrected ones, and the unit pages say so', () => {
    const table = (periodId: string) => federationPeriodPage(site, federation, periodId).unitTable.rows;
    const cell = (periodId: string, unit: number, label: string) =>
      table(periodId)[unit]!.cells.find((x) => x.label === label)!.text;
    expect(cell('2023', 0, '更正')).toBe('已更正 2024-06-18');
    expect(cell('2024', 1, '更正')).toBe('已更正 2025-06-12');
    expect(cell('2023', 2, '收支表公开')).toMatch(/^逾期公开 \d+ 天$/);
    expect(table('2024')[2]!.reporting).toBe(false);
    expect(cell('2024', 1, '疑点提示')).toMatch(/^\d+ 处$/);
    const school = federationUnitPage(site, federation, 'school').periods.find((p) => p.id === '2024')!;
    expect(school.anchor).toBe('p-2024');
    expect(school.corrected).toBe('已更正 2025-06-12');
    const changes = rows('school', 'corrections.csv');
    expect(school.corrections).toEqual([
      `${changes[0]!['更正日期']}：${changes[0]!['原因']}。改动：${changes
        .map((c) => `${c['项目']} ${formatYuan(fen(c['更正前（元）']!))} → ${formatYuan(fen(c['更正后（元）']!))}`)
        .join('；')}`,
    ]);
    const cdc = federationUnitPage(site, federation, 'cdc').periods.find((p) => p.id === '2024')!;
    expect(cdc.counted).toBe(false);
    expect(cdc.disclosure).toBeUndefined();
    // The school moved one line between categories: its totals stayed, two categories changed.
    expect(changes.map((c) => c['科目编码'])).toEqual(['501', '50101', '505', '50501']);
    expect(school.flags!.total).toBe(flagsCell('school', '2024'));
    const flagged = rows('school', 'flags.csv').filter((r) => r['期间编号'] === '2024' && r['处数'] !== '0');
    expect(school.flags!.rules).toBe(flagged.map((r) => `${r['规则名称']} ${r['处数']} 处`).join('、'));
    expect(school.disclosure!.statement).toBe('按时公开');
  });

  it('the unit table CSV has the page’s figures', () => {
    for (const c of federation.consolidated) {
      const text = federationCsvFiles(site, federation).find(
        (f) => f.params.period === c.period.id && f.params.table === 'units',
      )!.props.text;
      const [, ...lines] = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;
      const [header, ...body] = lines;
      const page = federationPeriodPage(site, federation, c.period.id).unitTable.rows;
      expect(body.map((r) => r[1])).toEqual(page.map((r) => r.unit.name));
      for (const [i, row] of page.entries()) {
        const csv = (name: string) => body[i]![header!.indexOf(name)]!;
        const cell = (label: string) => row.cells.find((x) => x.label === label)!.text;
        if (row.reporting) expect(fen(csv('本期收入（元）'))).toBe(fen(cell('本期收入')));
        expect(csv('更正日期')).toBe(
          cell('更正') === '—' ? '' : cell('更正').replace('已更正 ', '').replace('、', ' '),
        );
        const flags = csv('疑点提示（处）');
        expect(flags === '' ? '—' : flags).toBe(
          cell('疑点提示').replace(/ 处.*$|未发现.*$/, (m) => (m.startsWith('未') ? '0' : '')),
        );
      }
    }
  });
});

describe('cellWords', () => {
  it.each<[string, string[]]>([
    ['逾期公开 13 天', ['逾期公开', ' ', '13 天']],
    ['逾期未公开 580 天', ['逾期未公开', ' ', '580 天']],
    ['未发现（未逐笔核对）', ['未发现', '（未逐笔核对）']],
    ['22 处（未逐笔核对）', ['22 处', '（未逐笔核对）']],
    ['已更正 2024-06-18、2024-09-01', ['已更正', ' ', '2024-06-18、2024-09-01']],
    ['按时公开', ['按时公开']],
    ['—', ['—']],
  ])('%s', (text, words) => {
    expect(cellWords(text)).toEqual(words);
    expect(words.join('')).toBe(text);
  });
});
