/**
 * Character tests shared by detectors. They look at one UTF-16 unit at a time, so every
 * boundary check is O(1).
 */

export function isAsciiDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

export function isAsciiLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

export function isAsciiAlnum(c: number): boolean {
  return isAsciiDigit(c) || isAsciiLetter(c);
}

/** CJK unified ideographs (BMP blocks used in modern Chinese). */
export function isHan(c: number): boolean {
  return (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff);
}

/** True if `text[i]` exists and is an ASCII letter, digit or underscore: a value glued to it is not a separate token. */
export function wordCharAt(text: string, i: number): boolean {
  if (i < 0 || i >= text.length) return false;
  const c = text.charCodeAt(i);
  return isAsciiAlnum(c) || c === 95;
}

/**
 * One table for several character classes: class k (at most eight) sets bit `1 << k` of the
 * entries of its characters. A detector that tests several classes of the same character
 * then reads one table (one cache line) instead of one 64 kB table per class.
 */
export function charClasses(classes: ReadonlyArray<Iterable<string>>): Uint8Array {
  if (classes.length > 8) throw new Error('charClasses: at most eight classes');
  const table = new Uint8Array(0x10000);
  classes.forEach((chars, k) => {
    for (const ch of chars) if (ch.length === 1) table[ch.charCodeAt(0)] |= 1 << k;
  });
  return table;
}
