/**
 * The data folder as plain data: POSIX paths relative to the folder ("funds/2021.csv") →
 * file bytes. The edge reads the disk into this; everything after it is pure.
 */
export type DataFiles = ReadonlyMap<string, Uint8Array>;
