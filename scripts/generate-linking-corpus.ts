/**
 * Generates the labelled linking corpus: test/fixtures/linking/corpus.generated.json.
 *
 *   node -r ts-node/register/transpile-only scripts/generate-linking-corpus.ts [count] [seed]
 *
 * Deterministic for a given seed. Narratives are assembled from clause templates (English and
 * Simplified Chinese; Traditional through OpenCC; mixed documents combine both) whose slots are
 * filled from data/seed/known-entities.json, so the labels follow from the slots:
 * - a station phrase with a city → that city, every station recorded there (all of them when the
 *   sentence cannot tell them apart) and their operating bureau when they share one;
 * - "the <city> police" → that city's bureau (the city is not a separate link);
 * - a named organization or place → that entity.
 * Incident types are the union of the clause templates' types (`other` only alone); negated clauses
 * carry none.
 */
import { readFileSync, writeFileSync } from 'fs';
import { join } from 'path';
import { Converter } from 'opencc-js';
import { pinyin } from 'pinyin-pro';
import type { SeedFile } from '../libs/linking/src/seed';
import { mulberry32 } from './lib/seeded-random';

type Lang = 'en' | 'zh-Hans' | 'zh-Hant' | 'mixed';
type SeedOrganization = SeedFile['organizations'][number];
type SeedLocation = SeedFile['locations'][number];
export interface CorpusCase {
  id: string;
  lang: Lang;
  text: string;
  /** Every key the linker should return (explicit and inferred). */
  links: string[];
  /** Spans of the explicitly named entities (offsets into `text`). */
  spans: Array<{ key: string; start: number; end: number }>;
  incidentTypes: string[];
}

const ROOT = join(__dirname, '..');
const seed = JSON.parse(readFileSync(join(ROOT, 'data/seed/known-entities.json'), 'utf8')) as SeedFile;
const toTraditional = Converter({ from: 'cn', to: 'tw' });


const count = Number(process.argv[2] ?? 420);
const seedValue = Number(process.argv[3] ?? 20261129);
const random = mulberry32(seedValue);
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];
const chance = (p: number): boolean => random() < p;

const stripParens = (s: string): string => s.replace(/\s*\([^)]*\)/g, '').trim();
const STATION = 'overseas_police_service_station';
const stations = seed.organizations.filter((o) => o.kind === STATION);
const bureaus = seed.organizations.filter((o) => o.kind === 'public_security_bureau');
const locationById = new Map(seed.locations.map((l) => [l.id, l]));

// Foreign cities with known stations, with what a station phrase there should link.
const stationCities = [...new Set(stations.map((s) => s.location_id).filter((id): id is string => !!id))]
  .map((id) => locationById.get(id)!)
  .filter((l) => l.kind === 'city');
const stationsIn = (cityId: string): SeedOrganization[] => stations.filter((s) => s.location_id === cityId);
// Chinese cities with exactly one bureau.
const bureauCities = seed.locations.filter((l) => l.kind === 'city' && bureaus.filter((b) => b.location_id === l.id).length === 1);
const bureauOf = (cityId: string): SeedOrganization => bureaus.find((b) => b.location_id === cityId)!;
const homePlaces = seed.locations.filter((l) => l.country_code === 'CN' && (l.kind === 'city' || l.kind === 'region'));
const foreignPlaces = seed.locations.filter(
  (l) => (l.kind === 'city' || l.kind === 'country') && l.country_code !== 'CN' && l.country_code !== 'HK',
);
// National bodies and campaigns with recorded names.
const namedOrganizations = seed.organizations.filter(
  (o) => o.country === 'CN' && !['public_security_bureau', STATION].includes(o.kind) && ((o.names_zh ?? []).length > 0 || (o.aliases ?? []).length > 0),
);

interface Surface {
  text: string;
  acronym: boolean;
}
const ACRONYM = /^[A-Z][A-Z0-9]{1,6}$/;

function englishSurfaces(entity: { name_en: string; aliases?: string[] | null; kind: string }): Surface[] {
  const names = [stripParens(entity.name_en), ...(entity.aliases ?? [])].map((n) => n.split(',')[0].trim()).filter((n) => n.length > 2);
  return names.map((text) => ({ text, acronym: ACRONYM.test(text) }));
}
function chineseSurfaces(entity: { names_zh?: string[] | null }): Surface[] {
  return (entity.names_zh ?? []).map((text) => ({ text, acronym: false }));
}
/** Pinyin spellings a writer might use for a Chinese place: "Fúzhōu", "Fu Zhou", "fuzhou". */
function pinyinSurfaces(place: SeedLocation): Surface[] {
  const han = (place.names_zh ?? []).find((n) => n.length <= 3);
  if (!han) return [];
  const toned = pinyin(han, { type: 'array' });
  const plain = pinyin(han, { toneType: 'none', type: 'array' });
  const cap = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);
  return [cap(toned.join('')), plain.map(cap).join(' '), plain.join('')].map((text) => ({ text, acronym: false }));
}

/** A piece of text with the explicit entity it names, if any. */
interface Piece {
  text: string;
  key?: string;
}
interface Filled {
  pieces: Piece[];
  links: string[];
  hasAcronym: boolean;
}

type SlotLang = 'en' | 'zh';
type SlotFiller = (lang: SlotLang) => Filled;

const surfaceFor = (lang: SlotLang, entity: SeedLocation | SeedOrganization, withPinyin = false): Surface => {
  const en = englishSurfaces(entity);
  const zh = chineseSurfaces(entity);
  const py = withPinyin && 'country_code' in entity ? pinyinSurfaces(entity) : [];
  if ((lang === 'zh' && zh.length > 0) || en.length + py.length === 0) return pick(zh);
  return pick([...en, ...en, ...py]);
};

const slots: Record<string, SlotFiller> = {
  // A city with a station, in a station phrase (the phrase itself is in the template).
  S: (lang) => {
    const city = pick(stationCities);
    const here = stationsIn(city.id);
    const parents = new Set(here.map((s) => s.parent_id ?? null));
    const implied = parents.size === 1 && [...parents][0] ? [[...parents][0]!] : [];
    const surface = surfaceFor(lang, city);
    return { pieces: [{ text: surface.text, key: city.id }], links: [city.id, ...here.map((s) => s.id), ...implied], hasAcronym: surface.acronym };
  },
  // "the Fuzhou police" / "福州公安": the bureau of a Chinese city.
  B: (lang) => {
    const city = pick(bureauCities);
    const bureau = bureauOf(city.id);
    const zh = chineseSurfaces(city)[0]?.text;
    const en = pick([...englishSurfaces(city).map((s) => s.text), ...pinyinSurfaces(city).map((s) => s.text)]);
    const text =
      lang === 'zh' && zh
        ? pick([`${zh}公安`, `${zh}警方`, `${zh}的警察`, `${zh}市公安`.replace(/市市/, '市')])
        : pick([`the ${en} police`, `${en} police officers`, `the ${en} public security`, `police from ${en}`, `${en} police`]);
    return { pieces: [{ text }], links: [bureau.id], hasAcronym: false };
  },
  // A bureau named in full.
  P: (lang) => {
    const bureau = pick(bureaus);
    const surface = surfaceFor(lang, bureau);
    return { pieces: [{ text: surface.text, key: bureau.id }], links: [bureau.id], hasAcronym: surface.acronym };
  },
  O: (lang) => {
    const org = pick(namedOrganizations);
    const surface = surfaceFor(lang, org);
    return { pieces: [{ text: surface.text, key: org.id }], links: [org.id], hasAcronym: surface.acronym };
  },
  L: (lang) => {
    const place = pick(foreignPlaces);
    const surface = surfaceFor(lang, place);
    return { pieces: [{ text: surface.text, key: place.id }], links: [place.id], hasAcronym: surface.acronym };
  },
  H: (lang) => {
    const place = pick(homePlaces);
    const surface = surfaceFor(lang, place, true);
    return { pieces: [{ text: surface.text, key: place.id }], links: [place.id], hasAcronym: surface.acronym };
  },
};

/** A station phrase whose bureau tells the stations of one city apart ("the Qingtian police run …"). */
function narrowedStation(lang: SlotLang): Filled & { types: string[] } {
  const ambiguous = stationCities.filter((c) => new Set(stationsIn(c.id).map((s) => s.parent_id)).size > 1);
  const city = pick(ambiguous);
  const station = pick(stationsIn(city.id).filter((s) => s.parent_id));
  const bureau = bureaus.find((b) => b.id === station.parent_id)!;
  const home = locationById.get(bureau.location_id!)!;
  const chosen = stationsIn(city.id).filter((s) => s.parent_id === bureau.id);
  const cityName = surfaceFor(lang, city);
  const homeName = lang === 'zh' ? chineseSurfaces(home)[0]?.text ?? home.name_en : englishSurfaces(home)[0].text;
  const pieces: Piece[] =
    lang === 'zh'
      ? [{ text: `${homeName}公安在` }, { text: cityName.text, key: city.id }, { text: '设了一个服务站，他们叫我去那里“喝茶”。' }]
      : [{ text: `The ${homeName} police run a service station in ` }, { text: cityName.text, key: city.id }, { text: ', and they summoned me there twice.' }];
  return { pieces, links: [bureau.id, city.id, ...chosen.map((s) => s.id)], hasAcronym: cityName.acronym, types: ['overseas_police_station'] };
}

/** A station told apart by its district ("Croydon" among the London stations). */
const districtStations = stations.flatMap((station) => {
  const city = locationById.get(station.location_id ?? '');
  if (!city || city.kind !== 'city' || stationsIn(city.id).length < 2) return [];
  const parentheticals = [...station.name_en.matchAll(/\(([^)]+)\)/g)].map((m) => m[1]);
  return parentheticals.flatMap((district) => {
    const place = seed.locations.find((l) => stripParens(l.name_en) === district || (l.aliases ?? []).includes(district));
    const unique = stationsIn(city.id).filter((s) => s.name_en.includes(`(${district})`)).length === 1;
    return place && unique && place.id !== city.id ? [{ station, city, district, place }] : [{ station, city, district, place: city }].filter(
      () => unique && !!place && place.id === city.id,
    );
  });
});

function districtStation(lang: SlotLang): Filled & { types: string[] } {
  const { station, city, district, place } = pick(districtStations);
  const cityName = stripParens(city.name_en);
  const pieces: Piece[] =
    lang === 'zh'
      ? [{ text: '位于' }, { text: district, key: place.id }, { text: '（' }, { text: cityName, key: city.id }, { text: '）的服务站给了我一张传单。' }]
      : [{ text: 'Staff of the service station in ' }, { text: district, key: place.id }, { text: ' (' }, { text: cityName, key: city.id }, { text: ') handed me a leaflet.' }];
  const links = [...new Set([place.id, city.id, station.id, ...(station.parent_id ? [station.parent_id] : [])])];
  return { pieces, links, hasAcronym: false, types: ['overseas_police_station'] };
}

interface Template {
  text: string;
  types: string[];
}
const EN: Template[] = [
  // coercion by proxy
  { text: '{B} visited my parents and warned them about my activism.', types: ['coercion_by_proxy'] },
  { text: '{P} questioned my brother in {H} for hours.', types: ['coercion_by_proxy'] },
  { text: 'My mother was summoned by {B} because of my posts.', types: ['coercion_by_proxy'] },
  { text: 'They told my father he would lose his pension if I kept talking.', types: ['coercion_by_proxy'] },
  { text: 'Officials pressured my sister back home to make me stop.', types: ['coercion_by_proxy'] },
  { text: 'My cousin in {H} was detained for a week to put pressure on me.', types: ['coercion_by_proxy'] },
  // persuade to return
  { text: 'They urged me to return to {=loc_country_cn|China} and turn myself in.', types: ['persuade_to_return'] },
  { text: '{P} asked me to come back home to settle the matter.', types: ['persuade_to_return'] },
  { text: 'A man from {O} tried to persuade me to return voluntarily.', types: ['persuade_to_return'] },
  { text: 'They wanted me to fly to a third country to meet them.', types: ['persuade_to_return'] },
  // overseas police station
  { text: 'I was summoned to the police service station in {S}.', types: ['overseas_police_station'] },
  { text: 'The overseas police station in {S} asked me to register my details.', types: ['overseas_police_station', 'surveillance'] },
  { text: 'People at the service station in {S} put me on a video call with police back home.', types: ['overseas_police_station'] },
  { text: 'There is a secret Chinese police station in {S} and they called me in for a chat.', types: ['overseas_police_station'] },
  // harassment
  { text: 'Two men confronted me at a protest in {L} and shouted at me.', types: ['harassment'] },
  { text: 'Someone came to my home and intimidated me.', types: ['harassment'] },
  { text: 'They insulted me and smeared me as a traitor.', types: ['harassment'] },
  // surveillance
  { text: 'A car followed me for weeks in {L}.', types: ['surveillance'] },
  { text: 'People from {O} took photos of me at the rally.', types: ['surveillance'] },
  { text: 'Someone has been monitoring my movements and my phone.', types: ['surveillance'] },
  { text: 'An informant reported on me to {P}.', types: ['surveillance'] },
  // digital threat
  { text: 'My email account was hacked last month.', types: ['digital_threat'] },
  { text: 'I received threatening messages on WeChat.', types: ['digital_threat'] },
  { text: 'Fake accounts doxxed me online.', types: ['digital_threat'] },
  // physical assault
  { text: 'A man assaulted me outside my home in {L}.', types: ['physical_assault'] },
  { text: 'I was beaten by two men after the meeting.', types: ['physical_assault'] },
  // detention or rendition
  { text: 'I was detained at the airport in {L} because of an {=org_interpol|Interpol} Red Notice.', types: ['detention_or_rendition'] },
  { text: 'They said they would have me deported.', types: ['detention_or_rendition'] },
  { text: 'The authorities in {L} arrested me at the request of the Chinese side.', types: ['detention_or_rendition'] },
  // mobility control
  { text: 'The consulate refused to renew my passport.', types: ['mobility_control'] },
  { text: 'My passport was cancelled and I was stranded in {L}.', types: ['mobility_control'] },
  // other
  { text: 'My bank account in {L} was frozen without explanation.', types: ['other'] },
  // negated: no type
  { text: 'They never threatened me, they only talked.', types: [] },
  { text: 'Nobody followed me after that.', types: [] },
  { text: 'I was not detained.', types: [] },
  // neutral
  { text: 'I moved to {L} in 2019 to study.', types: [] },
  { text: 'I work in a small restaurant in {L}.', types: [] },
  { text: 'My family is from {H}.', types: [] },
  { text: 'I have read reports about {O} in the news.', types: [] },
];
const ZH: Template[] = [
  { text: '{B}上门找我父母，警告他们管好我。', types: ['coercion_by_proxy'] },
  { text: '{P}把我哥哥叫去喝茶，问了很久我的情况。', types: ['coercion_by_proxy'] },
  { text: '我妈妈被{B}约谈了好几次。', types: ['coercion_by_proxy'] },
  { text: '他们说我爸爸的退休金会被停掉。', types: ['coercion_by_proxy'] },
  { text: '我在{H}的表哥被拘留了一个星期。', types: ['coercion_by_proxy'] },
  { text: '他们要求我尽快回国自首。', types: ['persuade_to_return'] },
  { text: '{P}的人劝我回国，说回来就没事。', types: ['persuade_to_return'] },
  { text: '有人让我去第三国见面。', types: ['persuade_to_return'] },
  { text: '我被叫到{S}的服务站，和国内的警察视频通话。', types: ['overseas_police_station'] },
  { text: '{S}的警务站让我去登记个人信息。', types: ['overseas_police_station', 'surveillance'] },
  { text: '在{S}的警侨服务站，他们要我去报到。', types: ['overseas_police_station'] },
  { text: '在{L}的集会上，有人当面辱骂我。', types: ['harassment'] },
  { text: '有人找上门来恐吓我。', types: ['harassment'] },
  { text: '在{L}有人一直跟踪我。', types: ['surveillance'] },
  { text: '{O}的人在活动上偷拍参加者。', types: ['surveillance'] },
  { text: '我的微信账号被盗了。', types: ['digital_threat'] },
  { text: '我在网上收到很多威胁信息。', types: ['digital_threat'] },
  { text: '我在{L}被两个人殴打。', types: ['physical_assault'] },
  { text: '会后有人袭击了我。', types: ['physical_assault'] },
  { text: '我在{L}机场因为{=org_interpol|红色通缉令}被拘留。', types: ['detention_or_rendition'] },
  { text: '他们说要把我遣返。', types: ['detention_or_rendition'] },
  { text: '领事馆拒绝给我换发护照。', types: ['mobility_control'] },
  { text: '我的护照被注销了，现在被困在{L}。', types: ['mobility_control'] },
  { text: '我在{L}的银行账户被冻结了。', types: ['other'] },
  { text: '他们没有威胁我，只是聊了聊。', types: [] },
  { text: '后来没有人跟踪我。', types: [] },
  { text: '我二〇一九年搬到{L}读书。', types: [] },
  { text: '我在{L}的一家餐馆工作。', types: [] },
  { text: '我老家在{H}。', types: [] },
];

function fillTemplate(template: Template, lang: SlotLang): Filled & { types: string[] } {
  const pieces: Piece[] = [];
  const links: string[] = [];
  let hasAcronym = false;
  const parts = template.text.split(/(\{[A-Z]\}|\{=[a-z_]+\|[^}]+\})/);
  for (const part of parts) {
    const fixed = /^\{=([a-z_]+)\|([^}]+)\}$/.exec(part);
    if (fixed) {
      pieces.push({ text: fixed[2], key: fixed[1] });
      links.push(fixed[1]);
      continue;
    }
    const slot = /^\{([A-Z])\}$/.exec(part);
    if (!slot) {
      if (part) pieces.push({ text: part });
      continue;
    }
    const filled = slots[slot[1]](lang);
    pieces.push(...filled.pieces);
    links.push(...filled.links);
    hasAcronym ||= filled.hasAcronym;
  }
  // Sentence-initial slot: capitalise ("the Fuzhou police …" → "The Fuzhou police …").
  if (pieces[0] && /^[a-z]/.test(pieces[0].text) && !pieces[0].key) pieces[0] = { text: pieces[0].text[0].toUpperCase() + pieces[0].text.slice(1) };
  return { pieces, links, hasAcronym, types: template.types };
}

function clause(lang: SlotLang): Filled & { types: string[] } {
  if (chance(0.08)) return narrowedStation(lang);
  if (chance(0.04)) return districtStation(lang);
  return fillTemplate(pick(lang === 'en' ? EN : ZH), lang);
}

function generateCase(index: number): CorpusCase {
  const lang: Lang = pick(['en', 'en', 'en', 'zh-Hans', 'zh-Hans', 'zh-Hant', 'zh-Hant', 'mixed', 'mixed'] as const);
  const n = 1 + Math.floor(random() * 3);
  const clauses: Array<Filled & { types: string[]; lang: SlotLang }> = [];
  for (let i = 0; i < n; i++) {
    const clauseLang: SlotLang = lang === 'en' ? 'en' : lang === 'mixed' ? (i % 2 === 0 ? 'en' : 'zh') : 'zh';
    clauses.push({ ...clause(clauseLang), lang: clauseLang });
  }
  if (lang === 'mixed' && clauses.every((c) => c.lang === 'en')) clauses.push({ ...clause('zh'), lang: 'zh' });
  const traditional = lang === 'zh-Hant' || (lang === 'mixed' && chance(0.5));
  const lower = lang === 'en' && !clauses.some((c) => c.hasAcronym) && chance(0.1);
  const transform = (text: string, clauseLang: SlotLang): string => {
    let t = clauseLang === 'zh' && traditional ? toTraditional(text) : text;
    if (lower) t = t.toLowerCase();
    return t;
  };

  let text = '';
  const spans: CorpusCase['spans'] = [];
  clauses.forEach((c, i) => {
    if (i > 0) text += c.lang === 'zh' && clauses[i - 1].lang === 'zh' ? '' : ' ';
    for (const piece of c.pieces) {
      const out = transform(piece.text, c.lang);
      if (piece.key) spans.push({ key: piece.key, start: text.length, end: text.length + out.length });
      text += out;
    }
  });
  return {
    id: `gen-${String(index + 1).padStart(4, '0')}`,
    lang,
    text,
    links: [...new Set(clauses.flatMap((c) => c.links))].sort(),
    spans,
    incidentTypes: withoutRedundantOther([...new Set(clauses.flatMap((c) => c.types))].sort()),
  };
}

/** `other` is for reports where nothing else applies. */
function withoutRedundantOther(types: string[]): string[] {
  return types.length > 1 ? types.filter((t) => t !== 'other') : types;
}

const cases = Array.from({ length: count }, (_, i) => generateCase(i));
const out = join(ROOT, 'test/fixtures/linking/corpus.generated.json');
writeFileSync(
  out,
  `${JSON.stringify({ generator: 'scripts/generate-linking-corpus.ts', seed: seedValue, count, templates: { en: EN.length, zh: ZH.length }, cases }, null, 1)}\n`,
);
console.log(`wrote ${cases.length} cases to ${out}`);
