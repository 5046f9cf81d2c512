import { Inject, Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
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
  /** Rendered answers (a table in a format, the GeoJSON, labels…) of the current versions. */
  private rendered: { version: string; values: Map<string, Promise<unknown>> } = { version: '', values: new Map() };
  private building: Promise<Release> | null = null;
  private readonly logger = new Logger(NgoReleaseService.name);

  constructor(
    @Inject(NGO_DATA_SOURCE) private readonly dataSource: DataSource,
    @Inject(NGO_RELEASE_SECRET) private readonly secret: Uint8Array,
  ) {
    this.statistics = new NgoStatisticsRepository(dataSource);
  }

  get repository(): NgoStatisticsRepository {
    return this.statistics;
  }

  /**
   * The release and a memo for answers derived from it and from the gazetteer: computed once per
   * (roll-up version, gazetteer version), so a warm request costs three indexed reads.
   */
  async withRelease<T>(name: string, derive: (release: Release) => Promise<T> | T): Promise<{ release: Release; value: T }> {
    const [release, gazetteerVersion] = await Promise.all([this.current(), this.statistics.gazetteerVersion()]);
    const version = `${release.releaseId}|${gazetteerVersion}`;
    if (this.rendered.version !== version) this.rendered = { version, values: new Map() };
    let value = this.rendered.values.get(name) as Promise<T> | undefined;
    if (!value) {
      value = Promise.resolve(derive(release));
      this.rendered.values.set(name, value);
      value.catch(() => this.rendered.values.delete(name));
    }
    return { release, value: await value };
  }

  /**
   * The newest release. When the data moved on since the last one was built, that one is served
   * (it is a complete, protected release) while the new one is built in the background — a
   * build takes seconds at a million reports, a request must not. Only the very first request
   * of a process with no stored release at all waits for a build.
   */
  async current(): Promise<Release> {
    const version = await this.statistics.dataVersion();
    if (this.memo?.version === version) return this.memo.release;
    if (!this.memo) {
      const stored = (await this.statistics.latestRelease(CACHE_KEY)) as { version: string; body: Release } | null;
      if (stored) this.memo = { version: stored.version, release: stored.body };
    }
    if (this.memo?.version === version) return this.memo.release;
    const build = this.rebuild(version);
    if (this.memo) {
      build.catch((e: unknown) => this.logger.error({ err: e instanceof Error ? e.message : String(e) }, 'NGO release rebuild failed'));
      return this.memo.release;
    }
    return build;
  }

  /** One build at a time per process; requests during a build share it. */
  private rebuild(version: string): Promise<Release> {
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
