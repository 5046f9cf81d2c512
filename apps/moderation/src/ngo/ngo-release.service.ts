import { Inject, Injectable, type OnModuleDestroy } from '@nestjs/common';
import { buildRelease, type Release, type ReleaseOptions } from '@tnr/disclosure';
import { DEFAULT_MIN_CELL } from '@tnr/domain';
import { NgoStatisticsRepository } from '@tnr/database';
import type { DataSource } from 'typeorm';
import { organizationRole } from './organization-roles';

export const NGO_DATA_SOURCE = Symbol('NGO_DATA_SOURCE');
export const NGO_RELEASE_SECRET = Symbol('NGO_RELEASE_SECRET');

/** Small cells are suppressed below this (the default; the library refuses anything below 5). */
export const NGO_MIN_CELL = DEFAULT_MIN_CELL;
const CACHE_KEY = `suppression:k${NGO_MIN_CELL}:v1`;

/**
 * The current release of every table, computed from the roll-ups (read through the
 * `tnr_ngo_reader` role) and cached per data version: in memory, and in `ngo_releases` for the
 * other processes. Every request of a version gets the very same numbers.
 */
@Injectable()
export class NgoReleaseService implements OnModuleDestroy {
  private readonly statistics: NgoStatisticsRepository;
  private memo: { version: string; release: Release } | null = null;
  private building: Promise<Release> | null = null;

  constructor(
    @Inject(NGO_DATA_SOURCE) private readonly dataSource: DataSource,
    @Inject(NGO_RELEASE_SECRET) private readonly secret: Uint8Array,
  ) {
    this.statistics = new NgoStatisticsRepository(dataSource);
  }

  get repository(): NgoStatisticsRepository {
    return this.statistics;
  }

  async current(): Promise<Release> {
    const version = await this.statistics.dataVersion();
    if (this.memo?.version === version) return this.memo.release;
    const stored = (await this.statistics.cachedRelease(CACHE_KEY, version)) as Release | null;
    if (stored) {
      this.memo = { version, release: stored };
      return stored;
    }
    // One build at a time per process; concurrent requests share it.
    this.building ??= this.build(version).finally(() => {
      this.building = null;
    });
    return this.building;
  }

  private async build(version: string): Promise<Release> {
    const [rollUps, types, organizations, locations] = await Promise.all([
      this.statistics.rollUps(),
      this.statistics.incidentTypes(),
      this.statistics.organizations(),
      this.statistics.locations(),
    ]);
    const options: ReleaseOptions = {
      protection: { method: 'suppression', k: NGO_MIN_CELL },
      reference: {
        countries: locations.filter((l) => l.kind === 'country' && l.countryCode).map((l) => l.countryCode as string),
        incidentTypes: types.map((t) => t.id),
        organizations: organizations.map((o) => ({ key: o.key, role: organizationRole(o.kind) })),
      },
      secret: this.secret,
    };
    const release = buildRelease(rollUps, options);
    await this.statistics.storeRelease(CACHE_KEY, version, release, new Date());
    this.memo = { version, release };
    return release;
  }

  async onModuleDestroy(): Promise<void> {
    if (this.dataSource.isInitialized) await this.dataSource.destroy();
  }
}
