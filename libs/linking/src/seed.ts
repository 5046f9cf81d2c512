import type { GazetteerEntry } from './types';

/** The shape of `data/seed/known-entities.json`, shared by the matcher and the database seed. */
export interface SeedFile {
  organizations: Array<{
    id: string;
    name_en: string;
    names_zh?: string[] | null;
    aliases?: string[] | null;
    kind: string;
    country?: string | null;
    city?: string | null;
    address?: string | null;
    status?: string | null;
    /** For stations: confirmed in court / reported / unverified / weak / placeholder. */
    confidence?: string | null;
    location_id?: string | null;
    parent_id?: string | null;
    host_org_id?: string | null;
    source?: string | null;
    note?: string | null;
  }>;
  locations: Array<{
    id: string;
    name_en: string;
    names_zh?: string[] | null;
    aliases?: string[] | null;
    kind: string;
    country_code?: string | null;
    lat?: number | null;
    lon?: number | null;
    /** For an address: the station reported there. */
    related_org_id?: string | null;
    source?: string | null;
    note?: string | null;
  }>;
  /** Fine-grained tactics with definitions and sources. */
  incident_types?: Array<{ id: string; label: string; definition: string; source?: string }>;
}

/**
 * Gazetteer entries from the seed file. Names are passed through as recorded; which of them are
 * safe to match (descriptive station names, addresses) is decided by the linker's surface forms.
 */
export function gazetteerFromSeed(seed: SeedFile): GazetteerEntry[] {
  return [
    ...seed.organizations.map((o) => ({
      key: o.id,
      entityType: 'organization' as const,
      kind: o.kind,
      name: o.name_en,
      names: [o.name_en, ...(o.names_zh ?? []), ...(o.aliases ?? [])],
      countryCode: o.country ?? null,
      locationKey: o.location_id ?? null,
      parentKey: o.parent_id ?? null,
      hostKey: o.host_org_id ?? null,
    })),
    ...seed.locations.map((l) => ({
      key: l.id,
      entityType: 'location' as const,
      kind: l.kind,
      name: l.name_en,
      names: [l.name_en, ...(l.names_zh ?? []), ...(l.aliases ?? [])],
      countryCode: l.country_code ?? null,
      locationKey: null,
      parentKey: null,
      hostKey: null,
      relatedKey: l.related_org_id ?? null,
    })),
  ];
}
