import { dataStamp, type DataStamp } from './data-digest.ts';
import { buildDate } from './build-date.ts';
import { dataDir, readDataDir } from './read-data-dir.ts';

let cached: DataStamp | undefined;

/** The build's data stamp (build date + digest of the data folder), computed once per build. */
export function getDataStamp(): DataStamp {
  cached ??= dataStamp(readDataDir(dataDir()), buildDate());
  return cached;
}
