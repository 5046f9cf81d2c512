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

/**
 * Skips spaces, punctuation and filler words after a context word, reading at most
 * MAX_FILLER_CHARS characters.
 */
export function skipFiller(text: string, pos: number): FillerResult {
  const limit = Math.min(text.length, pos + MAX_FILLER_CHARS);
  let marked = false;
  let p = pos;
  while (p < limit) {
    const ch = text[p];
    if (ch === ' ' || ch === '\t' || ch === '\n' || ch === '(' || ch === '（' || ch === ')' || ch === '）' || ch === '"' || ch === '“' || ch === '「' || ch === '-' || ch === '—' || ch === '、') {
      p++;
      continue;
    }
    if (ch === ':' || ch === '：' || ch === '#' || ch === '=' || ch === ',' || ch === '，') {
      marked = true;
      p++;
      continue;
    }
    const word = matchFillerWord(text, p);
    if (word > 0) {
      const w = text.slice(p, p + word).toLowerCase();
      if (w === 'id' || w === 'is' || w === '号' || w === '號' || w === '是' || w === '为' || w === '為' || w.startsWith('号') || w.startsWith('號') || w === 'number' || w === 'no.' || w === 'no') marked = true;
      p += word;
      continue;
    }
    break;
  }
  return { pos: p, marked };
}

/** Filler words by their first character (lower case), each with whether it is Latin. */
const FILLER_BY_FIRST = new Map<string, Array<{ word: string; latin: boolean }>>();
for (const word of FILLER_WORDS) {
  const list = FILLER_BY_FIRST.get(word[0]) ?? [];
  list.push({ word, latin: /^[a-z.]+$/.test(word) });
  FILLER_BY_FIRST.set(word[0], list);
}

function matchFillerWord(text: string, p: number): number {
  // Every filler word starts with a lower-case ASCII letter or a Han character, whose
  // lower case is itself, so only words sharing the lower-cased first character can match.
  const list = FILLER_BY_FIRST.get(text.charAt(p).toLowerCase());
  if (list === undefined) return 0;
  let best = 0;
  for (const { word: w, latin } of list) {
    if (w.length <= best) continue;
    if (text.substr(p, w.length).toLowerCase() !== w) continue;
    // A Latin filler word must end at a word boundary ("is" is not the start of "isaac").
    if (latin && isAsciiAlnum(text.charCodeAt(p + w.length))) continue;
    best = w.length;
  }
  return best;
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
