import { geoNaturalEarth1, geoPath } from 'd3-geo';
import type { FeatureCollection } from 'geojson';
import { useMemo } from 'react';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import world from 'world-atlas/countries-110m.json';

const WIDTH = 960;
const HEIGHT = 480;

export interface CityPoint {
  key: string;
  label: string;
  lat: number;
  lon: number;
  count: number;
}

/**
 * Countries from world-atlas (Natural Earth, 1:110m), bundled with the app; cities drawn as
 * circles whose area grows with the count. No tiles and no request to anyone.
 */
export function WorldMap({ cities, label }: { cities: CityPoint[]; label: string }) {
  const { countries, path, project } = useMemo(() => {
    const topology = world as unknown as Topology<{ countries: GeometryCollection }>;
    const countries = feature(topology, topology.objects.countries) as unknown as FeatureCollection;
    const projection = geoNaturalEarth1().fitSize([WIDTH, HEIGHT], countries);
    return { countries, path: geoPath(projection), project: (lon: number, lat: number) => projection([lon, lat]) };
  }, []);
  const max = Math.max(1, ...cities.map((c) => c.count));

  return (
    <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={label} className="world-map" data-testid="world-map">
      <rect width={WIDTH} height={HEIGHT} className="world-map-sea" />
      <g className="world-map-land">
        {countries.features.map((f, i) => (
          <path key={String(f.id ?? i)} d={path(f) ?? undefined} />
        ))}
      </g>
      <g className="world-map-cities">
        {cities.map((c) => {
          const xy = project(c.lon, c.lat);
          if (!xy) return null;
          return (
            <circle key={c.key} cx={xy[0]} cy={xy[1]} r={4 + 14 * Math.sqrt(c.count / max)} data-city={c.key} data-count={c.count}>
              <title>{`${c.label}: ${c.count}`}</title>
            </circle>
          );
        })}
      </g>
    </svg>
  );
}
