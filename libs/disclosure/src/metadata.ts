import { columnsOf } from './formats/columns';
import type { Release } from './release';

/** Machine-readable description of a release, served next to it (e.g. `/v1/stats/metadata`). */
export interface ReleaseMetadata {
  readonly releaseId: string;
  readonly protection: ProtectionDescription;
  readonly tables: ReadonlyArray<{
    readonly id: string;
    readonly title: string;
    readonly description: string;
    readonly dimensions: readonly string[];
    readonly columns: ReadonlyArray<{ readonly name: string; readonly hxl: string; readonly description: string }>;
    readonly rows: number;
    readonly suppressedRows: number;
  }>;
  readonly conventions: readonly string[];
}

export type ProtectionDescription =
  | {
      readonly method: 'suppression';
      readonly k: number;
      readonly primary: string;
      readonly complementary: string;
      readonly zeros: string;
    }
  | {
      readonly method: 'differential-privacy';
      readonly epsilon: number;
      readonly sensitivity: number;
      readonly mechanism: string;
      readonly contributionBounds: string;
      readonly postProcessing: string;
      readonly budget: string;
    };

const CONVENTIONS = [
  'Only verified reports are counted. Time is the month of the incident as reported, never the day a report arrived.',
  'Country, city, month, quarter and year are single-valued: every report is counted once in each of those tables, and their rows add up to the total. A report without a country or an incident month is counted under `unknown`.',
  'Incident type and organization are multi-valued: a report is counted once under each type (organization) it carries, so those rows overlap and do not add up to the number of reports; reports without any are not counted in those tables.',
  'by-city lists only cities with at least k reports; the `other` row of a country holds the rest of it (other cities and reports without a city).',
  'The same number appearing in two tables (a margin, or an organization in by-organization and by-bureau) is one number: it is published or withheld in both.',
];

/** Describes a release: each table and its columns, and how the numbers were protected. */
export function releaseMetadata(release: Release): ReleaseMetadata {
  return {
    releaseId: release.releaseId,
    protection: describeProtection(release.protection),
    tables: release.tables.map((t) => ({
      id: t.id,
      title: t.title,
      description: t.description,
      dimensions: t.dimensions,
      columns: columnsOf(t).map(({ name, hxl, description }) => ({ name, hxl, description })),
      rows: t.cells.length,
      suppressedRows: t.cells.filter((c) => c.suppressed).length,
    })),
    conventions: CONVENTIONS,
  };
}

function describeProtection(p: Release['protection']): ProtectionDescription {
  if (p.method === 'suppression') {
    return {
      method: 'suppression',
      k: p.k,
      primary: `Every count from 1 to ${p.k - 1} is withheld (k = ${p.k}; k is never configured below 5).`,
      complementary:
        'Further counts are withheld so that no withheld count can be computed from the published ones, across all tables of the release: ' +
        'in every row, column and margin that has a withheld count, at least two non-zero counts are withheld and they hold at least k reports ' +
        'together (or the margin is withheld too); the counts of incident types and organizations at a withheld country or year are withheld with it; ' +
        'finally an exact linear-algebra check over every published equation confirms that no withheld count is determined, adding withheld counts until none is.',
      zeros:
        'True zeros are published, except zeros that are parts of a withheld margin or that belong to a withheld country or year: those would show where the margin\'s reports are.',
    };
  }
  return {
    method: 'differential-privacy',
    epsilon: p.epsilon,
    sensitivity: p.sensitivity,
    mechanism: `${p.mechanism} (discrete Laplace) noise with scale sensitivity/ε = ${(p.sensitivity / p.epsilon).toFixed(2)}, drawn independently for every distinct number of the release by a cryptographic generator.`,
    contributionBounds:
      `One report changes each single-valued table by 1 and each incident-type table by at most ${p.maxIncidentTypesPerReport} and each organization table by at most ${p.maxOrganizationsPerReport} ` +
      '(the roll-ups count at most that many per report); a number shown in two tables counts once. The sum over all tables is the sensitivity.',
    postProcessing: 'Negative noisy counts are published as 0. Rows are not forced to add up to their margins.',
    budget: `ε = ${p.epsilon} per release: the same data always yields the same noisy numbers, and each new release (new data) spends ε again.`,
  };
}
