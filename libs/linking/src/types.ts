/**
 * A gazetteer entry as the matcher sees it: built from the database (worker) or from the
 * seed file shipped in the repo (pipeline command). Nothing about entities is hard-coded.
 */
export interface GazetteerEntry {
  /** Stable key from known-entities.json or assigned by staff, e.g. `psb_fuzhou`. */
  key: string;
  /** `organization` or `location`. */
  entityType: 'organization' | 'location';
  /** The fine kind: `overseas_police_service_station`, `public_security_bureau`, `city`, … */
  kind: string;
  /** Canonical English name. */
  name: string;
  /** Every surface form: English name, Chinese names, aliases. */
  names: string[];
  countryCode: string | null;
  /** For organizations: the location (city, else country) it sits in. */
  locationKey: string | null;
  /** For a station: the bureau that runs it; for a bureau: the body above it. */
  parentKey: string | null;
  /** For a station: the association that hosts it. */
  hostKey: string | null;
  /** For an address: the organization (station) reported there. Optional: older callers omit it. */
  relatedKey?: string | null;
}

/**
 * Why a link was inferred rather than named:
 * - `station_in_city`: a station phrase ("service station", "服务站") near a city with a known station;
 * - `station_in_country`: the same near a country that has exactly one known station;
 * - `station_at_address`: an address recorded for a station;
 * - `bureau_by_city`: a police phrase with a city ("the Fuzhou police", "福州公安");
 * - `operating_bureau`: the bureau that runs a linked station (a weaker suggestion);
 * - `organization_by_name_parts`: a city plus a head noun that together identify one organization
 *   ("the Changle association").
 */
export type LinkInference =
  | 'station_in_city'
  | 'station_in_country'
  | 'station_at_address'
  | 'bureau_by_city'
  | 'operating_bureau'
  | 'organization_by_name_parts';

export interface EntityLink {
  /** The entity's fine kind (e.g. `overseas_police_service_station`, `city`). */
  kind: string;
  key: string;
  name: string;
  /** UTF-16 offsets into the original text (not the folded one), end exclusive. */
  start: number;
  end: number;
  /** 0..1; inferred links are below 0.8, implied operating bureaus at most 0.5. */
  confidence: number;
  /** Why the link was made, e.g. `exact name "Fuzhou PSB"`. Never more text than the matched phrase. */
  evidence: string;
  /** Absent for a name found in the text; set for a link inferred from context. */
  inferred?: LinkInference;
  /** Set when the text fits several entities equally (e.g. one of three stations in one city). */
  ambiguous?: boolean;
}

export interface IncidentTypeTag {
  id: string;
  confidence: number;
  /** The phrases in the text that triggered the tag. */
  triggers: string[];
}

export interface IncidentTypeDefinition {
  id: string;
  label: string;
}
