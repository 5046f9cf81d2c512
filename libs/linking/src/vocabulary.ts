/*
 * Generic vocabulary of the linker: words for kinds of things, never names of entities. Entity
 * names come only from the gazetteer. Chinese entries are Simplified; Traditional text is folded
 * to Simplified before matching. Every phrase is folded with `fold()` before use.
 */

/** Entity kinds the inference rules reason about (schema vocabulary of known-entities.json). */
export const STATION_KINDS: ReadonlySet<string> = new Set(['overseas_police_service_station']);
/** Reported or investigated sites: used for "station in <city>" only when no station is known there. */
export const SITE_KINDS: ReadonlySet<string> = new Set(['investigated_site', 'alleged_site']);
export const BUREAU_KINDS: ReadonlySet<string> = new Set(['public_security_bureau']);
/** Programmes run by one bureau ("Overseas 110"): like a station, a programme implies its operating bureau. */
export const PROGRAMME_KINDS: ReadonlySet<string> = new Set(['police_programme']);
export const PLACE_KINDS: ReadonlySet<string> = new Set(['city', 'region', 'country', 'address']);

/**
 * Phrases that refer to an overseas police station. `police`: they also name the police ("the
 * Fuzhou police station" → Fuzhou's bureau). `weak`: ordinary words ("police station" is also
 * where one files a complaint in Madrid) that count only with a qualifier close before them
 * ("Chinese", "secret", "海外"). `contextual`: weak words that also count in a sentence about the
 * Chinese police ("Wenzhou police set up a contact point in Sydney", "the Amsterdam station was
 * opened by Lishui police"); "police station" is not one, since a sentence about the Chinese police
 * may well send someone to the local police.
 */
export const STATION_CUES: ReadonlyArray<{ phrase: string; police: boolean; weak: boolean; contextual?: boolean }> = [
  ...['police service station', 'police service stations', 'police service centre', 'police service center',
    'police service centres', 'police service centers', 'overseas police station', 'overseas police stations',
    'overseas police post', 'overseas police posts', 'overseas 110', '110 station', '110 stations', '110 service station',
    'police liaison station', 'police liaison stations', 'police liaison office', 'police contact point', 'police contact points']
    .map((phrase) => ({ phrase, police: true, weak: false })),
  ...['service station', 'service stations', 'overseas station', 'overseas stations', 'liaison station', 'liaison stations',
    'overseas service centre', 'overseas service center', 'overseas service centres', 'overseas service centers']
    .map((phrase) => ({ phrase, police: false, weak: false })),
  ...['police station', 'police stations', 'police post', 'police posts', 'police outpost', 'police outposts', 'police office',
    'police centre', 'police center', 'police centres', 'police centers', '110']
    .map((phrase) => ({ phrase, police: true, weak: true })),
  ...['警务站', '警务服务站', '警侨服务站', '警侨服务中心', '警侨驿站', '警侨联络站', '警侨联络点', '海外110',
    '海外警察站', '海外警务站', '海外派出所', '海外警务服务站']
    .map((phrase) => ({ phrase, police: true, weak: false })),
  ...['服务站', '海外服务站', '海外服务中心', '海外联络点', '海外联络站'].map((phrase) => ({ phrase, police: false, weak: false })),
  ...['警察站', '警察局', '警署', '警局', '派出所'].map((phrase) => ({ phrase, police: true, weak: true })),
  ...['服务中心', '联络站', '联络点', '服务点', '服务处', '驿站', 'service centre', 'service center', 'service centres',
    'service centers', 'contact point', 'contact points', 'liaison point', 'liaison points', 'liaison office',
    'station', 'stations', 'post', 'posts', 'outpost', 'outposts', 'centre', 'center', 'centres', 'centers']
    .map((phrase) => ({ phrase, police: false, weak: true, contextual: true })),
];

/**
 * Qualifiers that make a weak station phrase count: "a Chinese police station", "秘密警察站". A
 * Chinese entity named just before ("CCP police station", "福州警察站") counts too (see the linker).
 */
export const STATION_QUALIFIERS: readonly string[] = [
  'chinese', 'secret', 'overseas', 'illegal', 'undeclared', 'unofficial', 'so called', 'covert',
  'clandestine', 'mainland', 'communist', 'suspected', 'alleged',
  '秘密', '海外', '非法', '地下', '所谓', '大陆', '国内', '华人', '侨',
];

/** Words for the (Chinese) police, for "the Fuzhou police" → that city's bureau. */
export const POLICE_CUES: readonly string[] = [
  'police',
  'policemen',
  'police officers',
  'police officer',
  'public security',
  'public security bureau',
  'psb',
  'security bureau',
  'cops',
  '公安',
  '公安局',
  '警方',
  '警察',
  '民警',
  '国保',
];

/** Words that may sit between a city and a police word: "Fuzhou city police", "福州市公安". */
export const CITY_POLICE_GAP: readonly string[] = [
  'city', 'municipal', 'county', 'local', 's', 'the', 'overseas', '市', '县', '区', '的', '当地', '来的', '那边的', '方面', '海外',
];

/** Prepositions for "police from Fuzhou", "police station in Prato". */
export const LINKING_PREPOSITIONS: readonly string[] = ['from', 'of', 'in', 'at', 'near', 'the', 'based', 'local', 'city', '在', '的'];

/** Head nouns of associations, for "the Changle association" → the association whose name has both. */
export const ORGANIZATION_HEADS: readonly string[] = [
  'association',
  'hometown association',
  'society',
  'chamber',
  'federation',
  'business association',
  '同乡会',
  '协会',
  '商会',
  '联谊会',
  '联合会',
];

/**
 * Descriptive words that do not identify anything on their own: a derived surface form made only
 * of these (and digits) is not matched ("Units 1 & 2", "Convenience store").
 */
export const GENERIC_WORDS: ReadonlySet<string> = new Set(
  (
    'a an and the of in at on for to by with near de del della degli la le du von van der ' +
    'unit units building office offices floor store shop convenience hotel restaurant premises street avenue road ' +
    'clubhouse district ward city county municipal western eastern northern southern central ' +
    'overseas police service services station stations centre center centres centers site sites location ' +
    'unidentified reported investigated not specified captured name number published sources consulted second ' +
    'address first batch programme program suspected unverified above noodle shared other organisations ' +
    'organizations chinese'
  ).split(' '),
);
