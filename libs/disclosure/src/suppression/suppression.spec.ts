import { auditRelease } from '../audit/audit';
import { buildRelease, rollUpGroups, DisclosureError, type ReportGroup, type TableId } from '..';
import { cellAt, group, suppressedIn } from '../../test/helpers';

const release = (groups: ReportGroup[], tables?: TableId[], k?: number) =>
  buildRelease(rollUpGroups(groups), { tables, protection: { method: 'suppression', k } });

/** Every finding of the exact and the interval audit; empty means protected. */
const findings = (groups: ReportGroup[], tables?: TableId[], k?: number) =>
  auditRelease(release(groups, tables, k), groups, { intervals: true }).findings;

describe('suppression: hand-built adversarial cases', () => {
  it('hides one small country of a one-way table with a published total behind a second cell', () => {
    const groups = [group('NL', null, '2021-01', [], [], 40), group('FR', null, '2021-01', [], [], 25), group('BE', null, '2021-01', [], [], 3)];
    const r = release(groups, ['total', 'by-country']);
    expect(cellAt(r, 'total', {}).count).toBe(68);
    expect(cellAt(r, 'by-country', { country: 'BE' }).suppressed).toBe(true);
    // A single hidden cell next to a published total would be a subtraction away.
    expect(suppressedIn(r, 'by-country')).toEqual(['BE', 'FR']);
    expect(findings(groups, ['total', 'by-country'])).toEqual([]);
  });

  it('chooses complements so the hidden cells together reach k (a hidden 3 next to a hidden 4 is not enough)', () => {
    const groups = [group('NL', null, null, [], [], 40), group('FR', null, null, [], [], 12), group('BE', null, null, [], [], 3), group('DE', null, null, [], [], 4)];
    const r = release(groups, ['total', 'by-country']);
    expect(suppressedIn(r, 'by-country')).toEqual(['BE', 'DE', 'FR']);
    expect(findings(groups, ['total', 'by-country'])).toEqual([]);
  });

  it('protects a small cell of a two-way table whose margins are published (a rectangle of hidden cells)', () => {
    const groups = [
      group('NL', null, '2021-02', [], [], 30),
      group('NL', null, '2021-05', [], [], 2),
      group('FR', null, '2021-02', [], [], 20),
      group('FR', null, '2021-05', [], [], 25),
      group('DE', null, '2021-05', [], [], 18),
      group('DE', null, '2021-08', [], [], 15),
    ];
    const tables: TableId[] = ['total', 'by-country', 'by-quarter', 'by-country-quarter'];
    const r = release(groups, tables);
    expect(cellAt(r, 'by-country-quarter', { country: 'NL', quarter: '2021-Q2' }).suppressed).toBe(true);
    expect(suppressedIn(r, 'by-country-quarter').length).toBeGreaterThanOrEqual(4);
    expect(findings(groups, tables)).toEqual([]);
  });

  it('keeps linked tables consistent: a cell hidden in by-country-year is not recoverable through by-country-quarter or by-year', () => {
    const groups = [
      group('NL', 'Amsterdam', '2020-03', ['tnr_a'], [], 26),
      group('NL', 'Amsterdam', '2021-07', ['tnr_a'], [], 3),
      group('NL', 'Utrecht', '2021-01', ['tnr_b'], [], 11),
      group('FR', 'Paris', '2020-03', ['tnr_b'], [], 17),
      group('FR', 'Paris', '2021-09', ['tnr_a', 'tnr_b'], [], 14),
      group('DE', null, '2020-12', [], [], 21),
      group('DE', null, '2021-02', ['tnr_a'], [], 12),
    ];
    expect(findings(groups)).toEqual([]);
    const r = release(groups);
    // The one quarter with 3 reports is hidden in every table where that number appears.
    expect(cellAt(r, 'by-country-quarter', { country: 'NL', quarter: '2021-Q3' }).suppressed).toBe(true);
  });

  it('treats incident types as multi-valued: overlapping rows, each type row adding up to its margin', () => {
    const groups = [
      group('NL', null, '2021-01', ['tnr_a', 'tnr_b'], [], 30),
      group('NL', null, '2022-01', ['tnr_a'], [], 4),
      group('FR', null, '2021-01', ['tnr_b'], [], 22),
      group('FR', null, '2022-01', ['tnr_a', 'tnr_b'], [], 19),
    ];
    const r = release(groups);
    expect(cellAt(r, 'by-incident-type', { incidentType: 'tnr_a' }).count).toBe(53);
    expect(cellAt(r, 'by-incident-type', { incidentType: 'tnr_b' }).count).toBe(71);
    expect(cellAt(r, 'total', {}).count).toBe(75); // not 53 + 71
    expect(cellAt(r, 'by-incident-type-year', { incidentType: 'tnr_a', year: '2022' }).suppressed).toBe(false);
    expect(findings(groups)).toEqual([]);
  });

  it('suppresses an organization in by-bureau exactly when it is suppressed in by-organization', () => {
    const groups = [group('NL', null, '2021-01', [], ['psb_x'], 4), group('NL', null, '2021-01', [], ['psb_y'], 30), group('FR', null, '2021-01', [], [], 12)];
    const r = buildRelease(rollUpGroups(groups), { reference: { organizations: [{ key: 'psb_x', role: 'bureau' }, { key: 'psb_y', role: 'bureau' }] } });
    expect(cellAt(r, 'by-organization', { organization: 'psb_x' }).suppressed).toBe(true);
    expect(cellAt(r, 'by-bureau', { organization: 'psb_x' }).suppressed).toBe(true);
    expect(cellAt(r, 'by-bureau', { organization: 'psb_y' }).count).toBe(30);
  });

  it('publishes true zeros and never uses them as complements', () => {
    const groups = [group('NL', null, '2021-01', [], [], 40), group('FR', null, '2021-01', [], [], 3)];
    const r = buildRelease(rollUpGroups(groups), { tables: ['total', 'by-country'], reference: { countries: ['NL', 'FR', 'BE'] } });
    expect(cellAt(r, 'by-country', { country: 'BE' })).toEqual({ coordinates: { country: 'BE' }, count: 0, suppressed: false });
    expect(cellAt(r, 'by-country', { country: 'NL' }).suppressed).toBe(true);
  });

  it('lists a city only with at least k reports; the rest of the country is its "other" row', () => {
    const groups = [group('NL', 'Amsterdam', '2021-01', [], [], 12), group('NL', 'Utrecht', '2021-01', [], [], 9), group('NL', null, '2021-02', [], [], 5)];
    const r = release(groups, ['by-country', 'by-city']);
    expect(r.tables[1].cells.map((c) => c.coordinates)).toEqual([
      { country: 'NL', city: 'Amsterdam' },
      { country: 'NL', city: 'other' },
      { country: 'unknown', city: 'other' },
    ]);
    expect(cellAt(r, 'by-city', { country: 'NL', city: 'other' }).count).toBe(14);
  });

  it('rejects k below 5 instead of silently raising it', () => {
    expect(() => release([group('NL', null, null, [], [], 3)], undefined, 4)).toThrow(DisclosureError);
    expect(() => release([group('NL', null, null, [], [], 3)], undefined, 4.5)).toThrow('k must be an integer ≥ 5');
    expect(release([group('NL', null, null, [], [], 3)], undefined, 5).protection).toMatchObject({ method: 'suppression', k: 5 });
    expect(release([group('NL', null, null, [], [], 3)]).protection).toMatchObject({ k: 10 });
  });

  it('gives the same release, id included, whatever the order of the roll-up rows', () => {
    const groups = [group('NL', 'A', '2021-01', ['t1'], ['o1'], 14), group('FR', null, '2021-04', ['t2'], [], 3), group('DE', 'B', null, ['t1', 't2'], ['o1'], 22)];
    const input = rollUpGroups(groups);
    const reversed = { places: [...input.places].reverse(), incidentTypes: [...input.incidentTypes].reverse(), organizations: [...input.organizations].reverse() };
    expect(buildRelease(reversed)).toEqual(buildRelease(input));
    expect(buildRelease(input, { protection: { method: 'suppression', k: 11 } }).releaseId).not.toBe(buildRelease(input).releaseId);
  });
});
