import { z } from 'zod';
import { dateValue, textValue } from '../../records/cells.ts';
import type { RecordTable } from '../../records/record-table.ts';

/** The corrections file in the data folder. */
export const CORRECTIONS_FILE = 'corrections.csv';

const CorrectionSchema = z.object({
  periodId: z.string(),
  date: z.string(),
  reason: z.string(),
  handler: z.string(),
});

/** One correction of figures already published: which period, when, why, and who made it. */
export type Correction = z.output<typeof CorrectionSchema>;

/** corrections.csv: 期间, 更正日期, 原因, 经办人 — one row per correction of a published period. */
export function correctionsTable(): RecordTable<typeof CorrectionSchema> {
  return {
    file: CORRECTIONS_FILE,
    code: 'correction',
    title: '更正记录',
    schema: CorrectionSchema,
    columns: {
      periodId: {
        header: '期间',
        aliases: ['period', '期间编号'],
        required: true,
        parse: textValue('期间编号，如 2023'),
      },
      date: { header: '更正日期', aliases: ['date', '日期'], required: true, parse: dateValue },
      reason: {
        header: '原因',
        aliases: ['reason', '更正原因', '说明'],
        required: true,
        parse: textValue('如 漏记一笔慰问支出 100.00 元'),
      },
      handler: { header: '经办人', aliases: ['handler', '更正人'], required: true, parse: textValue('经办人姓名') },
    },
  };
}
