/**
 * Folds full-width ASCII (ＡＢＣ１２３＠) and the ideographic space to their ASCII forms, and
 * unifies dash variants. Every replacement is one UTF-16 unit for one UTF-16 unit, so offsets
 * found in the folded text are offsets in the original text.
 */
export function foldWidth(text: string): string {
  let out = '';
  let changed = false;
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const r = foldedUnit(text.charCodeAt(i));
    if (r >= 0) {
      out += text.slice(from, i) + String.fromCharCode(r);
      from = i + 1;
      changed = true;
    }
  }
  return changed ? out + text.slice(from) : text;
}

/** The unit `c` folds to, or -1 when it stays (every unit below U+00A0 stays). */
export function foldedUnit(c: number): number {
  if (c < 0xa0) return -1;
  if (c >= 0xff01 && c <= 0xff5e) return c - 0xfee0;
  if (c === 0x3000) return 0x20;
  if (c === 0x2010 || c === 0x2011 || c === 0x2012 || c === 0x2013 || c === 0x2014 || c === 0x2212) return 0x2d;
  if (c === 0x00a0 || c === 0x2007 || c === 0x202f) return 0x20;
  return -1;
}
