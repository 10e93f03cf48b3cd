// The workbook part of `npm run bench` (issue 13): reads a generated ledger of `lines` lines
// once as CSV and once as an .xlsx the way Excel saves it (scripts/bench/xlsx-stage.ts, in a
// fresh process) and says how many lines a second each form reads, side by side.
import { join } from 'node:path';
import { measureProcess } from './measure-process.ts';
import type { XlsxStageResult } from './xlsx-stage.ts';

const root = join(import.meta.dirname, '../..');

/** Runs the stage and returns its figures and the line printed beside the CSV figure. */
export async function xlsxBench(lines = 100_000): Promise<{ result: XlsxStageResult; text: string }> {
  const cost = await measureProcess(process.execPath, [join(root, 'scripts/bench/xlsx-stage.ts'), String(lines)]);
  if (cost.exitCode !== 0) throw new Error(`xlsx stage failed (exit ${cost.exitCode}):\n${cost.output}`);
  const result = JSON.parse(cost.output.trim().split('\n').at(-1)!) as XlsxStageResult;
  const mb = (result.workbookBytes / 1_048_576).toFixed(1);
  const text =
    `Ledger of ${result.lines.toLocaleString('en-US')} lines as .xlsx (${mb} MB): ` +
    `${result.xlsxLinesPerSecond.toLocaleString('en-US')} lines/s ` +
    `(unzip+parse ${Math.round(result.xlsxParseMs)} ms, sheet ${Math.round(result.xlsxTableMs)} ms, ` +
    `fund lines ${Math.round(result.xlsxFundMs)} ms); the same ledger as CSV: ` +
    `${result.csvLinesPerSecond.toLocaleString('en-US')} lines/s. A CSV-only data folder never loads the reader.`;
  return { result, text };
}
