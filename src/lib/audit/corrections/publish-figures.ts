import { compareFigures, type PeriodFigures } from './period-figures.ts';
import type { RecordedFile } from './recorded-figures.ts';

/** What `npm run publish` does for one period. */
export type PublishStep =
  | { action: 'create'; record: RecordedFile }
  | { action: 'append'; record: RecordedFile; changes: number }
  | { action: 'unchanged' };

/**
 * The recorded figures after a publication on `date` (ISO) of data with digest `dataDigest`:
 * a new file for a period never recorded; a new version appended when the figures differ
 * from the latest recording (the build has already checked that a correction covers the
 * difference); nothing when they are equal. Never rewrites an earlier version.
 */
export function publishStep(
  periodId: string,
  existing: RecordedFile | undefined,
  figures: PeriodFigures,
  stamp: { date: string; dataDigest: string },
): PublishStep {
  const version = { recordedOn: stamp.date, dataDigest: stamp.dataDigest, figures };
  if (!existing) return { action: 'create', record: { periodId, versions: [version] } };
  const changes = compareFigures(existing.versions.at(-1)!.figures, figures).length;
  if (changes === 0) return { action: 'unchanged' };
  return { action: 'append', record: { periodId, versions: [...existing.versions, version] }, changes };
}
