import { readdirSync, readFileSync } from 'node:fs';
import { loadFixture } from './fixture.ts';

export const RECORDS_FIXTURE = new URL('../fixtures/records/', import.meta.url).pathname;

/** The record tables of test/fixtures/records, as overrides for the base fixture. */
export function recordFixtureFiles(): Record<string, string> {
  return Object.fromEntries(
    readdirSync(RECORDS_FIXTURE).map((name) => [name, readFileSync(RECORDS_FIXTURE + name, 'utf8')]),
  );
}

/** Loads the base fixture plus the record tables, with further overrides (null removes a file). */
export function loadRecordsFixture(overrides: Record<string, string | null> = {}): ReturnType<typeof loadFixture> {
  return loadFixture({ ...recordFixtureFiles(), ...overrides });
}
