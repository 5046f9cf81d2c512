import { Controller, Get, Header, Param, Query, Res } from '@nestjs/common';
import { ApiOkResponse, ApiProduces, ApiQuery, ApiSecurity, ApiTags } from '@nestjs/swagger';
import {
  releaseMetadata,
  TABLE_IDS,
  toCityGeoJson,
  toCsv,
  toHxlCsv,
  toJsonTable,
  type CityFeatureCollection,
  type Labels,
  type ReleaseMetadata,
  type TableId,
} from '@tnr/disclosure';
import { DomainError } from '@tnr/domain';
import type { PublicIncidentType, PublicLocation, PublicOrganization } from '@tnr/database';
import { NgoKey } from '@tnr/platform';
import type { Response } from 'express';
import { NgoReleaseService } from './ngo-release.service';

const FORMATS = ['json', 'csv', 'hxl'] as const;
type Format = (typeof FORMATS)[number];

function tableId(id: string): TableId {
  if (!(TABLE_IDS as readonly string[]).includes(id)) throw new DomainError('RESOURCE.NOT_FOUND', `No table "${id}". GET /v1/ngo/tables lists them.`);
  return id as TableId;
}

function format(value: string | undefined): Format {
  if (value === undefined) return 'json';
  if (!(FORMATS as readonly string[]).includes(value)) throw new DomainError('INPUT.INVALID', `format must be one of ${FORMATS.join(', ')}`);
  return value as Format;
}

/**
 * The NGO data API: fixed tables of verified reports only, small cells suppressed with
 * complementary suppression across every table of the release. Partner keys only; every
 * number comes from roll-ups read through the `tnr_ngo_reader` database role.
 */
@ApiTags('ngo data')
@ApiSecurity('ngo-key')
@Controller('v1/ngo')
export class NgoDataController {
  constructor(private readonly releases: NgoReleaseService) {}

  /** The catalogue of the current release: ids, titles, descriptions, columns, rows, suppressed rows. */
  @Get('tables')
  @NgoKey('statistics:read')
  async tables(): Promise<ReleaseMetadata> {
    return (await this.releases.withRelease('catalogue', (release) => releaseMetadata(release))).value;
  }

  @Get('tables/:id')
  @NgoKey('statistics:read')
  @ApiQuery({ name: 'format', enum: FORMATS, required: false })
  @ApiProduces('application/json', 'text/csv')
  @ApiOkResponse({ description: 'JSON: { id, title, description, columns: [{ name, hxl }], rows: [{ <column>: value }] }; CSV and HXL: RFC 4180 text (HXL adds a hashtag row).' })
  async table(@Param('id') id: string, @Query('format') requested: string | undefined, @Res({ passthrough: true }) res: Response): Promise<string> {
    const wanted = tableId(id);
    const f = format(requested);
    const { release, value } = await this.releases.withRelease(`table:${wanted}:${f}`, async (r) => {
      const table = r.tables.find((t) => t.id === wanted);
      if (!table) throw new DomainError('RESOURCE.NOT_FOUND', `Table "${wanted}" is not in this release.`);
      const labels = await this.labels();
      // Serialised once per release: a warm request only copies bytes.
      return f === 'json' ? JSON.stringify(toJsonTable(table, labels)) : f === 'csv' ? toCsv(table, labels) : toHxlCsv(table, labels);
    });
    res.setHeader('X-Release-Id', release.releaseId);
    if (f === 'json') res.setHeader('Content-Type', 'application/json; charset=utf-8');
    else {
      res.setHeader('Content-Type', 'text/csv; charset=utf-8');
      res.setHeader('Content-Disposition', `attachment; filename="tnr-watch-${wanted}${f === 'hxl' ? '-hxl' : ''}.csv"`);
    }
    return value;
  }

  /** Cities with enough verified reports, as GeoJSON points (suppressed cities left out). */
  @Get('cities.geojson')
  @NgoKey('statistics:read')
  @Header('Content-Type', 'application/geo+json; charset=utf-8')
  async cities(): Promise<CityFeatureCollection> {
    const { value } = await this.releases.withRelease('cities', async (release) => {
      const locations = await this.releases.repository.locations();
      const byKey = new Map(locations.filter((l) => l.lat !== null && l.lon !== null).map((l) => [l.key, l]));
      const locate = (_country: string, city: string) => {
        const l = byKey.get(city);
        return l ? { lat: l.lat as number, lon: l.lon as number } : undefined;
      };
      return toCityGeoJson(release, locate, await this.labels());
    });
    return value;
  }

  /** The suppression rule, the taxonomy with definitions and the gazetteer's public fields, to join the tables. */
  @Get('metadata')
  @NgoKey('metadata:read')
  async metadata(): Promise<{ release: ReleaseMetadata; incidentTypes: PublicIncidentType[]; organizations: PublicOrganization[]; locations: PublicLocation[] }> {
    const repo = this.releases.repository;
    const { value } = await this.releases.withRelease('metadata', async (release) => {
      const [incidentTypes, organizations, locations] = await Promise.all([repo.incidentTypes(), repo.organizations(), repo.locations()]);
      return { release: releaseMetadata(release), incidentTypes, organizations, locations };
    });
    return value;
  }

  private async labels(): Promise<Labels> {
    const repo = this.releases.repository;
    const [types, orgs, locations] = await Promise.all([repo.incidentTypes(), repo.organizations(), repo.locations()]);
    return {
      incidentTypes: Object.fromEntries(types.map((t) => [t.id, t.label])),
      organizations: Object.fromEntries(orgs.map((o) => [o.key, o.nameEn])),
      countries: Object.fromEntries(locations.filter((l) => l.kind === 'country' && l.countryCode).map((l) => [l.countryCode as string, l.nameEn])),
    };
  }
}
