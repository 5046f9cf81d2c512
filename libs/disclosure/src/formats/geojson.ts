import { OTHER_CITY } from '../dimensions';
import type { Release } from '../release';
import type { Labels } from './columns';

/** Where a city is; the caller takes it from the gazetteer. */
export interface CityLocation {
  readonly lat: number;
  readonly lon: number;
}

export interface CityFeature {
  readonly type: 'Feature';
  readonly geometry: { readonly type: 'Point'; readonly coordinates: readonly [number, number] };
  readonly properties: { readonly country_code: string; readonly country_name: string; readonly city: string; readonly reports: number };
}

export interface CityFeatureCollection {
  readonly type: 'FeatureCollection';
  readonly features: readonly CityFeature[];
}

/**
 * The by-city table as a GeoJSON FeatureCollection (RFC 7946: [longitude, latitude]) of points.
 * Suppressed cities, the `other` rows and cities the caller cannot locate are left out: a map
 * must not show what the table hides.
 */
export function toCityGeoJson(
  release: Release,
  locate: (country: string, city: string) => CityLocation | undefined,
  labels: Labels = {},
): CityFeatureCollection {
  const table = release.tables.find((t) => t.id === 'by-city');
  const features: CityFeature[] = [];
  for (const cell of table?.cells ?? []) {
    const { country, city } = cell.coordinates;
    if (cell.count === null || country === undefined || city === undefined || city === OTHER_CITY) continue;
    const at = locate(country, city);
    if (!at || !(Math.abs(at.lat) <= 90) || !(Math.abs(at.lon) <= 180)) continue;
    features.push({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [at.lon, at.lat] },
      properties: { country_code: country, country_name: labels.countries?.[country] ?? country, city, reports: cell.count },
    });
  }
  return { type: 'FeatureCollection', features };
}
