import type { DisclosureInput, MemberCount, PlaceMonthCount, ReferenceData } from '../libs/disclosure/src';
import { mulberry32 } from '../scripts/lib/seeded-random';

/**
 * Seeded synthetic roll-ups for the disclosure benchmark, built by drawing `reports` verified
 * reports one by one and counting them exactly as the SQL roll-ups would. Shape: 200 countries
 * with a Zipf-like spread (a long tail of small countries), up to 8 cities each, ten years of
 * incident months with growth over time, 30 incident types (1–3 per report), 100 organizations
 * (10 bureaus, 60 stations tied to a country, 30 others; 40% of reports link one or two).
 */
export interface SyntheticRollUps {
  readonly input: DisclosureInput;
  readonly reference: ReferenceData;
}

/** Index drawn with probability proportional to weights (cumulative table + binary search). */
function sampler(weights: readonly number[], random: () => number): () => number {
  const cumulative: number[] = [];
  let sum = 0;
  for (const w of weights) cumulative.push((sum += w));
  return () => {
    const x = random() * sum;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid] > x) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  };
}

const zipf = (n: number, s: number): number[] => Array.from({ length: n }, (_, i) => 1 / (i + 1) ** s);

export function syntheticRollUps(reports: number, seed = 2024): SyntheticRollUps {
  const random = mulberry32(seed);
  const countries = Array.from({ length: 200 }, (_, i) => String.fromCharCode(65 + Math.floor(i / 26), 65 + (i % 26)));
  const pickCountry = sampler(zipf(countries.length, 1.2), random);
  const pickCity = sampler(zipf(8, 1), random);
  const years = Array.from({ length: 10 }, (_, i) => 2015 + i);
  const months = years.flatMap((y) => Array.from({ length: 12 }, (_, m) => `${y}-${String(m + 1).padStart(2, '0')}`));
  const pickMonth = sampler(months.map((_, i) => 1 + i / 12), random);
  const types = Array.from({ length: 30 }, (_, i) => `tnr_type_${String(i).padStart(2, '0')}`);
  const pickType = sampler(zipf(types.length, 0.9), random);
  const orgs = Array.from({ length: 100 }, (_, i) => `org_${String(i).padStart(3, '0')}`);
  const role = (i: number): 'bureau' | 'station' | 'other' => (i < 10 ? 'bureau' : i < 70 ? 'station' : 'other');
  const stationCountry = (i: number): number => (i * 7) % 40; // stations sit in the 40 largest countries
  const pickOrg = sampler(zipf(orgs.length, 0.8), random);

  const places = new Map<string, PlaceMonthCount>();
  const typeCounts = new Map<string, MemberCount>();
  const orgCounts = new Map<string, MemberCount>();
  const bump = (map: Map<string, MemberCount>, member: string, country: string | null, year: string | null): void => {
    const key = `${member}|${country}|${year}`;
    const row = map.get(key);
    map.set(key, { member, country, year, reports: (row?.reports ?? 0) + 1 });
  };
  for (let r = 0; r < reports; r++) {
    const ci = random() < 0.02 ? -1 : pickCountry();
    const country = ci < 0 ? null : countries[ci];
    const city = country === null || random() < 0.2 ? null : `City ${country}-${pickCity()}`;
    const month = random() < 0.05 ? null : months[pickMonth()];
    const year = month === null ? null : month.slice(0, 4);
    const placeKey = `${country}|${city}|${month}`;
    const place = places.get(placeKey);
    places.set(placeKey, { country, city, month, reports: (place?.reports ?? 0) + 1 });
    const typeCount = 1 + Math.floor(random() * random() * 3);
    for (const t of new Set(Array.from({ length: typeCount }, () => types[pickType()]))) bump(typeCounts, t, country, year);
    if (random() < 0.4) {
      const picked = new Set<number>();
      for (let i = 0, n = random() < 0.8 ? 1 : 2; i < n; i++) {
        let o = pickOrg();
        if (role(o) === 'station' && ci >= 0 && stationCountry(o) !== ci && random() < 0.7) o = 10 + (ci % 60);
        picked.add(o);
      }
      for (const o of picked) bump(orgCounts, orgs[o], country, year);
    }
  }
  return {
    input: { places: [...places.values()], incidentTypes: [...typeCounts.values()], organizations: [...orgCounts.values()] },
    reference: {
      countries,
      incidentTypes: types,
      organizations: orgs.map((key, i) => ({ key, role: role(i) })),
      years: { from: years[0], to: years[years.length - 1] },
    },
  };
}
