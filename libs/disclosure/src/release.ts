import { ABSOLUTE_MIN_CELL, DEFAULT_MIN_CELL } from '@tnr/domain';
import { TABLE_CATALOGUE, TABLE_IDS, tableDefinition, type TableDefinition, type TableId } from './catalogue';
import { buildCellSpace, type CellSpace, type Coordinates } from './cell-space';
import { DisclosureError } from './errors';
import type { DisclosureInput, ReferenceData } from './input';
import { normaliseInput } from './normalise-input';
import { addPrivacyNoise, checkPrivacyInput, privacySensitivity, type PrivacyOptions } from './privacy/privacy';
import { keyedRandom } from './privacy/random-source';
import { releaseIdOf } from './release-id';
import { suppressCells } from './suppression/suppress';

/** Primary suppression below k, complementary suppression so no suppressed value can be derived. */
export interface SuppressionOptions {
  readonly method: 'suppression';
  /** Smallest published count; default 10, never below 5. */
  readonly k?: number;
}

export type ProtectionOptions = SuppressionOptions | PrivacyOptions;

export interface ReleaseOptions {
  /** Which tables to compute (default: the whole catalogue). Protection covers exactly these. */
  readonly tables?: readonly TableId[];
  /** Default: suppression with k = 10. */
  readonly protection?: ProtectionOptions;
  readonly reference?: ReferenceData;
  /**
   * A server secret of at least 32 bytes. It keys the release id (an HMAC of the true counts)
   * and, in differential-privacy mode, the noise (keyedRandom), so rebuilding a release from the
   * same data gives the same noisy numbers. Required for differential privacy unless a `random`
   * source is injected.
   */
  readonly secret?: Uint8Array;
}

/** How a release was protected, for the metadata and the JSON output. */
export type ProtectionSummary =
  | {
      readonly method: 'suppression';
      readonly k: number;
      readonly suppressedCells: number;
      /**
       * True when the release was small enough for the attacker's linear program to be run on it
       * (every withheld count can reach k and is not pinned to one value); large releases rely
       * on the line rule and the links alone.
       */
      readonly intervalsVerified: boolean;
    }
  | {
      readonly method: 'differential-privacy';
      readonly epsilon: number;
      readonly sensitivity: number;
      readonly mechanism: 'two-sided geometric';
      readonly maxIncidentTypesPerReport: number;
      readonly maxOrganizationsPerReport: number;
    };

/** One published number. A suppressed cell has `count: null` and `suppressed: true`. */
export interface ReleasedCell {
  readonly coordinates: Coordinates;
  readonly count: number | null;
  readonly suppressed: boolean;
}

/** A catalogue table with its cells, in a stable order. */
export interface ReleasedTable extends TableDefinition {
  readonly cells: readonly ReleasedCell[];
}

/** A set of tables computed and protected together, ready to cache under `releaseId`. */
export interface Release {
  readonly releaseId: string;
  readonly protection: ProtectionSummary;
  readonly tables: readonly ReleasedTable[];
}

/**
 * Computes and protects a release from the roll-ups. Pure and deterministic: the same input
 * and options give the same release and `releaseId` (in differential-privacy mode, given the
 * same secret or injected random source).
 *
 * @throws DisclosureError on a bad configuration (k < 5, unknown table, bad ε), malformed or
 *   mutually inconsistent roll-ups, or (differential privacy) values outside the reference data.
 */
export function buildRelease(input: DisclosureInput, options: ReleaseOptions = {}): Release {
  const tables = chooseTables(options.tables);
  const protection = options.protection ?? { method: 'suppression' };
  const reference = options.reference ?? {};
  const { secret } = options;
  if (secret !== undefined && secret.length < 32) throw new DisclosureError('DISCLOSURE.INVALID_CONFIG', 'secret must be at least 32 bytes');
  const idOptions = { tables: tables.map((t) => t.id), protection: { ...protection, random: undefined }, reference };

  if (protection.method === 'suppression') {
    const k = checkedK(protection.k);
    const space = buildCellSpace(normaliseInput(input, reference, { kind: 'data', minCityReports: k }), tables);
    const { suppressed, intervalsVerified } = suppressCells(space, k);
    const counts = space.values.map((v, cell) => (suppressed[cell] ? null : v));
    const suppressedCells = suppressed.reduce((n, s, cell) => n + (s && !space.hidden[cell] ? 1 : 0), 0);
    return {
      releaseId: releaseIdOf(idOptions, space, counts, secret),
      protection: { method: 'suppression', k, suppressedCells, intervalsVerified },
      tables: assembleTables(space, counts),
    };
  }

  const data = normaliseInput(input, reference, { kind: 'reference' });
  checkPrivacyInput(data, protection);
  const space = buildCellSpace(data, tables);
  const sensitivity = privacySensitivity(tables, protection);
  if (secret === undefined && protection.random === undefined) {
    throw new DisclosureError('DISCLOSURE.INVALID_CONFIG', 'differential privacy needs a secret (or an injected random source)');
  }
  const releaseId = releaseIdOf(idOptions, space, space.values, secret);
  const random = protection.random ?? keyedRandom(secret as Uint8Array, releaseId);
  const noisy = addPrivacyNoise(space.values, sensitivity, protection.epsilon, random);
  return {
    releaseId: secret ? releaseId : releaseIdOf(idOptions, space, noisy),
    protection: {
      method: 'differential-privacy',
      epsilon: protection.epsilon,
      sensitivity,
      mechanism: 'two-sided geometric',
      maxIncidentTypesPerReport: protection.maxIncidentTypesPerReport,
      maxOrganizationsPerReport: protection.maxOrganizationsPerReport,
    },
    tables: assembleTables(space, noisy),
  };
}

function chooseTables(ids: readonly TableId[] | undefined): TableDefinition[] {
  if (ids === undefined) return [...TABLE_CATALOGUE];
  for (const id of ids) {
    if (!(TABLE_IDS as readonly string[]).includes(id)) throw new DisclosureError('DISCLOSURE.INVALID_CONFIG', `unknown table ${String(id)}`);
  }
  if (ids.length === 0) throw new DisclosureError('DISCLOSURE.INVALID_CONFIG', 'a release needs at least one table');
  // Catalogue order, without duplicates.
  return TABLE_CATALOGUE.filter((t) => ids.includes(t.id)).map((t) => tableDefinition(t.id));
}

/** k defaults to 10; anything below 5 (or not an integer) is a configuration error, never silently raised. */
export function checkedK(k: number | undefined): number {
  const value = k ?? DEFAULT_MIN_CELL;
  if (!Number.isInteger(value) || value < ABSOLUTE_MIN_CELL) {
    throw new DisclosureError('DISCLOSURE.INVALID_CONFIG', `k must be an integer ≥ ${ABSOLUTE_MIN_CELL}`);
  }
  return value;
}

/** The published tables of a cell space, given a count (or null when suppressed) per cell. */
export function assembleTables(space: CellSpace, counts: ReadonlyArray<number | null>): ReleasedTable[] {
  return space.tables.map(({ definition, cells }) => ({
    ...definition,
    cells: cells.map(({ coordinates, cell }) => {
      const count = counts[cell];
      return { coordinates, count, suppressed: count === null };
    }),
  }));
}
