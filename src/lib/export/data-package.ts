import { levelOfUnion } from '../accounts/charts.ts';
import type { RegisterRow } from '../disclosure/register.ts';
import { Sha256 } from '../hash/sha256.ts';
import type { DataStamp } from '../model/data-stamp.ts';
import type { SiteData } from '../model/site-data.ts';
import type { Union } from '../union/union.ts';
import type { PackageTable } from './package-table.ts';
import { tableCsv } from './package-table.ts';
import {
  balanceSheetsTable,
  budgetsTable,
  spendingTable,
  correctionsPackageTable,
  flagsTable,
  membershipTable,
  periodsTable,
  registerTable,
  statementsTable,
} from './package-tables.ts';

/** The version of the package layout below; a reader refuses any other. */
export const DATA_PACKAGE_VERSION = 'union-disclosure/1';

/** Folder of the package below the site root, and the descriptor's name in it. */
export const DATA_PACKAGE_FOLDER = 'data';
export const DATA_PACKAGE_DESCRIPTOR = 'datapackage.json';

/** 组织层级: the two lists of accounts the 2021 制度 distinguishes. */
export type UnionLevel = '基层工会' | '县级以上工会';

/** A Frictionless Table Schema field with the package's English key. */
export interface DescriptorField {
  name: string;
  type: string;
  title: string;
  description: string;
  /** English name of the column, for programs. */
  key: string;
}

/** One tabular data resource of the descriptor. */
export interface DescriptorResource {
  name: string;
  path: string;
  title: string;
  profile: 'tabular-data-resource';
  format: 'csv';
  mediatype: 'text/csv';
  encoding: 'utf-8';
  /** Byte length of the CSV file. */
  bytes: number;
  /** "sha256:" + 64 lowercase hex digits of the file's bytes. */
  hash: string;
  dialect: { delimiter: ','; lineTerminator: '\r\n'; header: true };
  schema: { fields: DescriptorField[]; primaryKey?: string[]; missingValues: [''] };
}

/** datapackage.json: a Frictionless Tabular Data Package with the union's identity. */
export interface DataPackageDescriptor {
  profile: 'tabular-data-package';
  name: string;
  title: string;
  /** The build date as an RFC 3339 date-time (midnight, China Standard Time). */
  created: string;
  /** DATA_PACKAGE_VERSION. */
  schemaVersion: string;
  union: { name: string; shortName: string; kind: string; level: UnionLevel; parent?: string };
  periods: { id: string; label: string; start: string; end: string; accountingSystem: '2009' | '2021' }[];
  /** The footer stamp: SHA-256 of the data files the site was built from, and the build date. */
  data: { digest: string; files: number; buildDate: string };
  resources: DescriptorResource[];
}

/** A file of the package: path relative to the package folder, and its text (UTF-8). */
export interface PackageFile {
  path: string;
  text: string;
}

/** The descriptor and every file it lists. */
export interface DataPackage {
  descriptor: DataPackageDescriptor;
  /** The descriptor (pretty JSON) first, then one CSV per resource. */
  files: PackageFile[];
}

/** What the package is built from: the same checked site, register and stamp the pages show. */
export interface DataPackageInput {
  site: SiteData;
  register: readonly RegisterRow[];
  stamp: DataStamp;
}

const encoder = new TextEncoder();

/** SHA-256 of a file's bytes as the descriptor states it ("sha256:" + hex), with its byte length. */
export function bytesHash(bytes: Uint8Array): { bytes: number; hash: string } {
  return { bytes: bytes.length, hash: `sha256:${new Sha256().update(bytes).hex()}` };
}

/** SHA-256 of a text's UTF-8 bytes, with its byte length. */
export function textHash(text: string): { bytes: number; hash: string } {
  return bytesHash(encoder.encode(text));
}

/** 组织层级 of union.yaml, or from its 组织类型 (县级…, …以上…, …总工会 read as 县级以上工会). */
export function unionLevel(union: Union): UnionLevel {
  return levelOfUnion(union);
}

function resource(table: PackageTable, text: string): DescriptorResource {
  return {
    name: table.name,
    path: table.path,
    title: table.title,
    profile: 'tabular-data-resource',
    format: 'csv',
    mediatype: 'text/csv',
    encoding: 'utf-8',
    ...textHash(text),
    dialect: { delimiter: ',', lineTerminator: '\r\n', header: true },
    schema: {
      fields: table.fields.map((f) => ({
        name: f.name,
        type: f.type,
        title: f.name,
        description: f.description,
        key: f.key,
      })),
      ...(table.primaryKey.length > 0 ? { primaryKey: table.primaryKey.map((k) => fieldName(table, k)) } : {}),
      missingValues: [''],
    },
  };
}

function fieldName(table: PackageTable, key: string): string {
  return table.fields.find((f) => f.key === key)!.name;
}

/** The tables of the package, in the order the descriptor lists them. */
export function packageTables(input: DataPackageInput): PackageTable[] {
  const { periods } = input.site;
  return [
    periodsTable(periods),
    statementsTable(periods),
    budgetsTable(periods),
    spendingTable(periods),
    membershipTable(periods),
    registerTable(input.register),
    balanceSheetsTable(periods),
    correctionsPackageTable(input.site.audit.corrections.corrections),
    flagsTable(periods, input.site.audit.flags),
  ];
}

/**
 * The open data package of a site: datapackage.json and its CSV files, from the same
 * checked data as the pages (statements, budget execution, membership counts, the
 * disclosure register). Only public figures: nothing from a private column is read.
 * Deterministic: the same input gives the same bytes (the date is the build date).
 */
export function dataPackage(input: DataPackageInput): DataPackage {
  const { site, stamp } = input;
  const tables = packageTables(input);
  const texts = tables.map(tableCsv);
  const { union } = site;
  const descriptor: DataPackageDescriptor = {
    profile: 'tabular-data-package',
    name: 'union-disclosure',
    title: `${union.name} 公开数据`,
    created: `${stamp.date}T00:00:00+08:00`,
    schemaVersion: DATA_PACKAGE_VERSION,
    union: {
      name: union.name,
      shortName: union.shortName,
      kind: union.kind,
      level: unionLevel(union),
      ...(union.parent ? { parent: union.parent } : {}),
    },
    periods: site.periods.map(({ statement: { period: p } }) => ({
      id: p.id,
      label: p.label,
      start: p.start,
      end: p.end,
      accountingSystem: p.system,
    })),
    data: { digest: stamp.digest, files: stamp.files, buildDate: stamp.date },
    resources: tables.map((table, i) => resource(table, texts[i]!)),
  };
  return {
    descriptor,
    files: [
      { path: DATA_PACKAGE_DESCRIPTOR, text: `${JSON.stringify(descriptor, null, 2)}\n` },
      ...tables.map((table, i) => ({ path: table.path, text: texts[i]! })),
    ],
  };
}

/** The CSV files of a package as static paths of the `data/[file].csv` endpoint (file name without ".csv"). */
export function packageCsvPaths(pkg: DataPackage): { params: { file: string }; props: { text: string } }[] {
  return pkg.files
    .filter((f) => f.path.endsWith('.csv'))
    .map((f) => ({ params: { file: f.path.slice(0, -'.csv'.length) }, props: { text: f.text } }));
}

/** The descriptor's text as written to data/datapackage.json. */
export function descriptorText(pkg: DataPackage): string {
  return pkg.files[0]!.text;
}
