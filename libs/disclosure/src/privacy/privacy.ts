import type { TableDefinition } from '../catalogue';
import { yearOfPeriod } from '../dimensions';
import { DisclosureError } from '../errors';
import type { NormalisedData } from '../normalise-input';
import { sampleDiscreteLaplace } from './discrete-laplace';
import type { RandomSource } from './random-source';

/**
 * Differential privacy instead of suppression: every distinct number of the release gets
 * independent two-sided geometric noise with scale Δ/ε, then is clamped at 0 (post-processing,
 * which costs no privacy). Neighbouring data sets differ by one verified report; a person behind
 * several reports is protected at ε per report. Each release spends ε: the caller must cache a
 * release under its id and serve the cached numbers, never recompute them with fresh noise.
 */
export interface PrivacyOptions {
  readonly method: 'differential-privacy';
  /** Privacy loss of one release, 0 < ε ≤ 10, at most six decimals. */
  readonly epsilon: number;
  /** The roll-ups count at most this many incident types per report (e.g. `types[1:m]` in SQL). */
  readonly maxIncidentTypesPerReport: number;
  /** The roll-ups count at most this many linked organizations per report. */
  readonly maxOrganizationsPerReport: number;
  /**
   * Default: keyedRandom(secret, releaseId), a CSPRNG keyed by the release options' secret, so
   * the same data always gets the same noise. Tests inject a fixed source; cryptoRandom gives
   * fresh noise (then the caller must cache the release and never rebuild it).
   */
  readonly random?: RandomSource;
}

const EPSILON_SCALE = 1_000_000;

/**
 * L1 sensitivity of a release: the most its published numbers (counting a number shown in two
 * tables once) can change in total when one report is added or removed. A report is in exactly
 * one cell of each distinct single-valued cell pattern, and in at most m cells of each
 * distinct incident-type or organization pattern (one per member it carries).
 */
export function privacySensitivity(tables: readonly TableDefinition[], options: PrivacyOptions): number {
  const patterns = new Map<string, number>();
  for (const t of tables) {
    const multi = t.dimensions.includes('incidentType')
      ? options.maxIncidentTypesPerReport
      : t.dimensions.includes('organization')
        ? options.maxOrganizationsPerReport
        : 1;
    // by-organization and by-bureau show the same cells: the role filter is not part of the pattern.
    patterns.set(t.dimensions.join('×'), multi);
  }
  return [...patterns.values()].reduce((a, b) => a + b, 0);
}

/** Validates the options and that the roll-ups respect the declared per-report caps. */
export function checkPrivacyInput(data: NormalisedData, options: PrivacyOptions): void {
  const { epsilon, maxIncidentTypesPerReport: mt, maxOrganizationsPerReport: mo } = options;
  if (!Number.isFinite(epsilon) || epsilon <= 0 || epsilon > 10 || Math.abs(Math.round(epsilon * EPSILON_SCALE) - epsilon * EPSILON_SCALE) > 1e-6) {
    throw new DisclosureError('DISCLOSURE.INVALID_CONFIG', 'epsilon must be in (0, 10] with at most six decimals');
  }
  for (const m of [mt, mo]) {
    if (!Number.isInteger(m) || m < 1 || m > 100) throw new DisclosureError('DISCLOSURE.INVALID_CONFIG', 'per-report caps must be integers in [1, 100]');
  }
  // Aggregate check: per (country, year), member counts cannot exceed m × reports.
  const reports = new Map<string, number>();
  for (const p of data.places) {
    const key = `${p.country}\u0000${yearOfPeriod(p.month)}`;
    reports.set(key, (reports.get(key) ?? 0) + p.reports);
  }
  const check = (members: NormalisedData['incidentTypes'], cap: number, what: string): void => {
    const sums = new Map<string, number>();
    for (const cells of members.values()) {
      for (const c of cells) {
        const key = `${c.country}\u0000${c.year}`;
        sums.set(key, (sums.get(key) ?? 0) + c.reports);
      }
    }
    for (const [key, n] of sums) {
      if (n > cap * (reports.get(key) ?? 0)) {
        throw new DisclosureError('DISCLOSURE.INCONSISTENT_INPUT', `${what} roll-up counts more than the declared cap per report`);
      }
    }
  };
  check(data.incidentTypes, mt, 'incidentTypes');
  check(data.organizations, mo, 'organizations');
}

/** Noisy, non-negative counts, one independent draw per distinct cell. */
export function addPrivacyNoise(values: readonly number[], sensitivity: number, epsilon: number, random: RandomSource): number[] {
  const epsNum = Math.round(epsilon * EPSILON_SCALE);
  // scale = Δ/ε = Δ·SCALE/epsNum, i.e. t/s with t = Δ·SCALE, s = epsNum (reduced by their gcd).
  const g = gcd(sensitivity * EPSILON_SCALE, epsNum);
  const t = (sensitivity * EPSILON_SCALE) / g;
  const s = epsNum / g;
  return values.map((v) => Math.max(0, v + sampleDiscreteLaplace(random, s, t)));
}

function gcd(a: number, b: number): number {
  while (b !== 0) [a, b] = [b, a % b];
  return a;
}
