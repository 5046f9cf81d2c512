import { buildRelease, DisclosureError, type DisclosureInput } from '.';

const place = (country: string | null, city: string | null, month: string | null, reports: number) => ({ country, city, month, reports });
const input = (extra: Partial<DisclosureInput> = {}): DisclosureInput => ({
  places: [place('NL', 'Amsterdam', '2021-03', 12), place('NL', null, null, 4)],
  incidentTypes: [{ member: 'tnr_a', country: 'NL', year: '2021', reports: 12 }],
  organizations: [],
  ...extra,
});
const code = (fn: () => unknown): string => {
  try {
    fn();
  } catch (e) {
    return e instanceof DisclosureError ? e.code : 'not a DisclosureError';
  }
  return 'no error';
};

describe('roll-up validation', () => {
  it.each([
    ['a negative count', input({ places: [place('NL', null, '2021-01', -1)] })],
    ['a fractional count', input({ places: [place('NL', null, '2021-01', 1.5)] })],
    ['a bad country code', input({ places: [place('Netherlands', null, '2021-01', 3)] })],
    ['a bad month', input({ places: [place('NL', null, '2021-13', 3)] })],
    ['a bad year', input({ incidentTypes: [{ member: 'tnr_a', country: 'NL', year: '21', reports: 1 }] })],
    ['an empty member id', input({ incidentTypes: [{ member: '', country: 'NL', year: '2021', reports: 1 }] })],
  ])('rejects %s', (_what, data) => {
    expect(code(() => buildRelease(data))).toBe('DISCLOSURE.INVALID_INPUT');
  });

  it('rejects member roll-ups that count more reports than the places roll-up (tables out of step)', () => {
    const data = input({ incidentTypes: [{ member: 'tnr_a', country: 'NL', year: '2021', reports: 13 }] });
    expect(code(() => buildRelease(data))).toBe('DISCLOSURE.INCONSISTENT_INPUT');
  });

  it('never echoes a count or a city name in an error message', () => {
    const data = input({ places: [place('NL', 'x'.repeat(300), '2021-01', 3)] });
    expect(() => buildRelease(data)).toThrow(/^places\[0\]\.city: must be 1–200 characters$/);
  });

  it('counts reports without country or month under unknown, and merges duplicate rows', () => {
    const r = buildRelease(input({ places: [place('NL', null, '2021-03', 30), place('NL', null, '2021-03', 5), place(null, 'Ghost', null, 14)] }), {
      tables: ['by-country', 'by-year', 'by-city'],
    });
    expect(r.tables[0].cells).toEqual([
      { coordinates: { country: 'NL' }, count: 35, suppressed: false },
      { coordinates: { country: 'unknown' }, count: 14, suppressed: false },
    ]);
    expect(r.tables[1].cells.map((c) => c.coordinates)).toEqual([{ country: 'NL', city: 'other' }, { country: 'unknown', city: 'other' }]);
  });

  it('rejects an unknown table id and an empty table list', () => {
    expect(code(() => buildRelease(input(), { tables: ['by-planet' as never] }))).toBe('DISCLOSURE.INVALID_CONFIG');
    expect(code(() => buildRelease(input(), { tables: [] }))).toBe('DISCLOSURE.INVALID_CONFIG');
  });
});
