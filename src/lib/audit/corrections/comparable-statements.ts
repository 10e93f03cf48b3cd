import type { Period } from '../../periods/period.ts';
import type { Statement } from '../../statement/statement.ts';

/**
 * The statements whose figures can be compared with their recordings: a period's own data is
 * sound, and so is every period before it back to the last one that declares its own opening
 * balance. A period after an unsound one carries an opening that is not trustworthy, so
 * comparing it would only repeat that period's problem as a 更正 that was never made (the
 * balance checks skip it for the same reason). `periods` in time order.
 */
export function comparableStatements(
  periods: readonly Period[],
  statements: ReadonlyMap<string, Statement>,
): Map<string, Statement> {
  const out = new Map<string, Statement>();
  let reliable = true;
  for (const period of periods) {
    if (!reliable && period.openingDeclared !== undefined) reliable = true;
    const statement = statements.get(period.id);
    if (!statement) {
      reliable = false;
      continue;
    }
    if (reliable) out.set(period.id, statement);
  }
  return out;
}
