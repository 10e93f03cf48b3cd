import { z } from 'zod';
import { Sha256 } from '../../hash/sha256.ts';
import type { DataIssue } from '../../issues/data-issue.ts';
import { fenToDecimalString } from '../../money/format-amount.ts';
import { parseAmount } from '../../money/parse-amount.ts';
import type { PeriodFigures } from './period-figures.ts';

/** Folder of the recorded figures in the data folder: one `<期间编号>.json` per published period. */
export const RECORDED_FOLDER = 'published/';

/** The path of a period's recorded figures, relative to the data folder. */
export function recordedPath(periodId: string): string {
  return `${RECORDED_FOLDER}${periodId}.json`;
}

/** One recording of a period's figures, written by `npm run publish`. */
export interface RecordedVersion {
  /** ISO date of the publication that recorded these figures. */
  recordedOn: string;
  /** SHA-256 of the data folder at that publication (the footer's data stamp). */
  dataDigest: string;
  figures: PeriodFigures;
}

/** The recorded figures of one period: the first publication, then one version per correction. */
export interface RecordedFile {
  periodId: string;
  /** In recording order; dates never decrease. At least one. */
  versions: readonly RecordedVersion[];
}

const AMOUNT = z.string().regex(/^-?\d+\.\d{2}$/, '应为金额，如 1234.50');
const ISO_DATE = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, '应为日期，如 2024-03-28');

/** The file as written: Chinese keys, amounts in yuan with two decimals, its own digest last. */
const RecordedJsonSchema = z.object({
  期间: z.string().min(1),
  版本: z
    .array(
      z.object({
        记录日期: ISO_DATE,
        数据摘要: z.string().regex(/^[0-9a-f]{64}$/, '应为 64 位十六进制摘要'),
        期初结余: AMOUNT,
        收入合计: AMOUNT,
        支出合计: AMOUNT,
        期末结余: AMOUNT,
        科目: z.array(z.object({ 编码: z.string().min(1), 名称: z.string().min(1), 金额: AMOUNT })),
      }),
    )
    .min(1, '至少有一次记录'),
  校验码: z.string().regex(/^[0-9a-f]{64}$/, '应为 64 位十六进制校验码'),
});

type RecordedJson = z.output<typeof RecordedJsonSchema>;

const fen = (yuan: string): number => {
  const parsed = parseAmount(yuan);
  if (!parsed.ok) throw new RangeError(`not an amount: ${yuan}`); // the schema's pattern excludes this
  return parsed.fen;
};

function toJson(record: RecordedFile): Omit<RecordedJson, '校验码'> {
  return {
    期间: record.periodId,
    版本: record.versions.map((v) => ({
      记录日期: v.recordedOn,
      数据摘要: v.dataDigest,
      期初结余: fenToDecimalString(v.figures.openingFen),
      收入合计: fenToDecimalString(v.figures.incomeFen),
      支出合计: fenToDecimalString(v.figures.expenseFen),
      期末结余: fenToDecimalString(v.figures.closingFen),
      科目: v.figures.accounts.map((a) => ({ 编码: a.code, 名称: a.name, 金额: fenToDecimalString(a.fen) })),
    })),
  };
}

/** The digest a recorded file carries: SHA-256 of its content without the digest, as written (2-space JSON). */
function contentDigest(content: Omit<RecordedJson, '校验码'>): string {
  return new Sha256().update(new TextEncoder().encode(JSON.stringify(content, null, 2))).hex();
}

/** The text of a recorded-figures file: JSON with 2-space indent, its digest as the last key, a final newline. */
export function writeRecorded(record: RecordedFile): string {
  const content = toJson(record);
  return `${JSON.stringify({ ...content, 校验码: contentDigest(content) }, null, 2)}\n`;
}

/**
 * Reads a recorded-figures file. Its 校验码 must match its content, so a hand edit is found
 * (an error: the file is written only by `npm run publish`). The 期间 must match the file
 * name; recording dates must not decrease. Returns undefined with issues when unusable.
 */
export function readRecorded(file: string, text: string): { record?: RecordedFile; issues: DataIssue[] } {
  const at = (code: string, message: string, more: Partial<DataIssue> = {}): { issues: DataIssue[] } => ({
    issues: [{ file, line: 0, column: 0, code, message, ...more }],
  });
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    return at('recorded.syntax', '公开记录文件不是有效的 JSON', {
      found: error instanceof Error ? error.message : String(error),
      hint: '这个文件由 npm run publish 写入，不要手工编辑；请从版本库恢复（git checkout）',
    });
  }
  const parsed = RecordedJsonSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    return at(
      'recorded.invalid',
      `公开记录文件的内容不完整：${issue.path.join('.') || '（整个文件）'} ${issue.message}`,
      {
        hint: '这个文件由 npm run publish 写入，不要手工编辑；请从版本库恢复（git checkout）',
      },
    );
  }
  const { 校验码: stated, ...content } = parsed.data;
  const actual = contentDigest(content);
  if (actual !== stated) {
    return at('recorded.digest', '公开记录文件的校验码与内容不符：文件在写入后被手工修改过', {
      expected: actual,
      found: stated,
      hint: '已公开的数字不能直接改动。请从版本库恢复这个文件；如果数字确实需要更正，请修改数据文件并在 corrections.csv 中登记更正',
    });
  }
  const expectedId = file.slice(file.lastIndexOf('/') + 1).replace(/\.json$/, '');
  if (content.期间 !== expectedId) {
    return at('recorded.period', '公开记录文件中的期间与文件名不一致', { expected: expectedId, found: content.期间 });
  }
  for (let i = 1; i < content.版本.length; i++) {
    if (content.版本[i]!.记录日期 < content.版本[i - 1]!.记录日期) {
      return at('recorded.order', '公开记录的日期应按先后顺序排列', {
        expected: `不早于 ${content.版本[i - 1]!.记录日期}`,
        found: content.版本[i]!.记录日期,
      });
    }
  }
  return {
    record: {
      periodId: content.期间,
      versions: content.版本.map((v) => ({
        recordedOn: v.记录日期,
        dataDigest: v.数据摘要,
        figures: {
          openingFen: fen(v.期初结余),
          incomeFen: fen(v.收入合计),
          expenseFen: fen(v.支出合计),
          closingFen: fen(v.期末结余),
          accounts: v.科目.map((a) => ({ code: a.编码, name: a.名称, fen: fen(a.金额) })),
        },
      })),
    },
    issues: [],
  };
}
