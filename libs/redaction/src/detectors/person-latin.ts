import type { Candidate } from '../candidate';
import { PINYIN_SYLLABLES } from '../data/chinese-name-data';
import {
  CHINESE_SURNAMES_LATIN,
  GIVEN_NAMES_LATIN,
  LATIN_GIVEN_SYLLABLES,
  LATIN_TITLES,
  NOT_NAME_WORDS,
  PLACE_NAMES_LATIN,
  TIBETAN_NAMES,
  UYGHUR_NAMES,
} from '../data/romanized-names';
import { isAsciiLetter } from '../text-classes';

const CAPITALISED = 1;
/** A single capital followed by a dot ("M." in "Richard M. Nixon"). */
const INITIAL = 2;

/**
 * Word data for `Words`: three numbers a word (start, end, flags) in one buffer that every
 * call reuses, so tokenising allocates nothing per word. Safe because detection is
 * synchronous and never re-entered; a call overwrites only what it then reads.
 */
let wordData = new Int32Array(3 * 128);

/**
 * The words of a text (in `wordData`, valid until the next tokenisation). A word's
 * lower-case form is built only when asked for: most words are never looked up.
 */
class Words {
  private data = wordData;
  private count = 0;
  private lowers: Array<string | undefined> | undefined;

  constructor(private readonly text: string) {}

  get length(): number {
    return this.count;
  }

  add(start: number, end: number, flags: number): void {
    const at = 3 * this.count;
    if (at + 3 > this.data.length) {
      const grown = new Int32Array(2 * this.data.length);
      grown.set(this.data);
      this.data = wordData = grown;
    }
    this.data[at] = start;
    this.data[at + 1] = end;
    this.data[at + 2] = flags;
    this.count++;
  }

  start(i: number): number {
    return this.data[3 * i];
  }

  end(i: number): number {
    return this.data[3 * i + 1];
  }

  capitalised(i: number): boolean {
    return (this.data[3 * i + 2] & CAPITALISED) !== 0;
  }

  initial(i: number): boolean {
    return (this.data[3 * i + 2] & INITIAL) !== 0;
  }

  /** Lower case, apostrophes and hyphens kept. */
  lower(i: number): string {
    this.lowers ??= new Array<string | undefined>(this.length);
    let lower = this.lowers[i];
    if (lower === undefined) {
      lower = this.text.slice(this.start(i), this.end(i)).toLowerCase();
      this.lowers[i] = lower;
    }
    return lower;
  }

  /** Whether the gap between words i and i + 1 keeps them in one name ("Wang Wei", "Richard M. Nixon"). */
  joined(i: number): boolean {
    const end = this.end(i);
    const gap = this.start(i + 1) - end;
    const c = this.text.charCodeAt(end);
    if (gap === 1 && c === 32) return true;
    return this.initial(i) && c === 46 && (gap === 1 || (gap === 2 && this.text.charCodeAt(end + 1) === 32));
  }
}

const SYLLABLES = new Set<string>([...PINYIN_SYLLABLES, ...LATIN_GIVEN_SYLLABLES]);
const MAX_TOKEN = 30;
const MAX_RUN = 4;

/** Words after a run of capitalised words that make it a place or an organization. */
const PLACE_OR_ORG_NEXT = new Set(
  'street st road rd avenue ave lane drive way district province city county town village station bureau association federation university college school hospital hotel restaurant temple church mosque square park building tower plaza centre center police ministry office company group bank river mountain lake airport bay island islands harbour harbor market'.split(' '),
);

/** Phrases after which the next capitalised words are a name, matched at the end of a short window. */
const CUE_BEFORE = new RegExp(
  '(?:\\bmy name is|\\bname is|\\bnamed|\\bcalled|\\bcall me|\\bknown as|\\bname ?:|\\bsurnamed|\\bsurname(?: is)?|\\blast name(?: is)?|\\bfirst name(?: is)?|\\bfull name(?: is)?|\\bcontact(?: person)? ?:|\\balias|\\bpseudonym|\\bi am|\\bi\'m|' +
    '\\b(?:my|his|her|our|their) (?:(?:younger|older|elder|little|big|late|ex-?)[ -])?(?:brother|sister|father|mother|dad|mum|mom|son|daughter|husband|wife|cousin|uncle|aunt|auntie|nephew|niece|friend|colleague|classmate|neighbou?r|grandmother|grandfather|grandma|grandpa|boyfriend|girlfriend|fianc[eé]e?|partner|brother-in-law|sister-in-law|father-in-law|mother-in-law|lawyer|relative|roommate|flatmate)(?: ?,)?)' +
    ' ?[:,]? ?$',
  'i',
);

/** Last words of the CUE_BEFORE phrases: the regex runs only when the word before a run is one of them. */
const CUE_LAST_WORDS = new Set(
  'is named called me as name surnamed surname alias pseudonym am i\'m contact person brother sister father mother dad mum mom son daughter husband wife cousin uncle aunt auntie nephew niece friend colleague classmate neighbour neighbor grandmother grandfather grandma grandpa boyfriend girlfriend fiance fiancee fiancé fiancée partner brother-in-law sister-in-law father-in-law mother-in-law lawyer relative roommate flatmate'.split(' '),
);

function wordBefore(text: string, pos: number): string {
  let end = pos;
  while (end > 0 && pos - end < 4 && isGapBeforeName(text.charCodeAt(end - 1))) end--;
  let start = end;
  while (start > 0 && end - start < 20 && isCueWordChar(text.charCodeAt(start - 1))) start--;
  return text.slice(start, end).toLowerCase();
}

/** ` `, `,` or `:`. */
function isGapBeforeName(c: number): boolean {
  return c === 32 || c === 44 || c === 58;
}

/** `A-Z a-z ' ’ - é è`. */
function isCueWordChar(c: number): boolean {
  return isAsciiLetter(c) || c === 39 || c === 0x2019 || c === 45 || c === 0xe9 || c === 0xe8;
}

/** `0-9`, `_` or `@` next to a word: it is part of an identifier, not a name. */
function gluesToken(c: number): boolean {
  return (c >= 48 && c <= 57) || c === 95 || c === 64;
}

/** Tokens hold only ASCII letters, apostrophes and hyphens: all caps means no `a`–`z`. */
function hasAsciiLower(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c >= 97 && c <= 122) return true;
  }
  return false;
}

function tokenize(text: string): Words {
  const words = new Words(text);
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (!isAsciiLetter(c)) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < n && j - i < MAX_TOKEN) {
      const d = text.charCodeAt(j);
      if (isAsciiLetter(d)) j++;
      else if ((d === 39 || d === 0x2019 || d === 45) && isAsciiLetter(text.charCodeAt(j + 1))) j += 2;
      else break;
    }
    // Tokens glued to digits or longer than MAX_TOKEN are not names.
    const glued = (i > 0 && gluesToken(text.charCodeAt(i - 1))) || (j < n && gluesToken(text.charCodeAt(j)));
    while (j < n && isAsciiLetter(text.charCodeAt(j))) j++;
    if (!glued) {
      const upper = c >= 65 && c <= 90;
      const allCaps = j - i > 1 && !hasAsciiLower(text, i, j);
      // "LIU Jianguo": an all-caps token counts only if it is a known surname.
      const capitalised = upper && (!allCaps || CHINESE_SURNAMES_LATIN.has(text.slice(i, j).toLowerCase()));
      const initial = j - i === 1 && upper && text.charCodeAt(j) === 46;
      words.add(i, j, (capitalised ? CAPITALISED : 0) | (initial ? INITIAL : 0));
    }
    i = j;
  }
  return words;
}

/** SYLLABLES as a trie over `a`–`z` (every syllable is lower-case ASCII), so the split below slices nothing. */
interface SyllableNode {
  end: boolean;
  next: Array<SyllableNode | undefined>;
}
const SYLLABLE_TRIE: SyllableNode = { end: false, next: [] };
for (const syllable of SYLLABLES) {
  let node = SYLLABLE_TRIE;
  for (let k = 0; k < syllable.length; k++) {
    const c = syllable.charCodeAt(k) - 97;
    node = node.next[c] ??= { end: false, next: [] };
  }
  node.end = true;
}

function syllabic(word: string, maxSyllables: number): boolean {
  const w = word.replace(/['’-]/g, '');
  if (w.length === 0 || w.length > 14) return false;
  // Dynamic programme over at most 14 characters: can `w` be split into ≤ maxSyllables syllables?
  const best: number[] = new Array(w.length + 1).fill(Infinity);
  best[0] = 0;
  for (let i = 0; i < w.length; i++) {
    if (best[i] === Infinity) continue;
    let node: SyllableNode | undefined = SYLLABLE_TRIE;
    for (let len = 1; len <= 6 && i + len <= w.length; len++) {
      node = node.next[w.charCodeAt(i + len - 1) - 97];
      if (node === undefined) break;
      if (node.end) best[i + len] = Math.min(best[i + len], best[i] + 1);
    }
  }
  return best[w.length] <= maxSyllables;
}

function knownGiven(lower: string): boolean {
  return GIVEN_NAMES_LATIN.has(lower) || UYGHUR_NAMES.has(lower) || TIBETAN_NAMES.has(lower);
}

function uyghurShape(lower: string): boolean {
  return /(?:gul|guli|nisa|jan|bek|dulla|ehmet|hmet|ajim|niyaz|imin)$/.test(lower) || /^(?:abdu|abdul|abli|gul|nur|mem|muh|tur)/.test(lower);
}

function isPlace(words: string[]): boolean {
  const phrase = words.join(' ').replace(/-/g, ' ');
  if (PLACE_NAMES_LATIN.has(phrase)) return true;
  for (let i = 0; i < words.length; i++) {
    for (let j = i + 2; j <= words.length; j++) if (PLACE_NAMES_LATIN.has(words.slice(i, j).join(' ').replace(/-/g, ' '))) return true;
  }
  return false;
}

/** Why the run of capitalised words [from, to) reads as a person's name, or null. */
function anchor(words: Words, from: number, to: number): number | null {
  // Lower case of the words that are not initials: a name needs two of them.
  const real: string[] = [];
  for (let k = from; k < to; k++) if (!words.initial(k)) real.push(words.lower(k));
  if (real.length < 2) return null;
  const all: string[] = [];
  for (let k = from; k < to; k++) all.push(words.lower(k));
  if (isPlace(all)) return null;
  const first = real[0];
  const rest = real.slice(1);
  // Surname first: "Zhao Minghui", "Chan Tai Man", "LIU Jianguo".
  if (CHINESE_SURNAMES_LATIN.has(first) && rest.length <= 3 && rest.every((w) => syllabic(w, 2)) && real.length <= 3) return 0.8;
  // Given name first: "Minghui Zhao", "Ka-lok Chan".
  const last = real[real.length - 1];
  if (real.length === 2 && CHINESE_SURNAMES_LATIN.has(last) && syllabic(first, 2) && /[-aeiou]/.test(first) && first.length >= 3) return 0.7;
  if (real.some(knownGiven)) return 0.75;
  if (real.every((w) => uyghurShape(w) || TIBETAN_NAMES.has(w) || UYGHUR_NAMES.has(w))) return 0.7;
  return null;
}

function titleBefore(text: string, words: Words, index: number): boolean {
  if (index === 0) return false;
  const prevEnd = words.end(index - 1);
  const gap = words.start(index) - prevEnd;
  const c = text.charCodeAt(prevEnd);
  if (!((gap === 1 && c === 32) || (gap === 2 && c === 46 && text.charCodeAt(prevEnd + 1) === 32))) return false;
  const prev = words.lower(index - 1);
  return LATIN_TITLES.has(prev) || LATIN_TITLES.has(prev + '.');
}

/**
 * Latin-script names: runs of up to four capitalised words, accepted when a title or a
 * naming phrase precedes them, or when the words themselves read as a name (a known
 * surname followed by pinyin/Cantonese syllables, a known given name, Uyghur or Tibetan
 * names). Linear: one tokenisation pass and bounded work per token.
 */
export function detectLatinPersons(text: string, out: Candidate[] = []): Candidate[] {
  const words = tokenize(text);
  let i = 0;
  while (i < words.length) {
    if (!words.capitalised(i) || NOT_NAME_WORDS.has(words.lower(i))) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < words.length && j - i < MAX_RUN && words.capitalised(j) && !NOT_NAME_WORDS.has(words.lower(j)) && words.joined(j - 1)) j++;
    const nextIsPlace = j < words.length && words.joined(j - 1) && PLACE_OR_ORG_NEXT.has(words.lower(j));
    const start = words.start(i);
    const cue = titleBefore(text, words, i) || (CUE_LAST_WORDS.has(wordBefore(text, start)) && CUE_BEFORE.test(text.slice(Math.max(0, start - 40), start)));
    let confidence: number | null = cue && !nextIsPlace ? 0.85 : null;
    if (confidence === null && !nextIsPlace) confidence = anchor(words, i, j);
    if (confidence !== null && !(j - i === 1 && words.initial(i))) {
      const end = words.end(j - 1);
      out.push({ start, end, type: 'PERSON', confidence, key: text.slice(start, end).toLowerCase().replace(/[.\s]+/g, ' ') });
    }
    i = j;
  }
  return out;
}
