import { buildRelease, DisclosureError, keyedRandom, rollUpGroups, type PrivacyOptions, type ReferenceData } from '..';
import { TABLE_CATALOGUE } from '../catalogue';
import { sampleDiscreteLaplace } from './discrete-laplace';
import { privacySensitivity } from './privacy';
import { group, seededRandom } from '../../test/helpers';

const reference: ReferenceData = {
  countries: ['NL', 'FR'],
  years: { from: 2021, to: 2022 },
  incidentTypes: ['tnr_a', 'tnr_b'],
  organizations: [{ key: 'psb_x', role: 'bureau' }, { key: 'station_y', role: 'station' }],
  cities: { NL: ['Amsterdam'] },
};
const input = rollUpGroups([
  group('NL', 'Amsterdam', '2021-03', ['tnr_a'], ['psb_x'], 25),
  group('NL', 'Utrecht', '2022-01', ['tnr_a', 'tnr_b'], [], 3),
  group('FR', null, null, ['tnr_b'], ['station_y'], 12),
]);
const dp = (extra: Partial<PrivacyOptions> = {}): PrivacyOptions => ({
  method: 'differential-privacy',
  epsilon: 1,
  maxIncidentTypesPerReport: 2,
  maxOrganizationsPerReport: 1,
  ...extra,
});
const secret = new Uint8Array(32).fill(9);

describe('discrete Laplace sampler', () => {
  it('has the two-sided geometric distribution: P(0) = (1−α)/(1+α), mean 0, variance 2α/(1−α)²', () => {
    const random = seededRandom(1);
    const n = 40_000;
    const samples = Array.from({ length: n }, () => sampleDiscreteLaplace(random, 1, 2)); // scale 2
    const alpha = Math.exp(-1 / 2);
    const p0 = samples.filter((x) => x === 0).length / n;
    const mean = samples.reduce((a, b) => a + b, 0) / n;
    const variance = samples.reduce((a, b) => a + b * b, 0) / n - mean * mean;
    expect(p0).toBeCloseTo((1 - alpha) / (1 + alpha), 1.5);
    expect(Math.abs(mean)).toBeLessThan(0.06);
    expect(variance).toBeGreaterThan(0.95 * ((2 * alpha) / (1 - alpha) ** 2));
    expect(variance).toBeLessThan(1.05 * ((2 * alpha) / (1 - alpha) ** 2));
  });

  it('is symmetric', () => {
    const random = seededRandom(2);
    const samples = Array.from({ length: 20_000 }, () => sampleDiscreteLaplace(random, 3, 5));
    const positive = samples.filter((x) => x > 0).length;
    const negative = samples.filter((x) => x < 0).length;
    expect(Math.abs(positive - negative) / samples.length).toBeLessThan(0.02);
  });
});

describe('sensitivity', () => {
  it('counts one per single-valued cell pattern and m per member pattern, a number shown twice once', () => {
    // 7 single-valued patterns + total = 8; type patterns (type, type×year, type×country) × 2;
    // organization patterns (org, org×year, org×country shared by bureau and station tables) × 1.
    expect(privacySensitivity(TABLE_CATALOGUE, dp())).toBe(8 + 3 * 2 + 3 * 1);
    expect(privacySensitivity(TABLE_CATALOGUE.filter((t) => t.id === 'by-country' || t.id === 'by-incident-type'), dp())).toBe(1 + 2);
  });
});

describe('differential-privacy releases', () => {
  it('adds noise to every distinct number, never publishes a negative count, and suppresses nothing', () => {
    const release = buildRelease(input, { reference, secret, protection: dp() });
    const cells = release.tables.flatMap((t) => t.cells);
    expect(cells.every((c) => c.count !== null && c.count >= 0 && !c.suppressed)).toBe(true);
    expect(release.protection).toEqual({
      method: 'differential-privacy', epsilon: 1, sensitivity: 17, mechanism: 'two-sided geometric', maxIncidentTypesPerReport: 2, maxOrganizationsPerReport: 1,
    });
    const truth = buildRelease(input, { reference, tables: ['total'] }).tables[0].cells[0].count;
    const noisyTotals = Array.from({ length: 5 }, (_, i) => buildRelease(input, { reference, secret: new Uint8Array(32).fill(i), protection: dp() }).tables[0].cells[0].count);
    expect(noisyTotals.some((c) => c !== truth)).toBe(true);
  });

  it('gives the same noisy numbers for the same data and secret (repeated downloads cannot average the noise away)', () => {
    const a = buildRelease(input, { reference, secret, protection: dp() });
    const b = buildRelease({ ...input, places: [...input.places].reverse() }, { reference, secret, protection: dp() });
    expect(b).toEqual(a);
    const other = buildRelease(input, { reference, secret: new Uint8Array(32).fill(10), protection: dp() });
    expect(other.releaseId).not.toBe(a.releaseId);
  });

  it('shows one noisy value for a number that appears in two tables', () => {
    const release = buildRelease(input, { reference, secret, protection: dp() });
    const inOrgs = release.tables.find((t) => t.id === 'by-organization')?.cells.find((c) => c.coordinates.organization === 'psb_x');
    const inBureaus = release.tables.find((t) => t.id === 'by-bureau')?.cells.find((c) => c.coordinates.organization === 'psb_x');
    expect(inBureaus?.count).toBe(inOrgs?.count);
  });

  it('lists only reference rows: cities come from the gazetteer, not from the data', () => {
    const release = buildRelease(input, { reference, secret, protection: dp(), tables: ['by-city'] });
    expect(release.tables[0].cells.map((c) => `${c.coordinates.country}/${c.coordinates.city}`)).toEqual(['FR/other', 'NL/Amsterdam', 'NL/other', 'unknown/other']);
  });

  it('rejects data outside the reference, a missing secret, a bad ε and roll-ups above the declared caps', () => {
    const build = (options: Parameters<typeof buildRelease>[1], data = input) => () => buildRelease(data, options);
    expect(build({ reference: { ...reference, countries: ['NL'] }, secret, protection: dp() })).toThrow('not in the reference data');
    expect(build({ reference, protection: dp() })).toThrow('needs a secret');
    expect(build({ reference, secret, protection: dp({ epsilon: 0 }) })).toThrow(DisclosureError);
    expect(build({ reference, secret, protection: dp({ epsilon: 0.1234567 }) })).toThrow('six decimals');
    expect(build({ reference, secret, protection: dp({ maxIncidentTypesPerReport: 1 }) })).toThrow('declared cap');
  });

  it('draws from keyedRandom: uniform integers in range, reproducible per (secret, release id)', () => {
    const a = keyedRandom(secret, 'r1');
    const b = keyedRandom(secret, 'r1');
    const c = keyedRandom(secret, 'r2');
    const xs = Array.from({ length: 1000 }, () => a.uniformInt(7));
    expect(xs).toEqual(Array.from({ length: 1000 }, () => b.uniformInt(7)));
    expect(xs).not.toEqual(Array.from({ length: 1000 }, () => c.uniformInt(7)));
    expect(new Set(xs)).toEqual(new Set([0, 1, 2, 3, 4, 5, 6]));
    expect(() => keyedRandom(new Uint8Array(16), 'r')).toThrow('at least 32 bytes');
  });
});
