import { describe, expect, it } from 'vitest';
import type { AuditData } from '../../../../src/lib/audit/audit-data.ts';
import { allCorrections, correctionBox } from '../../../../src/lib/views/audit/corrections-view.ts';
import { DEFAULT_THRESHOLDS } from '../../../../src/lib/audit/flags/thresholds.ts';

const audit: AuditData = {
  thresholds: DEFAULT_THRESHOLDS,
  flags: [],
  recordedOn: new Map(),
  holidaySources: [],
  corrections: {
    carried: [],
    corrections: [
      {
        periodId: '2022',
        periodLabel: '2022年度',
        date: '2023-05-10',
        reason: '漏记一笔慰问',
        handler: '王会计',
        correctsRecordOf: '2023-03-16',
        changes: [
          { label: '支出合计', beforeFen: 3000, afterFen: 3100 },
          { label: '期末结余', beforeFen: 12000, afterFen: 11900 },
        ],
        carried: [
          {
            periodId: '2023',
            periodLabel: '2023年度',
            openingBeforeFen: 12000,
            openingAfterFen: 11900,
            closingBeforeFen: 12500,
            closingAfterFen: 12400,
          },
        ],
      },
    ],
  },
};

describe('correctionBox', () => {
  it("shows a period's own corrections with each figure before → after and the chain", () => {
    const box = correctionBox(audit, '2022')!;
    expect(box.carried).toEqual([]);
    expect(box.own[0]).toMatchObject({
      date: '2023-05-10',
      reason: '漏记一笔慰问',
      handler: '王会计',
      corrects: '更正 2023-03-16 公开的数字',
      changes: [
        { label: '支出合计', before: '30.00', after: '31.00', difference: '+1.00' },
        { label: '期末结余', before: '120.00', after: '119.00', difference: '−1.00' },
      ],
      chain: ['2023年度期初结余 120.00 → 119.00，期末结余 125.00 → 124.00'],
    });
  });

  it('tells a later period that its opening carried the restated closing, and nothing to others', () => {
    expect(correctionBox(audit, '2023')).toEqual({
      own: [],
      carried: [
        '2022年度于 2023-05-10 更正后，本期期初结余由 120.00 元改为 119.00 元，期末结余由 125.00 元改为 124.00 元。',
      ],
    });
    expect(correctionBox(audit, '2024')).toBeUndefined();
    expect(allCorrections(audit).map((c) => c.period)).toEqual(['2022年度']);
  });
});
