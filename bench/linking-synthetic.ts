import type { GazetteerEntry } from '../libs/linking/src';

const SYLLABLES = ['ka', 'zor', 'vel', 'qim', 'tur', 'bex', 'lon', 'dra', 'pho', 'mik', 'sul', 'yen', 'gar', 'wix', 'nof', 'hal'];
const HAN = '甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌亥琴棋书画梅兰竹菊';
const HEADS = ['Association', 'Trading Company', 'Cultural Centre', 'Chamber', 'Society'];

/** Seeded pseudo-entities for the scaling benchmark: names that occur in no real text. */
export function syntheticEntries(count: number, seed: number): GazetteerEntry[] {
  let a = seed >>> 0;
  const random = (): number => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const word = (n: number): string => Array.from({ length: n }, () => SYLLABLES[Math.floor(random() * SYLLABLES.length)]).join('');
  const han = (n: number): string => Array.from({ length: n }, () => HAN[Math.floor(random() * HAN.length)]).join('');
  return Array.from({ length: count }, (_, i) => {
    const stem = word(3 + Math.floor(random() * 2));
    const name = `${stem[0].toUpperCase()}${stem.slice(1)} ${HEADS[i % HEADS.length]}`;
    const location = i % 3 === 0;
    return {
      key: `synthetic_${i}`,
      entityType: location ? 'location' : 'organization',
      kind: location ? 'city' : 'hometown_association',
      name,
      names: [name, `${han(4)}${location ? '市' : '会'}`, `${stem.toUpperCase().slice(0, 5)}${i}`],
      countryCode: 'ZZ',
      locationKey: null,
      parentKey: null,
      hostKey: null,
    };
  });
}

/**
 * Seeded pseudo-entities carrying exactly `aliasCount` distinct aliases (three per entry, the last
 * entry fewer), for the "100,000 aliases" throughput target. Duplicates from the generator are
 * skipped, so every alias is a separate pattern of the matcher.
 */
export function syntheticAliasEntries(aliasCount: number, seed: number): GazetteerEntry[] {
  const out: GazetteerEntry[] = [];
  const seen = new Set<string>();
  let total = 0;
  for (let batch = 0; total < aliasCount; batch++) {
    for (const entry of syntheticEntries(Math.ceil((aliasCount - total) / 3) + 16, seed + batch)) {
      const names = entry.names.filter((n) => {
        const k = n.toLowerCase();
        if (seen.has(k)) return false;
        seen.add(k);
        return true;
      }).slice(0, aliasCount - total);
      if (names.length === 0) continue;
      total += names.length;
      out.push({ ...entry, key: `synthetic_alias_${out.length}`, name: names[0], names });
      if (total === aliasCount) break;
    }
  }
  return out;
}
