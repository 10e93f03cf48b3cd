import type { TableInput } from '../csv/read-table.ts';
import { z } from 'zod';
import type { IssueList } from '../issues/data-issue.ts';
import { filledValue, optionalTextValue } from '../records/cells.ts';
import { readRecords, type RecordTable } from '../records/record-table.ts';

export const ALLOWED_TEXT_FILE = 'allowed-text.csv';

const AllowedTextSchema = z.object({
  text: z.string(),
  /** Limits the exception to one data file (path as in messages); absent: every file. */
  file: z.string().optional(),
  /** Why the text is allowed (for staff; not used by the check). */
  note: z.string().optional(),
});

/** A text staff confirmed is meant literally although it looks like a placeholder. */
export type AllowedText = Omit<z.output<typeof AllowedTextSchema>, 'note'>;

/** allowed-text.csv (文字, 文件, 说明): exceptions to the placeholder check of data text. */
export const allowedTextTable: RecordTable<typeof AllowedTextSchema> = {
  file: ALLOWED_TEXT_FILE,
  code: 'allowed-text',
  title: '允许的文字',
  schema: AllowedTextSchema,
  columns: {
    text: {
      header: '文字',
      aliases: ['text', '允许的文字'],
      required: true,
      parse: filledValue('allowed-text.empty', '允许出现的文字，如 □满意'),
    },
    file: { header: '文件', aliases: ['file', '限于文件'], required: false, parse: optionalTextValue },
    note: { header: '说明', aliases: ['note', '原因'], required: false, parse: optionalTextValue },
  },
};

/** Reads allowed-text.csv by its declaration. */
export function readAllowedText(text: TableInput, issues: IssueList): AllowedText[] {
  return readRecords(allowedTextTable, text, issues).map(({ value }) =>
    value.file ? { text: value.text, file: value.file } : { text: value.text },
  );
}
