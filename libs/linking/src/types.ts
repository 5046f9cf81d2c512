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
}

export interface EntityLink {
  /** The entity's fine kind (e.g. `overseas_police_service_station`, `city`). */
  kind: string;
  key: string;
  name: string;
  start: number;
  end: number;
  confidence: number;
  /** Why the link was made, e.g. `exact name "Fuzhou PSB"`. Never more text than the matched phrase. */
  evidence: string;
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
