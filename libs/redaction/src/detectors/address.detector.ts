import type { Candidate, DetectorInput } from '../candidate';
import { charClasses, isHan } from '../text-classes';
import { KeywordGate } from '../text-scan';
import { firstMatch, matchAt } from './context-value';

// ---------- Latin-script addresses ----------
// Every repetition below is over single-space-separated words with a bounded length and a
// bounded count ({0,4}), and words cannot contain the separator, so a match attempt from
// any start explores a bounded number of splits.

const NUM = '\\d{1,5}[A-Za-z]?(?:[-/]\\d{1,5}[A-Za-z]?)?';
const WORD = "[A-Z][A-Za-z'’.\\-]{0,24}";
const SUFFIX =
  '(?:Street|St|Road|Rd|Avenue|Ave|Av|Lane|Ln|Drive|Dr|Boulevard|Blvd|Way|Court|Ct|Place|Pl|Terrace|Terr|Close|Crescent|Cres|Square|Sq|Parkway|Pkwy|Highway|Hwy|Row|Walk|Gardens|Gdns|Grove|Hill|Park|Mews|Quay|Wharf|Circle|Cir|Trail|Parade|Esplanade|Broadway|Green|Rise|Heights|Estate|Building|Mansion|Mansions|Tower|Towers|Centre|Center|Plaza|Villas)\\.?';
const EURO_SUFFIXES = ['straat', 'strasse', 'straße', 'str\\.', 'gasse', 'weg', 'laan', 'plein', 'gracht', 'kade', 'platz', 'allee', 'ring', 'damm', 'ufer', 'vej', 'gatan', 'gata', 'veien', 'katu', 'tie', 'steig', 'markt'];
const EURO_SUFFIX = `(?:${EURO_SUFFIXES.join('|')})`;
const ROMANCE = '(?:Via|Viale|Piazza|Corso|Rue|Avenue|Boulevard|Calle|Avenida|Plaza|Paseo|Rua|Carrer|Allée|Chemin|Quai|Largo|Travessa|Ulica|ul\\.)';
const LOWER_PARTICLE = "(?:de|del|della|di|da|du|des|la|le|les|l'|d'|van|der|den|von|dos|das)";

// One scan of these alternatives, in this order, defines the matches (leftmost first, then
// the first alternative that matches there). The Dutch/German one is by far the costliest to
// try at every word and needs a suffix word most texts lack, so it is a separate expression
// run only when its suffixes may occur; `latinCoreMatches` merges the two scans back into the
// matches of the single alternation.
const LATIN_CORE = new RegExp(
  [
    // 12 Baker Street / 221B Baker St / 58 Elmwood Crescent
    `(?<![A-Za-z0-9])${NUM},? (?:${WORD} ){0,4}${SUFFIX}(?![A-Za-z])`,
    // 12 rue de la Paix / 5 avenue Foch
    `(?<![A-Za-z0-9])\\d{1,4}(?: ?(?:bis|ter))?,? (?:rue|avenue|av\\.|boulevard|bd|place|allée|chemin|quai|impasse|via|calle) (?:${LOWER_PARTICLE} ?){0,2}[A-ZÀ-Ý][A-Za-zÀ-ÿ'’\\-]{1,20}(?: [A-ZÀ-Ý][A-Za-zÀ-ÿ'’\\-]{1,20}){0,3}`,
    // (third in order: EURO_STREET below)
    // Via Roma 12 / Calle Mayor 5 / Rue de la Paix 5
    `(?<![A-Za-z])${ROMANCE} (?:${LOWER_PARTICLE} ?){0,2}[A-ZÀ-Ý][A-Za-zÀ-ÿ'’\\-]{1,20}(?: [A-ZÀ-Ý][A-Za-zÀ-ÿ'’\\-]{1,20}){0,2},? \\d{1,5}[a-zA-Z]?(?![A-Za-z0-9])`,
    // PO Box 1234
    '(?<![A-Za-z])P\\.? ?O\\.? Box \\d{1,6}',
  ].join('|'),
  'g',
);
// Van der Sluysstraat 370 / Seestrasse 145
const EURO_STREET = new RegExp(
  `(?<![A-Za-z])(?:(?:[A-Z][a-zäöüß]{1,15}|van|der|de|den|von) ){0,3}[A-ZÄÖÜa-zäöüß][a-zäöüß]{1,25}${EURO_SUFFIX} \\d{1,5}[a-zA-Z]?(?![A-Za-z0-9])`,
  'g',
);
/** Every EURO_STREET match holds a suffix and a space. */
const EURO_SUFFIX_WORDS = new KeywordGate(EURO_SUFFIXES.map((s) => s.replace('\\.', '.') + ' '));

const POSTCODE = '(?:[A-Z]{1,2}\\d[A-Z\\d]? ?\\d[A-Z]{2}|[A-Z]\\d[A-Z] ?\\d[A-Z]\\d|\\d{5}(?:-\\d{4})?|\\d{4}(?: ?[A-Z]{2})?)';
/** After the street: unit, city, state or province, postcode; each part optional, each bounded. */
const LATIN_TAIL = new RegExp(
  `(?:,? (?:Apt|Apartment|Flat|Unit|Suite|Ste|Room|Rm|Floor|Fl|#)\\.? ?#?[A-Za-z0-9\\-]{1,6})?` +
    `(?:,? ${POSTCODE}(?= |,|\\.|$))?` +
    `(?:, ?[A-ZÀ-Ý][A-Za-zÀ-ÿ'’\\-]{1,20}(?![0-9])(?: [A-ZÀ-Ý][A-Za-zÀ-ÿ'’\\-]{1,20}(?![0-9])){0,2})?` +
    `(?:,? (?:[A-Z]{2}(?![A-Za-z0-9])|[A-Z][a-z]{2,20}(?= ${POSTCODE})))?` +
    `(?:,? ${POSTCODE}(?![A-Za-z0-9]))?`,
  'y',
);
/** Before the street: "Flat 4B, ", "Unit 12/", "Apt. 5, ". Matched against a short window ending at the street. */
const LATIN_HEAD = /(?:Apt|Apartment|Flat|Unit|Suite|Ste|Room|Rm)\.? ?#?[A-Za-z0-9\-]{1,6}(?:, ?| |\/)$/;

/**
 * The matches of the alternation LATIN_CORE with EURO_STREET as its third alternative, from
 * the two scans: the leftmost match wins; at one position EURO_STREET comes before the
 * alternatives that start with a word (the ones before it start with a digit, so they never
 * share a position with it). Scanning resumes after each match, as a global scan does.
 */
function latinCoreMatches(text: string, euro: boolean): RegExpExecArray[] {
  const matches: RegExpExecArray[] = [];
  let core = firstMatch(LATIN_CORE, text);
  let street = euro ? firstMatch(EURO_STREET, text) : null;
  for (;;) {
    let m: RegExpExecArray;
    if (core !== null && (street === null || core.index < street.index)) m = core;
    else if (street !== null) m = street;
    else break;
    matches.push(m);
    const end = m.index + m[0].length;
    if (core !== null && core.index < end) core = matchFrom(LATIN_CORE, text, end);
    if (street !== null && street.index < end) street = matchFrom(EURO_STREET, text, end);
  }
  return matches;
}

/** The first match of a global expression at or after `from`. */
function matchFrom(re: RegExp, text: string, from: number): RegExpExecArray | null {
  re.lastIndex = from;
  return re.exec(text);
}

function detectLatinAddresses(text: string, out: Candidate[], euro: boolean): void {
  for (const m of latinCoreMatches(text, euro)) {
    let start = m.index;
    let end = m.index + m[0].length;
    const head = LATIN_HEAD.exec(text.slice(Math.max(0, start - 24), start));
    if (head) start -= head[0].length;
    const tail = matchAt(LATIN_TAIL, text, end);
    if (tail) end += tail[0].length;
    while (end > start && /[\s,]/.test(text[end - 1])) end--;
    out.push({ start, end, type: 'ADDRESS', confidence: 0.85 });
  }
}

// ---------- Chinese addresses ----------

/** Administrative and street-level suffixes, longest first. */
const ADMIN_SUFFIXES = ['自治区', '自治區', '自治州', '特别行政区', '特別行政區', '街道', '社区', '社區', '小区', '小區', '新村', '花园', '花園', '大厦', '大廈', '广场', '廣場', '大道', '大街', '胡同', '大马路', '大馬路', '马路', '馬路', '公路', '省', '市', '区', '區', '县', '縣', '镇', '鎮', '乡', '鄉', '村', '屯', '组', '組', '路', '街', '巷', '弄', '里', '苑', '园', '園', '庄', '莊', '坊', '段', '道', '旗', '盟', '州'];
const STREET_LEVEL = new Set(['街道', '大道', '大街', '胡同', '大马路', '大馬路', '马路', '馬路', '公路', '路', '街', '巷', '弄', '里', '段', '道']);
const ADMIN_LEVEL = new Set(['自治区', '自治區', '自治州', '特别行政区', '特別行政區', '省', '市', '区', '區', '县', '縣', '州', '旗', '盟', '镇', '鎮', '街道']);
const LOCAL_LEVEL = new Set(['镇', '鎮', '乡', '鄉', '村', '屯', '组', '組', '社区', '社區', '小区', '小區', '新村', '花园', '花園', '苑', '园', '園', '庄', '莊', '坊', '大厦', '大廈', '广场', '廣場']);

/** Characters that cannot be inside an address segment (verbs, particles, pronouns). */
const SEGMENT_STOP_CHARS = '在住是到的了址我你他她它们們这這那被把给給搬居位从從去来來说說与與跟也都还還就又我家地於于为為以及或等个個啊吗嗎呢吧';
// Both classes in one table (see `charClasses`).
const SEGMENT_STOP = 1;
const SUFFIX_FIRST = 2;
const CLASSES = charClasses([SEGMENT_STOP_CHARS, ADMIN_SUFFIXES.map((s) => s[0])]);

const NUM_CN = '(?:\\d{1,5}|[一二三四五六七八九十百零〇两兩]{1,5})';
/** House number and what follows it: 88号, 618号7栋1203室, 390號5樓之2, 3单元502室, 12弄3号. */
const ZH_NUMBER_TAIL = new RegExp(
  `${NUM_CN}(?:[-之]\\d{1,4})?(?:号|號|弄|番地)(?:院|楼|樓)?` +
    `(?:[,， ]?(?:${NUM_CN}|[A-Za-z])(?:[-之]\\d{1,4})?(?:号楼|號樓|栋|棟|幢|座|单元|單元|楼|樓|层|層|室|户|戶|号|號|F|f)(?:之${NUM_CN})?){0,5}`,
  'y',
);
const MAX_SEGMENT = 8;
const MAX_SEGMENTS = 8;

function isSegmentChar(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return i < text.length && (isHan(c) || (c >= 48 && c <= 57)) && (CLASSES[c] & SEGMENT_STOP) === 0;
}

/** ADMIN_SUFFIXES by the code of their first character, in ADMIN_SUFFIXES order (longest first). */
const SUFFIXES_BY_FIRST = new Map<number, string[]>();
for (const s of ADMIN_SUFFIXES) {
  const list = SUFFIXES_BY_FIRST.get(s.charCodeAt(0));
  if (list) list.push(s);
  else SUFFIXES_BY_FIRST.set(s.charCodeAt(0), [s]);
}
/** Street-level suffixes in ADMIN_SUFFIXES order (longest first). */
const STREET_SUFFIXES = ADMIN_SUFFIXES.filter((s) => STREET_LEVEL.has(s));

/** Whether text[from, from + length) are all segment characters. */
function segmentChars(text: string, from: number, length: number): boolean {
  for (let k = 0; k < length; k++) if (!isSegmentChar(text, from + k)) return false;
  return true;
}

/** Parses one segment (up to MAX_SEGMENT characters ending in a suffix) starting at `pos`. */
function segmentAt(text: string, pos: number): { end: number; suffix: string } | null {
  for (let len = 1; len <= MAX_SEGMENT; len++) {
    const p = pos + len;
    if (!isSegmentChar(text, p - 1)) return null;
    if (p >= text.length || (CLASSES[text.charCodeAt(p)] & SUFFIX_FIRST) === 0) continue;
    for (const s of SUFFIXES_BY_FIRST.get(text.charCodeAt(p)) ?? []) {
      // Every suffix is written in BMP characters: one UTF-16 unit each.
      if (text.startsWith(s, p) && segmentChars(text, p, s.length)) {
        // A suffix directly after a suffix belongs to the same name (科技园路, 中山大道).
        const end = p + s.length;
        for (const more of STREET_SUFFIXES) if (text.startsWith(more, end)) return { end: end + more.length, suffix: more };
        return { end, suffix: s };
      }
    }
  }
  return null;
}

function detectChineseAddresses(text: string, out: Candidate[]): void {
  const n = text.length;
  let i = 0;
  while (i < n) {
    // Start only where a run of segment characters starts.
    if (!isSegmentChar(text, i) || (i > 0 && isSegmentChar(text, i - 1)) || !isHan(text.charCodeAt(i))) {
      i++;
      continue;
    }
    let pos = i;
    let segments = 0;
    let street = false;
    let local = false;
    let admin = false;
    let best = -1;
    let bestScore = 0;
    while (segments < MAX_SEGMENTS) {
      const seg = segmentAt(text, pos);
      if (!seg) {
        // Allow a house number to follow a street directly (五一路88号).
        break;
      }
      segments++;
      pos = seg.end;
      if (STREET_LEVEL.has(seg.suffix)) street = true;
      if (LOCAL_LEVEL.has(seg.suffix)) local = true;
      if (ADMIN_LEVEL.has(seg.suffix)) admin = true;
      const tail = matchAt(ZH_NUMBER_TAIL, text, pos);
      if (tail && (street || local)) {
        best = pos + tail[0].length;
        bestScore = 0.9;
        pos = best;
        break;
      }
      if (local && admin && segments >= 2) {
        best = pos;
        bestScore = 0.75;
      }
    }
    if (best > i) {
      out.push({ start: i, end: best, type: 'ADDRESS', confidence: bestScore });
      i = best;
    } else {
      i++;
    }
  }
}

/** Street addresses in Latin script (English and European forms) and in Chinese. */
export function detectAddresses(input: DetectorInput, out: Candidate[] = []): Candidate[] {
  const { text, han } = input;
  // Every Latin pattern holds a house number or box number; a Chinese address starts with a Han character.
  if (input.digits > 0) detectLatinAddresses(text, out, EURO_SUFFIX_WORDS.mayOccur(input));
  if (han) detectChineseAddresses(text, out);
  return out;
}
