import { resolve } from 'node:path';
import { demoFederation, DEMO_BUILD_DATE } from '../../scripts/federation/demo-federation.ts';
import { federationFiles, LAYOUT } from '../../scripts/federation/write-federation.ts';
import { isBuildContext, prepareBuild, type BuildContext } from '../../src/lib/build/prepare-build.ts';
import type { FederationResult } from '../../src/lib/federation/load-federation.ts';
import { formatIssueReport } from '../../src/lib/issues/data-issue.ts';

/** The demo federation as its build sees it: the context, the federation and the unit packages' files. */
export interface DemoFederationBuild {
  context: BuildContext;
  federation: FederationResult;
  /** The federation's data folder (with units.csv). */
  data: Map<string, Uint8Array>;
  /** Each unit package's files by the path units.csv gives (relative to the federation's data folder). */
  packages: Map<string, Uint8Array>;
}

/**
 * The demo federation of `npm run federation:demo` (scripts/federation/demo-federation.ts),
 * in memory: each unit's package made by the same pure functions as its site build, then the
 * federation's build prepared from its data folder and those packages, at the demo's date.
 */
export function demoFederationBuild(): DemoFederationBuild {
  const root = resolve(import.meta.dirname, '../..');
  const { own, units } = demoFederation(root);
  const files = federationFiles(own, units, DEMO_BUILD_DATE);
  const dataPrefix = `${LAYOUT.federationData}/`;
  const data = new Map(
    [...files].filter(([p]) => p.startsWith(dataPrefix)).map(([p, b]) => [p.slice(dataPrefix.length), b]),
  );
  const packages = new Map([...files].filter(([p]) => p.startsWith('sites/')).map(([p, b]) => [`../../${p}`, b]));
  const options = { buildDate: DEMO_BUILD_DATE, basePath: '/', reportsFolder: 'content/reports' };
  const context = prepareBuild(data, new Map(), options, new Map(), undefined, packages);
  if (!isBuildContext(context)) throw new Error(formatIssueReport(context.issues));
  return { context, federation: context.federation!, data, packages };
}
