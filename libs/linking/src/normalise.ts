import { Converter } from 'opencc-js';

/**
 * Text folded for matching, with a map back to the original. `starts[i]`/`ends[i]` are the
 * UTF-16 offsets in the original text of the character that produced `text[i]`, so a match
 * `[i, j)` in the folded text covers `[starts[i], ends[j - 1])` in the original.
 */
export interface NormalisedText {
  readonly text: string;
  readonly starts: Int32Array;
  readonly ends: Int32Array;
}

/*
 * Folding, per code point: NFKD (full-width forms, ligatures, compatibility digits), combining
 * marks dropped (so "Fúzhōu" = "fuzhou", "São" = "sao"), lower case, Traditional → Simplified
 * one character at a time (length-preserving, so offsets stay exact; gazetteer names go through
 * the same function, so both sides agree). Runs of spaces and punctuation become one space,
 * except that spaces between two Han characters disappear ("福州 公安局" = "福州公安局"), and
 * apostrophes inside a word disappear ("Gong'anbu" = "gonganbu"); a possessive "'s" disappears with
 * its "s" and leaves a word break ("Fuzhou's police" = "fuzhou police").
 */

const enum CharClass {
  Word = 1,
  Space = 2,
  Punct = 3,
  Apostrophe = 4,
}

const HAN = /\p{Script=Han}/u;
const KANA_HANGUL = /[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
const WORD = /[\p{L}\p{N}]/u;
const MARK = /\p{M}/gu;
const APOSTROPHES = new Set(["'", '’', 'ʼ', '‘', '`', '´', '′']);

let traditionalToSimplified: Map<string, string> | null = null;

/** Single-character Traditional → Simplified table, built once from OpenCC's dictionaries. */
function t2s(): Map<string, string> {
  if (traditionalToSimplified) return traditionalToSimplified;
  const fromTaiwan = Converter({ from: 'tw', to: 'cn' });
  const fromHongKong = Converter({ from: 'hk', to: 'cn' });
  const chars: string[] = [];
  for (let cp = 0x3400; cp <= 0x9fff; cp++) chars.push(String.fromCodePoint(cp));
  // One call per dictionary: newline-separated characters never form phrases.
  const joined = chars.join('\n');
  const tw = fromTaiwan(joined).split('\n');
  const hk = fromHongKong(joined).split('\n');
  const table = new Map<string, string>();
  if (tw.length === chars.length && hk.length === chars.length) {
    chars.forEach((ch, i) => {
      const target = tw[i] !== ch ? tw[i] : hk[i];
      if (target !== ch && target.length === ch.length) table.set(ch, target);
    });
  }
  traditionalToSimplified = table;
  return table;
}

interface FoldedChar {
  folded: string;
  cls: CharClass;
}

const ASCII: FoldedChar[] = [];
for (let c = 0; c < 128; c++) {
  const ch = String.fromCharCode(c);
  if (/[A-Za-z0-9]/.test(ch)) ASCII.push({ folded: ch.toLowerCase(), cls: CharClass.Word });
  else if (/\s/.test(ch)) ASCII.push({ folded: ' ', cls: CharClass.Space });
  else if (APOSTROPHES.has(ch)) ASCII.push({ folded: '', cls: CharClass.Apostrophe });
  else ASCII.push({ folded: ' ', cls: CharClass.Punct });
}

const CACHE_LIMIT = 65_536;
const cache = new Map<number, FoldedChar>();

function foldCodePoint(cp: number, ch: string): FoldedChar {
  if (cp < 128) return ASCII[cp];
  const hit = cache.get(cp);
  if (hit) return hit;
  let result: FoldedChar;
  if (APOSTROPHES.has(ch)) result = { folded: '', cls: CharClass.Apostrophe };
  else if (/\s/u.test(ch)) result = { folded: ' ', cls: CharClass.Space };
  else {
    let folded = ch.normalize('NFKD').replace(MARK, '').toLowerCase();
    if (HAN.test(folded)) folded = [...folded].map((c) => t2s().get(c) ?? c).join('');
    if (folded === '') result = { folded: '', cls: CharClass.Apostrophe }; // a lone combining mark: drop
    else if (WORD.test(folded)) result = { folded, cls: CharClass.Word };
    else result = { folded: ' ', cls: /^\s+$/u.test(folded) ? CharClass.Space : CharClass.Punct };
  }
  if (cache.size < CACHE_LIMIT) cache.set(cp, result);
  return result;
}

export function isHan(ch: string | undefined): boolean {
  return ch !== undefined && ch !== '' && HAN.test(ch);
}

/** A letter or digit of an alphabetic script: the characters that make Latin word boundaries. */
/** Per UTF-16 code unit: 0 unknown, 1 word character, 2 not. */
const alphabeticCache = new Uint8Array(65536);

export function isAlphabeticWordChar(ch: string | undefined): boolean {
  if (ch === undefined || ch === '' || ch === ' ') return false;
  const c = ch.charCodeAt(0);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 65 && c <= 90);
  if (ch.length > 1) return WORD.test(ch) && !HAN.test(ch) && !KANA_HANGUL.test(ch);
  let known = alphabeticCache[c];
  if (known === 0) {
    known = WORD.test(ch) && !HAN.test(ch) && !KANA_HANGUL.test(ch) ? 1 : 2;
    alphabeticCache[c] = known;
  }
  return known === 1;
}

export function normalise(text: string): NormalisedText {
  const out: string[] = [];
  let starts: Int32Array = new Int32Array(text.length + 16);
  let ends: Int32Array = new Int32Array(text.length + 16);
  let length = 0;
  const emit = (folded: string, start: number, end: number): void => {
    if (length === starts.length) {
      const bigger = (n: Int32Array): Int32Array => {
        const next = new Int32Array(n.length * 2);
        next.set(n);
        return next;
      };
      starts = bigger(starts);
      ends = bigger(ends);
    }
    out.push(folded);
    starts[length] = start;
    ends[length] = end;
    length++;
  };
  let pending: CharClass.Space | CharClass.Punct | 0 = 0;
  let pendingAt = 0;
  let pendingEnd = 0;
  let lastHan = false;

  for (let i = 0; i < text.length; ) {
    const cp = text.codePointAt(i)!;
    const width = cp > 0xffff ? 2 : 1;
    const ch = width === 1 ? text[i] : text.slice(i, i + 2);
    const { folded, cls } = foldCodePoint(cp, ch);

    if (cls === CharClass.Apostrophe) {
      // Possessive "'s" (followed by a non-letter) vanishes with its "s" and leaves a word break, so
      // "the Qingtian police's service centre" reads as "the qingtian police service centre"; any
      // other apostrophe inside a word vanishes ("Gong'anbu").
      if (folded === '' && APOSTROPHES.has(ch) && isPossessive(text, i + width)) {
        if (!pending) {
          pending = CharClass.Space;
          pendingAt = i;
        }
        pendingEnd = i + width + 1;
        i += width + 1;
        continue;
      }
      i += width;
      continue;
    }
    if (cls !== CharClass.Word) {
      if (!pending || (pending === CharClass.Space && cls === CharClass.Punct)) {
        if (!pending) pendingAt = i;
        pending = cls;
      }
      pendingEnd = i + width;
      i += width;
      continue;
    }
    const han = cp >= 0x2e80 && isHan(folded);
    if (pending && length > 0 && !(pending === CharClass.Space && han && lastHan)) emit(' ', pendingAt, pendingEnd);
    pending = 0;
    if (folded.length === 1) emit(folded, i, i + width);
    else for (let k = 0; k < folded.length; k++) emit(folded[k], i, i + width);
    lastHan = han;
    i += width;
  }
  return { text: out.join(''), starts: starts.subarray(0, length), ends: ends.subarray(0, length) };
}

function isPossessive(text: string, after: number): boolean {
  const next = text[after];
  if (next !== 's' && next !== 'S') return false;
  return !isAlphabeticWordChar(text[after + 1]);
}

/** The folded form of a gazetteer name or vocabulary phrase (no offsets needed). */
export function fold(phrase: string): string {
  return normalise(phrase).text.trim();
}

/** Original-text span of the folded range `[from, to)`. */
export function originalSpan(n: NormalisedText, from: number, to: number): { start: number; end: number } {
  return { start: n.starts[from], end: n.ends[to - 1] };
}
