/**
 * Check digits of the identity documents of the PRC, Hong Kong, Taiwan and Macau.
 * Each function takes the value with separators and parentheses already removed and
 * letters upper-cased.
 */

const PRC_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const PRC_CHECK = '10X98765432';

/** The check character of the first 17 digits of a PRC resident identity card number. */
export function prcIdCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += (first17.charCodeAt(i) - 48) * PRC_WEIGHTS[i];
  return PRC_CHECK[sum % 11];
}

/** 18-character PRC resident ID: region code, plausible birth date, checksum (GB 11643-1999). */
export function prcIdValid(id: string): boolean {
  if (!/^[1-9]\d{16}[\dX]$/.test(id)) return false;
  if (id[0] === '9' || id[0] === '0') return false;
  const year = Number(id.slice(6, 10));
  const month = Number(id.slice(10, 12));
  const day = Number(id.slice(12, 14));
  if (year < 1900 || year > 2099 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return false;
  return prcIdCheckChar(id) === id[17];
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function hkLetterValue(ch: string): number {
  return ch.charCodeAt(0) - 55; // A=10 … Z=35
}

/** The check character of a Hong Kong identity card (one or two letters and six digits). */
export function hkIdCheckChar(body: string): string {
  const padded = body.length === 7 ? ' ' + body : body;
  let sum = 0;
  for (let i = 0; i < 8; i++) {
    const ch = padded[i];
    const value = ch === ' ' ? 36 : i < 2 ? hkLetterValue(ch) : ch.charCodeAt(0) - 48;
    sum += value * (9 - i);
  }
  const check = (11 - (sum % 11)) % 11;
  return check === 10 ? 'A' : String(check);
}

/** Hong Kong ID such as `A123456(3)`, passed as `A1234563`. */
export function hkIdValid(id: string): boolean {
  if (!/^[A-Z]{1,2}\d{6}[\dA]$/.test(id)) return false;
  return hkIdCheckChar(id.slice(0, -1)) === id[id.length - 1];
}

const TW_LETTER_CODES: Record<string, number> = {
  A: 10, B: 11, C: 12, D: 13, E: 14, F: 15, G: 16, H: 17, I: 34, J: 18, K: 19, L: 20, M: 21,
  N: 22, O: 35, P: 23, Q: 24, R: 25, S: 26, T: 27, U: 28, V: 29, W: 32, X: 30, Y: 31, Z: 33,
};

/** The check digit of a Taiwan national ID (a letter and eight digits). */
export function twIdCheckDigit(body: string): string {
  const code = TW_LETTER_CODES[body[0]];
  let sum = Math.floor(code / 10) + (code % 10) * 9;
  for (let i = 1; i < 9; i++) sum += (body.charCodeAt(i) - 48) * (9 - i);
  return String((10 - (sum % 10)) % 10);
}

/** Taiwan national ID (`A123456789`) and resident certificate (second digit 8 or 9). */
export function twIdValid(id: string): boolean {
  if (!/^[A-Z][1289]\d{8}$/.test(id)) return false;
  return twIdCheckDigit(id.slice(0, 9)) === id[9];
}

/**
 * Macau resident ID `1234567(8)`: first digit 1, 5 or 7. The check-digit algorithm is not
 * published, so only the shape is checked; callers require the parenthesised check digit
 * or a context word.
 */
export function macauIdShapeValid(id: string): boolean {
  return /^[157]\d{7}$/.test(id);
}
