import { isAsciiAlnum } from '../text-classes';

/**
 * Filler that may sit between a context word and the value it introduces
 * ("passport number is", "号码：", "ID #"). Words are matched case-insensitively.
 */
const FILLER_WORDS = [
  'number', 'numbers', 'num', 'no.', 'no', 'nr.', 'nr', 'id', 'is', 'was', 'are', 'of', 'my', 'his', 'her', 'their', 'the', 'a', 'an', 'on', 'in', 'at', 'card',
  'car', 'vehicle', 'van', 'truck', 'taxi', 'reads', 'read', 'showed', 'shows', 'with', 'account', 'username', 'user', 'handle', 'name', 'date', 'code', 'plate', 'reads',
  '号码', '號碼', '号', '號', '是', '为', '為', '的', '编号', '編號', '账号', '帳號', '賬號', '帐号', '于', '於', '在', '日期', '为：',
];

const MAX_FILLER_CHARS = 24;

export interface FillerResult {
  /** Index of the first character of the value. */
  pos: number;
  /** Whether an explicit marker (`:`, `#`, `ID`, `号`, `is`) was seen: pure-letter values need one. */
  marked: boolean;
}

/** Units skipped between a context word and its value: spaces, brackets, quotes, dashes. */
const SKIPPED = new Set([' ', '\t', '\n', '(', '（', ')', '）', '"', '“', '「', '-', '—', '、'].map((ch) => ch.charCodeAt(0)));
/** Units that mark what follows as the value ("号码：", "ID #", "no="). */
const MARKS = new Set([':', '：', '#', '=', ',', '，'].map((ch) => ch.charCodeAt(0)));
/** Filler words whose presence marks the value, like a colon would. */
const MARKING_WORDS = new Set(['id', 'is', '号', '號', '是', '为', '為', 'number', 'no.', 'no']);

/**
 * Skips spaces, punctuation and filler words after a context word, reading at most
 * MAX_FILLER_CHARS characters.
 */
export function skipFiller(text: string, pos: number): FillerResult {
  const limit = Math.min(text.length, pos + MAX_FILLER_CHARS);
  let marked = false;
  let p = pos;
  while (p < limit) {
    const c = text.charCodeAt(p);
    if (SKIPPED.has(c)) {
      p++;
      continue;
    }
    if (MARKS.has(c)) {
      marked = true;
      p++;
      continue;
    }
    const word = matchFillerWord(text, p);
    if (word !== null) {
      if (MARKING_WORDS.has(word) || word.startsWith('号') || word.startsWith('號')) marked = true;
      p += word.length;
      continue;
    }
    break;
  }
  return { pos: p, marked };
}

/**
 * Lower case of one unit as `String.prototype.toLowerCase` gives it where that is one
 * unit: A–Z, and the Kelvin sign, which lower-cases to `k`.
 */
function lowerUnit(c: number): number {
  if (c >= 65 && c <= 90) return c + 32;
  return c === 0x212a ? 107 : c;
}

/** Filler words by the code of their first character (lower case), each with whether it is Latin. */
const FILLER_BY_FIRST = new Map<number, Array<{ word: string; latin: boolean }>>();
for (const word of FILLER_WORDS) {
  const first = word.charCodeAt(0);
  const list = FILLER_BY_FIRST.get(first) ?? [];
  list.push({ word, latin: /^[a-z.]+$/.test(word) });
  FILLER_BY_FIRST.set(first, list);
}

/** The longest filler word at `p` (as listed, lower case), or null. */
function matchFillerWord(text: string, p: number): string | null {
  // Every filler word starts with a lower-case ASCII letter or a Han character, whose
  // lower case is itself, so only words sharing the lower-cased first character can match.
  const list = FILLER_BY_FIRST.get(lowerUnit(text.charCodeAt(p)));
  if (list === undefined) return null;
  let best: string | null = null;
  for (const { word: w, latin } of list) {
    if (best !== null && w.length <= best.length) continue;
    if (!equalsIgnoringCase(text, p, w)) continue;
    // A Latin filler word must end at a word boundary ("is" is not the start of "isaac").
    if (latin && isAsciiAlnum(text.charCodeAt(p + w.length))) continue;
    best = w;
  }
  return best;
}

/**
 * Whether `text` at `p` lower-cases to `word` (a lower-case word): the units compared one by
 * one, as `text.substr(p, word.length).toLowerCase() === word` would without the copies. A
 * unit that lower-cases to two (İ) never matches, there or here.
 */
function equalsIgnoringCase(text: string, p: number, word: string): boolean {
  if (p + word.length > text.length) return false;
  for (let k = 0; k < word.length; k++) if (lowerUnit(text.charCodeAt(p + k)) !== word.charCodeAt(k)) return false;
  return true;
}

/** Runs a sticky regular expression at `pos`; returns the match or null. */
export function matchAt(re: RegExp, text: string, pos: number): RegExpExecArray | null {
  re.lastIndex = pos;
  return re.exec(text);
}

/**
 * Iterates the matches of a global regular expression without collecting them (and without
 * the per-call clone of the expression that `matchAll` makes, measurable on short reports):
 *
 *   for (let m = firstMatch(RE, text); m !== null; m = nextMatch(RE, text, m)) { … }
 *
 * The loop body must not run the same expression. None of the patterns can match the empty
 * string; an empty match would still advance.
 */
export function firstMatch(re: RegExp, text: string): RegExpExecArray | null {
  re.lastIndex = 0;
  return re.exec(text);
}

export function nextMatch(re: RegExp, text: string, previous: RegExpExecArray): RegExpExecArray | null {
  if (previous[0].length === 0) re.lastIndex++;
  return re.exec(text);
}
