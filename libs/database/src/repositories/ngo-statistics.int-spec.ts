import type { DataSource } from 'typeorm';
import { openPrivateMigratedDatabase } from '../../../../test/helpers/database';
import { newReportRow } from '../../../../test/helpers/factories';
import { createDataSource } from '../data-source';
import { AuditRepository } from './audit.repository';
import { NgoStatisticsRepository } from './ngo-statistics.repository';
import { ReportRepository } from './report.repository';

/**
 * The roll-ups behind the NGO data API are kept exact by triggers: verifying, un-verifying and
 * editing a report or its confirmed links moves its contribution; a rebuild from scratch gives
 * the same tables. The reader role sees the roll-ups and nothing of the reports.
 */
describe('NGO statistics roll-ups and the reader role (real PostgreSQL)', () => {
  let db: Awaited<ReturnType<typeof openPrivateMigratedDatabase>>;
  let ds: DataSource;
  let reader: DataSource;
  let reports: ReportRepository;
  let stats: NgoStatisticsRepository;

  beforeAll(async () => {
    db = await openPrivateMigratedDatabase();
    ds = db.ds;
    reports = new ReportRepository(ds, new AuditRepository(ds));
    reader = createDataSource({ url: db.url, poolSize: 2, role: 'tnr_ngo_reader' });
    await reader.initialize();
    stats = new NgoStatisticsRepository(reader);
  });
  afterAll(async () => {
    await reader?.destroy();
    await db?.close();
  });

  async function verifiedReport(overrides: Parameters<typeof newReportRow>[0] = {}): Promise<string> {
    const row = newReportRow(overrides);
    await reports.createWithOutbox(row);
    await ds.query(`UPDATE reports SET status = 'verified' WHERE id = $1`, [row.id]);
    return row.id;
  }
  const snapshot = async () => {
    const r = await stats.rollUps();
    const sort = <T>(rows: T[]) => rows.map((x) => JSON.stringify(x)).sort();
    return { places: sort(r.places), incidentTypes: sort(r.incidentTypes), organizations: sort(r.organizations) };
  };

  it('counts a verified report once per place-month and per distinct type, by gazetteer city only', async () => {
    const v0 = await stats.dataVersion();
    const unverified = newReportRow({ countryCode: 'NL', city: 'Rotterdam', reportedIncidentTypes: ['tnr_assault'] });
    await reports.createWithOutbox(unverified);
    expect((await stats.rollUps()).places).toEqual([]);
    expect(await stats.dataVersion()).toBe(v0); // a submitted report changes nothing

    const id = await verifiedReport({ countryCode: 'NL', city: ' rotterdam ', incidentMonth: '2024-05', reportedIncidentTypes: ['tnr_assault', 'tnr_assault', 'tnr_physical_intimidation'] });
    await verifiedReport({ countryCode: 'NL', city: 'my street in Zwolle-Zuid 12', incidentMonth: '2024-05' });
    const r = await stats.rollUps();
    const cityKey = r.places.find((p) => p.city !== null)?.city;
    expect(cityKey).toMatch(/rotterdam/);
    expect(r.places).toEqual(expect.arrayContaining([
      { country: 'NL', city: cityKey, month: '2024-05', reports: 1 },
      { country: 'NL', city: null, month: '2024-05', reports: 1 }, // free text is never published
    ]));
    expect(r.incidentTypes).toEqual(expect.arrayContaining([
      { member: 'tnr_assault', country: 'NL', year: '2024', reports: 1 },
      { member: 'tnr_physical_intimidation', country: 'NL', year: '2024', reports: 1 },
    ]));
    expect(BigInt(await stats.dataVersion())).toBeGreaterThan(BigInt(v0));

    // A moderator's confirmed types replace the reported ones; a confirmed organization link counts.
    await ds.query(`UPDATE reports SET confirmed_incident_types = '{tnr_physical_intimidation}' WHERE id = $1`, [id]);
    await ds.query(`INSERT INTO report_links (report_id, entity_type, entity_key, kind, confidence, start_offset, end_offset, evidence, status, origin) VALUES ($1,'organization','org_mps','x',1,0,0,'e','suggested','pipeline')`, [id]);
    expect((await stats.rollUps()).organizations).toEqual([]);
    await ds.query(`UPDATE report_links SET status = 'confirmed' WHERE report_id = $1`, [id]);
    const after = await stats.rollUps();
    expect(after.incidentTypes.find((t) => t.member === 'tnr_assault')).toBeUndefined();
    expect(after.organizations).toEqual([{ member: 'org_mps', country: 'NL', year: '2024', reports: 1 }]);
  });

  it('un-verifying removes the contribution; a rebuild from scratch gives the same tables', async () => {
    const id = await verifiedReport({ countryCode: 'FR', incidentMonth: '2023-01', reportedIncidentTypes: ['tnr_assault'] });
    expect((await stats.rollUps()).places).toEqual(expect.arrayContaining([{ country: 'FR', city: null, month: '2023-01', reports: 1 }]));
    await ds.query(`UPDATE reports SET status = 'in_review' WHERE id = $1`, [id]);
    expect((await stats.rollUps()).places.find((p) => p.country === 'FR')).toBeUndefined();

    for (let i = 0; i < 5; i += 1) await verifiedReport({ countryCode: i % 2 ? 'DE' : 'IT', incidentMonth: `202${i}-0${i + 1}`, reportedIncidentTypes: ['tnr_assault'] });
    const incremental = await snapshot();
    await ds.query(`SELECT stats_rebuild()`);
    expect(await snapshot()).toEqual(incremental);
  });

  it('the reader role can read the roll-ups but no report, link, message, audit or staff row', async () => {
    await expect(reader.query(`SELECT count(*) FROM stats_place_month`)).resolves.toBeDefined();
    for (const table of ['reports', 'report_links', 'report_messages', 'audit_events', 'staff_users', 'staff_sessions', 'report_notes', 'stats_report_contrib', 'outbox']) {
      await expect(reader.query(`SELECT 1 FROM ${table} LIMIT 1`)).rejects.toThrow(/permission denied/);
    }
    await expect(reader.query(`SELECT address, note FROM organizations LIMIT 1`)).rejects.toThrow(/permission denied/);
    await expect(reader.query(`UPDATE stats_place_month SET reports = 99`)).rejects.toThrow(/permission denied/);
  });
});
