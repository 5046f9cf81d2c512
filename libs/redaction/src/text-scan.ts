import type { DetectorInput } from './candidate';
import { foldedUnit } from './normalize';
import { isHan } from './text-classes';

/**
 * Folds the text (see `foldWidth`) and gathers, in the same pass, the facts detectors use to
 * skip it: digit counts, capitals, dots, colons, Han characters, `@`, `/`, and which pairs of
 * adjacent units occur (ASCII lower-cased), for keyword gates (see `KeywordGate`).
 */
export function scanText(original: string): DetectorInput {
  const pairs = NO_PAIRS.slice();
  let folded = '';
  let from = 0;
  let digits = 0;
  let run = 0;
  let digitRun = 0;
  let upper = 0;
  let han = false;
  let dots = 0;
  let colons = 0;
  let at = false;
  let slash = false;
  let prev = 0;
  for (let i = 0; i < original.length; i++) {
    let c = original.charCodeAt(i);
    if (c >= 0xa0) {
      const r = foldedUnit(c);
      if (r >= 0) {
        folded += original.slice(from, i) + String.fromCharCode(r);
        from = i + 1;
        c = r;
      }
    }
    if (c >= 48 && c <= 57) {
      digits++;
      if (++run > digitRun) digitRun = run;
    } else {
      run = 0;
      if (c >= 65 && c <= 90) {
        upper++;
        c += 32;
      } else if (c === 46) dots++;
      else if (c === 58) colons++;
      else if (c === 64) at = true;
      else if (c === 47) slash = true;
      else if (c >= 0x3400 && !han) han = isHan(c);
    }
    const bit = pairBit(prev, c);
    pairs[bit >> 5] |= 1 << (bit & 31);
    prev = c;
  }
  const text = from === 0 ? original : folded + original.slice(from);
  return { text, digits, digitRun, upper, han, dots, colons, at, slash, pairs };
}

function isLowerLetter(c: number): boolean {
  return c >= 97 && c <= 122;
}

/**
 * Pair bits, 32 to a number: pairs of two letters `a`–`z` exactly, one row of 26 bits per
 * first letter (676 bits); every other pair in a Bloom filter of 1024 bits after them.
 */
const LETTER_ROWS = 26;
const PAIR_WORDS = LETTER_ROWS + 32;
/** A packed array of PAIR_WORDS zeros, copied for each text. */
const NO_PAIRS: number[] = Array.from({ length: PAIR_WORDS }, () => 0);

/** Bit for units `a` then `b` (ASCII capitals already lower-cased). */
function pairBit(a: number, b: number): number {
  if (isLowerLetter(a) && isLowerLetter(b)) return (a - 97) * 32 + (b - 97);
  return LETTER_ROWS * 32 + (Math.imul(a ^ (b << 16), 0x9e3779b1) >>> 22);
}

/**
 * Words of which a pattern's every match contains one, tested against the pair filter:
 * `mayOccur` is false only when, for every word, some pair of adjacent units of it occurs
 * nowhere in the text (a Bloom filter has no false negatives), so a detector may skip the
 * pattern. Words are matched ASCII case-insensitively, as the `i` patterns they stand for.
 */
export class KeywordGate {
  /** Per word, the bits of its pairs. */
  private readonly words: number[][];

  constructor(words: readonly string[]) {
    this.words = words.map((word) => {
      const w = word.replace(/[A-Z]/g, (ch) => ch.toLowerCase());
      if (w.length < 2) throw new Error(`KeywordGate: "${word}" needs two characters`);
      const bits: number[] = [];
      for (let i = 1; i < w.length; i++) bits.push(pairBit(w.charCodeAt(i - 1), w.charCodeAt(i)));
      return bits;
    });
  }

  mayOccur({ pairs }: DetectorInput): boolean {
    for (const bits of this.words) {
      let all = true;
      for (const bit of bits) {
        if ((pairs[bit >> 5] & (1 << (bit & 31))) === 0) {
          all = false;
          break;
        }
      }
      if (all) return true;
    }
    return false;
  }
}
