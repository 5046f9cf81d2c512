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
 * Membership table over UTF-16 code units for a set of single characters, so that hot loops
 * test `table[text.charCodeAt(i)]` instead of allocating `text[i]` for a `Set` lookup.
 * Characters outside the BMP never equal a single unit, so they are left out, as a
 * `Set<string>` tested with `text[i]` would never match them either.
 */
export function charTable(chars: Iterable<string>): Uint8Array {
  const table = new Uint8Array(0x10000);
  for (const ch of chars) if (ch.length === 1) table[ch.charCodeAt(0)] = 1;
  return table;
}
