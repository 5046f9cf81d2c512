import { buildRelease, rollUpGroups, toCityGeoJson, toCsv, toHxlCsv, toJsonRelease, toJsonTable, type Release, type ReleasedTable } from '..';
import { csvDocument, csvField, protectFormula } from './csv';
import { group } from '../../test/helpers';

const release: Release = buildRelease(
  rollUpGroups([
    group('NL', 'Amsterdam', '2021-03', ['tnr_a'], ['psb_fuzhou'], 25),
    group('NL', 'Rotterdam', '2021-03', ['tnr_a'], [], 14),
    group('NL', null, '2021-04', [], [], 3),
    group('FR', 'Paris', '2021-05', ['tnr_b'], ['psb_fuzhou'], 30),
    group('FR', null, null, [], [], 12),
  ]),
  { reference: { organizations: [{ key: 'psb_fuzhou', role: 'bureau' }] } },
);
const table = (id: string): ReleasedTable => release.tables.find((t) => t.id === id) as ReleasedTable;
const labels = { countries: { NL: 'Netherlands', FR: 'France' }, organizations: { psb_fuzhou: 'Fuzhou PSB' } };

describe('CSV (RFC 4180)', () => {
  it('quotes fields with commas, quotes and line breaks, doubles quotes, and ends records with CRLF', () => {
    expect(csvDocument([['a', 'b,c', 'say "hi"', 'two\nlines', 'cr\rx']])).toBe('a,"b,c","say ""hi""","two\nlines","cr\rx"\r\n');
  });

  it('neutralises spreadsheet formulas (OWASP CSV injection): = + - @ tab and CR get a leading apostrophe', () => {
    for (const dangerous of ['=HYPERLINK("http://evil","x")', '+1+1', '-2+3', '@SUM(A1)', '\tcmd', '\rcmd']) {
      expect(protectFormula(dangerous)).toBe(`'${dangerous}`);
    }
    expect(csvField('=1+2')).toBe("'=1+2");
    expect(csvField('=A1,B1')).toBe(`"'=A1,B1"`);
    expect(protectFormula('Amsterdam')).toBe('Amsterdam');
    expect(protectFormula('2021-03')).toBe('2021-03');
  });

  it('protects city names typed by reporters in both CSV and HXL output', () => {
    const hostile = buildRelease(rollUpGroups([group('NL', '=cmd|" /C calc"!A0', '2021-01', [], [], 12), group('NL', '@evil', '2021-01', [], [], 11)]), {
      tables: ['by-city'],
    });
    const t = hostile.tables[0];
    for (const text of [toCsv(t), toHxlCsv(t)]) {
      expect(text).toContain(`"'=cmd|"" /C calc""!A0"`);
      expect(text).toContain(`'@evil`);
      expect(text.split('\r\n').some((line) => /(^|,)[=+\-@]/.test(line))).toBe(false);
    }
  });

  it('writes one header row, then one row per cell; a suppressed count is empty with suppressed=true', () => {
    const byCountry = buildRelease(rollUpGroups([group('NL', null, null, [], [], 40), group('FR', null, null, [], [], 25), group('BE', null, null, [], [], 3)]), {
      tables: ['total', 'by-country'],
    }).tables[1];
    const lines = toCsv(byCountry, { countries: { NL: 'Netherlands', FR: 'France', BE: 'Belgium' } }).split('\r\n');
    expect(lines[0]).toBe('country_code,country_name,reports,suppressed');
    expect(lines.slice(1)).toEqual(['BE,Belgium,,true', 'FR,France,,true', 'NL,Netherlands,40,false', 'unknown,Unknown,0,false', '']);
    const hidden = toCsv(table('by-country-quarter')).split('\r\n').filter((l) => l.endsWith(',true'));
    expect(hidden.length).toBeGreaterThan(0);
    expect(hidden.every((l) => l.endsWith(',,true'))).toBe(true);
  });
});

describe('HXL-tagged CSV', () => {
  it('adds a second header row of HXL hashtags', () => {
    const lines = toHxlCsv(table('by-country-quarter'), labels).split('\r\n');
    expect(lines[0]).toBe('country_code,country_name,quarter,reports,suppressed');
    expect(lines[1]).toBe('#country+code,#country+name,#date+quarter,#affected+reports,#meta+suppressed');
    expect(toHxlCsv(table('by-city')).split('\r\n')[1]).toBe('#country+code,#country+name,#adm2+name,#affected+reports,#meta+suppressed');
    expect(toHxlCsv(table('by-organization-year')).split('\r\n')[1]).toBe('#org+code,#org+name,#date+year,#affected+reports,#meta+suppressed');
    expect(toHxlCsv(table('by-incident-type')).split('\r\n')[1]).toBe('#event+type+code,#event+type+name,#affected+reports,#meta+suppressed');
  });
});

describe('JSON', () => {
  it('gives suppressed cells as null with a flag, and names columns with their HXL tags', () => {
    const json = toJsonTable(table('by-country-quarter'), labels);
    expect(json.columns.map((c) => c.name)).toEqual(['country_code', 'country_name', 'quarter', 'reports', 'suppressed']);
    const hidden = json.rows.filter((r) => r.suppressed === true);
    expect(hidden.length).toBeGreaterThan(0);
    expect(hidden.every((r) => r.reports === null)).toBe(true);
    expect(json.rows.find((r) => r.country_code === 'FR' && r.quarter === '2021-Q2')).toEqual({
      country_code: 'FR', country_name: 'France', quarter: '2021-Q2', reports: null, suppressed: true,
    });
  });

  it('serialises a whole release with its id and protection', () => {
    const doc = JSON.parse(JSON.stringify(toJsonRelease(release, labels)));
    expect(doc.releaseId).toBe(release.releaseId);
    expect(doc.protection).toEqual(release.protection);
    expect(doc.tables).toHaveLength(release.tables.length);
  });
});

describe('GeoJSON of cities', () => {
  const where: Record<string, { lat: number; lon: number }> = {
    'NL/Amsterdam': { lat: 52.37, lon: 4.9 },
    'NL/Rotterdam': { lat: 51.92, lon: 4.48 },
    'FR/Paris': { lat: 48.86, lon: 2.35 },
  };
  it('is a FeatureCollection of points [lon, lat] for published cities only', () => {
    const geo = toCityGeoJson(release, (country, city) => where[`${country}/${city}`], labels);
    expect(geo.type).toBe('FeatureCollection');
    const byCity = Object.fromEntries(geo.features.map((f) => [f.properties.city, f]));
    expect(byCity.Amsterdam.geometry).toEqual({ type: 'Point', coordinates: [4.9, 52.37] });
    expect(byCity.Amsterdam.properties).toEqual({ country_code: 'NL', country_name: 'Netherlands', city: 'Amsterdam', reports: 25 });
    const suppressed = table('by-city').cells.filter((c) => c.suppressed).map((c) => c.coordinates.city);
    expect(suppressed).toContain('Paris');
    for (const city of suppressed) expect(byCity[city as string]).toBeUndefined();
    expect(geo.features.some((f) => f.properties.city === 'other')).toBe(false);
  });

  it('leaves out cities without (valid) coordinates', () => {
    const geo = toCityGeoJson(release, (_country, city) => (city === 'Amsterdam' ? { lat: 123, lon: 2 } : undefined));
    expect(geo.features).toEqual([]);
  });
});
