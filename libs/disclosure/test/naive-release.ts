import { TABLE_CATALOGUE } from '../src/catalogue';
import { buildCellSpace } from '../src/cell-space';
import type { DisclosureInput, ReferenceData } from '../src/input';
import { normaliseInput } from '../src/normalise-input';
import { assembleTables, type Release } from '../src/release';

/**
 * What a careless implementation would publish: primary suppression only (cells below k
 * hidden), no complementary suppression. The audit must catch it, or the audit proves nothing.
 */
export function naiveRelease(input: DisclosureInput, k: number, reference: ReferenceData = {}): Release {
  const space = buildCellSpace(normaliseInput(input, reference, { kind: 'data', minCityReports: k }), TABLE_CATALOGUE);
  const counts = space.values.map((v) => (v > 0 && v < k ? null : v));
  return {
    releaseId: 'naive',
    protection: { method: 'suppression', k, suppressedCells: counts.filter((c) => c === null).length, intervalsVerified: false },
    tables: assembleTables(space, counts),
  };
}
