import fc from 'fast-check';
import type { ReferenceData, ReportGroup } from '../src';

/**
 * Small random data sets for the audit tests: few countries, cities, months, incident types and
 * organizations, so that the attacker's exact and LP computations stay fast, and a mix of tiny
 * and large groups, so that suppression and its complements are exercised everywhere.
 */
export const ORGANIZATION_ROLES: ReferenceData['organizations'] = [
  { key: 'psb_a', role: 'bureau' },
  { key: 'station_b', role: 'station' },
  { key: 'assoc_c', role: 'other' },
];

export interface RandomDataShape {
  readonly countries: readonly string[];
  readonly years: readonly number[];
  readonly types: readonly string[];
  readonly organizations: readonly string[];
  readonly maxGroups: number;
}

export const SMALL_SHAPE: RandomDataShape = {
  countries: ['DE', 'FR', 'NL'],
  years: [2021, 2022],
  types: ['t_a', 't_b', 't_c'],
  organizations: ['psb_a', 'station_b', 'assoc_c'],
  maxGroups: 14,
};

/** Fewer values, for the slower interval (LP) audit. */
export const TINY_SHAPE: RandomDataShape = {
  countries: ['DE', 'FR'],
  years: [2021],
  types: ['t_a', 't_b'],
  organizations: ['psb_a', 'station_b'],
  maxGroups: 9,
};

/**
 * Closer to real data: more countries than types, most reports with one incident type and no
 * organization, and group sizes skewed towards small.
 */
export const REALISTIC_SHAPE: RandomDataShape = {
  countries: ['BE', 'DE', 'ES', 'FR', 'IT', 'NL'],
  years: [2021],
  types: ['t_a', 't_b', 't_c'],
  organizations: ['psb_a', 'station_b'],
  maxGroups: 16,
};

export function reportGroups(shape: RandomDataShape): fc.Arbitrary<ReportGroup[]> {
  const months = shape.years.flatMap((y) => [1, 2, 4, 7, 11].map((m) => `${y}-${String(m).padStart(2, '0')}`));
  const group = fc.record({
    country: fc.option(fc.constantFrom(...shape.countries), { freq: 6 }),
    city: fc.option(fc.constantFrom('North', 'South'), { freq: 2 }),
    month: fc.option(fc.constantFrom(...months), { freq: 6 }),
    incidentTypes: shape === REALISTIC_SHAPE ? fc.oneof({ arbitrary: fc.subarray([...shape.types], { minLength: 1, maxLength: 1 }), weight: 4 }, { arbitrary: fc.subarray([...shape.types]), weight: 1 }) : fc.subarray([...shape.types]),
    organizations: shape === REALISTIC_SHAPE ? fc.oneof({ arbitrary: fc.constant([]), weight: 3 }, { arbitrary: fc.subarray([...shape.organizations], { maxLength: 1 }), weight: 1 }) : fc.subarray([...shape.organizations]),
    reports: fc.oneof(fc.integer({ min: 1, max: 4 }), fc.integer({ min: 5, max: 12 }), fc.integer({ min: 13, max: 40 })),
  });
  return fc.array(group, { minLength: 1, maxLength: shape.maxGroups });
}
