import { join } from 'node:path';
import { readReportFiles } from '../../src/build/read-content-dir.ts';
import { readDataDir } from '../../src/build/read-data-dir.ts';
import type { DataFiles } from '../../src/lib/model/data-files.ts';
import { withLedgerCorrection, withPublications, withSubsidiesToUnits } from './published-unit.ts';
import { generatedUnitFiles, type UnitSpec } from './write-federation.ts';

/** The build date the demo federation is built and judged at (as the demo site's tests pin it). */
export const DEMO_BUILD_DATE = '2026-12-01';

/**
 * The demo federation: the 临江市卫生健康系统工会 (县级以上工会, its own data generated, its
 * 困难职工帮扶 money booked as 补助下级支出, so the transfers can be set side by side) and four
 * units: the demo hospital union (this repository's data/ and reports, with a correction of
 * 2023 and two balance sheets); a school union that published every year on time and
 * corrected its 2024 statement afterwards (a 工会干部培训 line had been booked to 职工教育支出;
 * recorded publications, corrections.csv and the corrected ledger, as a unit does it); the
 * disease-control union below the hospital, which published 2023 late and has not published
 * 2024 (late: 未报送); and the blood-station union whose fund file has a typing error, so its
 * own build stops and it has no package this time. The generated units keep a 公开时间表, so
 * their registers say what was on time.
 */
export function demoFederation(repo: string): { own: DataFiles; units: UnitSpec[] } {
  return {
    own: withSubsidiesToUnits(
      generatedUnitFiles('临江市卫生健康系统工会', '县级以上工会', { periods: 3, linesPerPeriod: 120 }, 1600, {
        parent: '临江市总工会',
      }),
      '困难职工帮扶支出',
      '补助下级工会困难职工帮扶经费',
    ),
    units: [
      {
        id: 'hospital',
        name: '临江市第一人民医院工会委员会',
        files: readDataDir(join(repo, 'data')),
        reports: readReportFiles(join(repo, 'content/reports')),
        fault: 'none',
      },
      {
        id: 'school',
        name: '临江市卫生学校工会委员会',
        files: withLedgerCorrection(
          withPublications(
            generatedUnitFiles('临江市卫生学校工会委员会', '基层工会', { periods: 3, linesPerPeriod: 80 }, 1601),
            { '2022': '2023-03-20', '2023': '2024-03-22', '2024': '2025-03-25' },
          ),
          {
            periodId: '2024',
            account: '培训支出',
            misbookedAs: '50101',
            date: '2025-06-12',
            reason: '工会干部培训费 {amount}原误记入职工教育支出，改记业务支出（培训费）',
            handler: '王丽华',
          },
        ),
        fault: 'none',
      },
      {
        id: 'cdc',
        name: '临江市疾病预防控制中心工会',
        parent: 'hospital',
        files: withPublications(
          generatedUnitFiles('临江市疾病预防控制中心工会', '基层工会', { periods: 2, linesPerPeriod: 60 }, 1602, {
            lastYear: 2023,
          }),
          { '2022': '2023-03-28', '2023': '2024-05-16' },
        ),
        fault: 'none',
      },
      {
        id: 'blood',
        name: '临江市中心血站工会',
        files: withPublications(
          generatedUnitFiles('临江市中心血站工会', '基层工会', { periods: 3, linesPerPeriod: 40 }, 1603),
          { '2022': '2023-03-15', '2023': '2024-03-18', '2024': '2025-03-20' },
        ),
        fault: 'broken',
      },
    ],
  };
}
