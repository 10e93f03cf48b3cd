/**
 * The demo federation's pages recomputed from the unit packages themselves: each package's
 * CSV files are parsed here with Papa (not with the federation's reader) and summed, and the
 * figures the 汇总 page, the drill-down pages and the unit table show must equal those sums.
 */
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { federationPage, federationPeriodPage } from '../../../src/lib/views/pages/federation-pages.ts';
import { federationAccountPage } from '../../../src/lib/views/pages/federation-unit-pages.ts';
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

  it('the unit table: members and totals from each package, corrections counted', () => {
    for (const c of federation.consolidated) {
      const table = federationPeriodPage(site, federation, c.period.id).unitTable.rows;
      for (const row of table.filter((r) => r.reporting)) {
        const unit = federation.units.find((s) => s.unit.name === row.unit.name)!.unit.id;
        const members = rows(unit, 'membership.csv').find((m) => m['期间编号'] === c.period.id)?.['会员人数'];
        const period = rows(unit, 'periods.csv').find((p) => p['期间编号'] === c.period.id)!;
        const cell = (label: string) => row.cells.find((x) => x.label === label)!.text;
        expect(cell('会员人数')).toBe(members ?? '—');
        expect(fen(cell('本期收入'))).toBe(fen(period['本期收入合计（元）']!));
        expect(fen(cell('期末结余'))).toBe(fen(period['期末结余（元）']!));
        const corrections = new Set(
          rows(unit, 'corrections.csv')
            .filter((x) => x['期间编号'] === c.period.id)
            .map((x) => x['更正日期']),
        ).size;
        expect(cell('更正')).toBe(corrections === 0 ? '—' : `${corrections} 次`);
      }
    }
    const hospital2023 = federationPeriodPage(site, federation, '2023').unitTable.rows[0]!;
    expect(hospital2023.cells.find((x) => x.label === '更正')!.text).toBe('1 次');
  });
});
