import fc from 'fast-check';
import { buildRelease, rollUpGroups, TABLE_IDS, type ReportGroup } from '..';
import { auditRelease } from './audit';
import { group } from '../../test/helpers';
import { naiveRelease } from '../../test/naive-release';
import { ORGANIZATION_ROLES, REALISTIC_SHAPE, SMALL_SHAPE, TINY_SHAPE, reportGroups } from '../../test/random-groups';

const reference = { organizations: ORGANIZATION_ROLES };
const protect = (groups: ReportGroup[]) => buildRelease(rollUpGroups(groups), { reference });

describe('auditRelease: the attacker model can fail', () => {
  it('recovers a cell that only primary suppression hid, by subtraction from the total', () => {
    const groups = [group('NL', null, '2021-01', [], [], 40), group('FR', null, '2021-01', [], [], 25), group('BE', null, '2021-01', [], [], 3)];
    const report = auditRelease(naiveRelease(rollUpGroups(groups), 10), groups);
    expect(report.findings).toContainEqual({ kind: 'derivable', table: 'by-country', coordinates: { country: 'BE' }, value: 3 });
  });

  it('recovers a cell through linked tables: quarter = year − other quarters, across by-quarter and by-year', () => {
    const groups = [group('NL', null, '2021-02', [], [], 30), group('NL', null, '2021-05', [], [], 2), group('FR', null, '2021-05', [], [], 20)];
    const findings = auditRelease(naiveRelease(rollUpGroups(groups), 10), groups).findings;
    expect(findings.map((f) => `${f.kind} ${f.table} ${JSON.stringify(f.coordinates)}`)).toContain('derivable by-country-quarter {"country":"NL","quarter":"2021-Q2"}');
  });

  it('sees through multi-valued rows: a type row adds up to its margin even though type columns do not', () => {
    const groups = [group('NL', null, '2021-01', ['tnr_a', 'tnr_b'], [], 30), group('FR', null, '2021-01', ['tnr_a'], [], 4), group('DE', null, '2021-01', ['tnr_b'], [], 12)];
    const findings = auditRelease(naiveRelease(rollUpGroups(groups), 10), groups).findings;
    expect(findings).toContainEqual({ kind: 'derivable', table: 'by-incident-type-country', coordinates: { incidentType: 'tnr_a', country: 'FR' }, value: 4 });
  });

  it('flags an interval an attacker can pin down even when no linear combination gives the value', () => {
    // Published: total 13 and NL 10 (k = 10); FR and BE hidden but together 3, so each is at most 3.
    const groups = [group('NL', null, null, [], [], 10), group('FR', null, null, [], [], 2), group('BE', null, null, [], [], 1)];
    const findings = auditRelease(naiveRelease(rollUpGroups(groups), 10), groups, { intervals: true }).findings;
    expect(findings).toContainEqual({ kind: 'narrow-interval', table: 'by-country', coordinates: { country: 'FR' }, value: 2, interval: { min: 0, max: 3 } });
  });

  it('catches the naive release on most random data sets', () => {
    const samples = fc.sample(reportGroups(SMALL_SHAPE), { numRuns: 60, seed: 11 });
    const caught = samples.filter((groups) => auditRelease(naiveRelease(rollUpGroups(groups), 10, reference), groups).findings.length > 0);
    expect(caught.length).toBeGreaterThan(40);
  });
});

describe('auditRelease on protected releases', () => {
  it('finds no derivable suppressed cell on 300 random data sets (exact BigInt elimination)', () => {
    fc.assert(
      fc.property(reportGroups(SMALL_SHAPE), (groups) => {
        const report = auditRelease(protect(groups), groups);
        expect(report.findings).toEqual([]);
      }),
      { numRuns: 300, seed: 20240501 },
    );
  });

  it('finds none either when a release shows only some tables (120 random data sets and table choices)', () => {
    fc.assert(
      fc.property(reportGroups(SMALL_SHAPE), fc.subarray([...TABLE_IDS], { minLength: 1 }), (groups, tables) => {
        const release = buildRelease(rollUpGroups(groups), { reference, tables });
        expect(auditRelease(release, groups).findings).toEqual([]);
      }),
      { numRuns: 120, seed: 31 },
    );
  });

  it.each([
    ['tiny', TINY_SHAPE],
    ['small', SMALL_SHAPE],
    ['realistic', REALISTIC_SHAPE],
  ] as const)('lets no withheld count be bounded below k or pinned by an LP attacker (80 random %s data sets)', (_name, shape) => {
    fc.assert(
      fc.property(reportGroups(shape), (groups) => {
        const release = protect(groups);
        expect(release.protection).toMatchObject({ intervalsVerified: true });
        expect(auditRelease(release, groups, { intervals: true }).findings).toEqual([]);
      }),
      { numRuns: 80, seed: 424242 },
    );
  });

  it('publishes every number correctly', () => {
    fc.assert(
      fc.property(reportGroups(SMALL_SHAPE), (groups) => {
        expect(auditRelease(protect(groups), groups).findings.filter((f) => f.kind === 'wrong-value')).toEqual([]);
      }),
      { numRuns: 50, seed: 7 },
    );
  });
});
