import { randomBytes } from 'node:crypto';
import request from 'supertest';
import { TABLE_IDS } from '@tnr/disclosure';
import { startPrivateSystem, type PrivateSystem } from '../helpers/private-system';
import { waitFor } from '../helpers/wait-for';

/**
 * Issue 8: a partner key downloads every table in every format; only verified reports count;
 * small cells are suppressed; CSV/HXL cells cannot smuggle formulas; cities come as GeoJSON;
 * the metadata explains the tables and carries only the gazetteer's public fields.
 */
describe('NGO data API', () => {
  let system: PrivateSystem;
  let key: string;

  /** Verified reports written as the workflow leaves them (status verified, a confirmed link). */
  async function verifiedReports(n: number, r: { country: string; city: string | null; month: string; types: string[]; org?: string }): Promise<void> {
    for (let i = 0; i < n; i += 1) {
      const { rows } = await system.db.query(
        `INSERT INTO reports (id, proof_of_work, status, channel, country_code, city, incident_month, reported_incident_types, narrative_ciphertext, narrative_wrapped_key, receipt_hash, created_on, redacted_narrative)
         VALUES (gen_random_uuid(), true, 'awaiting_review', 'api', $1, $2, $3, $4, $5, $6, $7, current_date, 'redacted') RETURNING id`,
        [r.country, r.city, r.month, r.types, randomBytes(40), randomBytes(60), randomBytes(32).toString('hex')],
      );
      if (r.org) {
        await system.db.query(
          `INSERT INTO report_links (report_id, entity_type, entity_key, kind, confidence, start_offset, end_offset, evidence, status, origin) VALUES ($1,'organization',$2,'k',1,0,0,'e','confirmed','staff')`,
          [rows[0].id, r.org],
        );
      }
      await system.db.query(`UPDATE reports SET status = 'verified' WHERE id = $1`, [rows[0].id]);
    }
  }

  beforeAll(async () => {
    system = await startPrivateSystem({ RECONCILE_INTERVAL_MS: '600000' });
    key = await system.createNgoKey();
    // A staff-made organization whose name is a spreadsheet formula.
    await system.db.query(`INSERT INTO organizations (key, name_en, kind, country_code, origin) VALUES ('org_formula', '=HYPERLINK("http://evil.example","x")', 'community_association', 'US', 'staff')`);
    await verifiedReports(12, { country: 'US', city: 'New York', month: '2024-03', types: ['tnr_assault'], org: 'st_us_nyc1' });
    await verifiedReports(11, { country: 'US', city: 'Los Angeles', month: '2024-07', types: ['tnr_assault'], org: 'org_formula' });
    await verifiedReports(10, { country: 'NL', city: null, month: '2023-11', types: [] });
    // Submitted but never verified: must not count anywhere.
    await system.db.query(
      `INSERT INTO reports (id, proof_of_work, status, channel, country_code, city, incident_month, narrative_ciphertext, narrative_wrapped_key, receipt_hash, created_on)
       SELECT gen_random_uuid(), true, 'awaiting_review', 'api', 'DE', 'Berlin', '2024-01', $1, $2, md5(random()::text) || g, current_date FROM generate_series(1, 30) g`,
      [randomBytes(40), randomBytes(60)],
    );
  });
  afterAll(async () => {
    await system?.close();
  });

  const get = (path: string) => request(system.moderationUrl).get(path).set('X-Api-Key', key);

  it('lists the catalogue with the suppression rule', async () => {
    const res = await get('/v1/ngo/tables').expect(200);
    expect(res.body.tables.map((t: { id: string }) => t.id).sort()).toEqual([...TABLE_IDS].sort());
    expect(res.body.protection).toMatchObject({ method: 'suppression', k: 10 });
    expect(res.body.releaseId).toMatch(/\S{16,}/);
  });

  it('serves every table in JSON, CSV and HXL', async () => {
    for (const id of TABLE_IDS) {
      const json = await get(`/v1/ngo/tables/${id}`).expect(200);
      expect(json.body.id).toBe(id);
      const csv = await get(`/v1/ngo/tables/${id}?format=csv`).expect(200);
      expect(csv.headers['content-type']).toMatch(/^text\/csv/);
      expect(csv.text.split('\r\n')[0]).toBe(json.body.columns.map((c: { name: string }) => c.name).join(','));
      const hxl = await get(`/v1/ngo/tables/${id}?format=hxl`).expect(200);
      expect(hxl.text.split('\r\n')[1]).toMatch(/^#/);
      expect(hxl.text).toContain('#affected+reports');
    }
    await get('/v1/ngo/tables/by-country?format=xlsx').expect(400);
    await get('/v1/ngo/tables/reports').expect(404);
  });

  it('counts verified reports only, and never publishes a count from 1 to 9', async () => {
    const byCountry = (await get('/v1/ngo/tables/by-country').expect(200)).body.rows as Array<{ country_code: string; reports: number | null; suppressed: boolean }>;
    const us = byCountry.find((r) => r.country_code === 'US');
    expect(us?.reports).toBe(23);
    expect(byCountry.find((r) => r.country_code === 'DE')).toMatchObject({ reports: 0 }); // 30 unverified
    for (const id of TABLE_IDS) {
      const rows = (await get(`/v1/ngo/tables/${id}`).expect(200)).body.rows as Array<{ reports: number | null; suppressed: boolean }>;
      for (const r of rows) {
        if (r.suppressed) expect(r.reports).toBeNull();
        else expect(r.reports === 0 || (r.reports as number) >= 10).toBe(true);
      }
      // Single-valued one-way tables add up to the published total: one hidden row would be derivable.
      // (The library's attacker audit proves the general case over every table and relation.)
      if (['by-country', 'by-month', 'by-quarter', 'by-year'].includes(id)) expect(rows.filter((r) => r.suppressed).length).not.toBe(1);
    }
    const byCity = (await get('/v1/ngo/tables/by-city').expect(200)).body.rows as Array<{ city: string; reports: number | null }>;
    expect(byCity.find((r) => r.city === 'loc_city_new_york')?.reports).toBe(12);
  });

  it('neutralises formulas in CSV and HXL cells', async () => {
    const csv = (await get('/v1/ngo/tables/by-organization?format=csv').expect(200)).text;
    expect(csv).toContain(`"'=HYPERLINK(""http://evil.example"",""x"")"`);
    expect(csv).not.toMatch(/(^|,)"?=HYPERLINK/m);
    const hxl = (await get('/v1/ngo/tables/by-organization?format=hxl').expect(200)).text;
    expect(hxl).not.toMatch(/(^|,)"?=HYPERLINK/m);
  });

  it('serves cities with enough reports as GeoJSON points', async () => {
    const res = await get('/v1/ngo/cities.geojson').expect(200);
    expect(res.headers['content-type']).toMatch(/^application\/geo\+json/);
    const ny = res.body.features.find((f: { properties: { city: string } }) => f.properties.city === 'loc_city_new_york');
    expect(ny).toMatchObject({ type: 'Feature', geometry: { type: 'Point', coordinates: [-74.006, 40.7128] } });
    expect(ny.properties.reports).toBe(12);
    expect(res.body.features.every((f: { properties: { reports: number } }) => f.properties.reports >= 10)).toBe(true);
  });

  it('publishes metadata: tables, taxonomy with definitions, and only public gazetteer fields', async () => {
    const res = await get('/v1/ngo/metadata').expect(200);
    expect(res.body.release.protection).toMatchObject({ method: 'suppression', k: 10 });
    expect(res.body.incidentTypes.find((t: { id: string }) => t.id === 'tnr_assault').definition).toMatch(/.{20,}/);
    const station = res.body.organizations.find((o: { key: string }) => o.key === 'st_us_nyc1');
    expect(Object.keys(station).sort()).toEqual(['city', 'countryCode', 'hostKey', 'key', 'kind', 'nameEn', 'namesZh', 'parentKey', 'source']);
  });

  it('serves the previous release while a changed one is rebuilt in the background, then the new one', async () => {
    const nl = async () => ((await get('/v1/ngo/tables/by-country').expect(200)).body.rows as Array<{ country_code: string; reports: number | null }>).find((r) => r.country_code === 'NL');
    expect((await nl())?.reports).toBe(10);
    const before = (await get('/v1/ngo/tables').expect(200)).body.releaseId;
    await verifiedReports(10, { country: 'NL', city: null, month: '2023-12', types: [] });
    const after = await waitFor('the new release', async () => ((await nl())?.reports === 20 ? true : undefined));
    expect(after).toBe(true);
    expect((await get('/v1/ngo/tables').expect(200)).body.releaseId).not.toBe(before);
  });

  it('refuses keys without the scope, and staff sessions', async () => {
    const statsOnly = await system.createNgoKey(['statistics:read']);
    await request(system.moderationUrl).get('/v1/ngo/metadata').set('X-Api-Key', statsOnly).expect(403);
    const metaOnly = await system.createNgoKey(['metadata:read']);
    await request(system.moderationUrl).get('/v1/ngo/tables/by-country').set('X-Api-Key', metaOnly).expect(403);
    await request(system.moderationUrl).get('/v1/ngo/tables').expect(401);
  });
});
