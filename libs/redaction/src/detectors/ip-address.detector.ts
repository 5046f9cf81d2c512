import type { Candidate, DetectorInput } from '../candidate';
import { isAsciiAlnum, isAsciiDigit } from '../text-classes';
import { ipv4Valid, ipv6Valid } from '../validators';

function isHexOrColonOrDot(c: number): boolean {
  return isAsciiDigit(c) || (c >= 65 && c <= 70) || (c >= 97 && c <= 102) || c === 58 || c === 46;
}

const MAX_TOKEN = 64;

/**
 * IPv4 and IPv6 addresses. The scanner walks maximal tokens of hex digits, colons and dots
 * (each character visited once), and validates each token with a parser rather than a
 * regular expression. A token glued to a Latin letter or digit on either side is not an address.
 */
export function detectIpAddresses({ text, dots, colons }: DetectorInput): Candidate[] {
  const out: Candidate[] = [];
  // Every address has a colon (IPv6) or three dots (IPv4): see `marks` below.
  if (dots + 4 * colons < 3) return out;
  const n = text.length;
  let i = 0;
  while (i < n) {
    if (!isHexOrColonOrDot(text.charCodeAt(i))) {
      i++;
      continue;
    }
    let j = i;
    let marks = 0;
    while (j < n && isHexOrColonOrDot(text.charCodeAt(j))) {
      const c = text.charCodeAt(j);
      if (c === 58) marks += 4;
      else if (c === 46) marks++;
      j++;
    }
    // An address needs a colon (IPv6) or three dots (IPv4): skip hex-letter words ("bad", "face").
    if (marks < 3) {
      i = j;
      continue;
    }
    const before = i > 0 ? text.charCodeAt(i - 1) : 0;
    const after = j < n ? text.charCodeAt(j) : 0;
    const gluedBefore = isAsciiAlnum(before) || before === 95;
    const gluedAfter = isAsciiAlnum(after) || after === 95;
    if (!gluedBefore && !gluedAfter && j - i <= MAX_TOKEN) {
      const token = text.slice(i, j);
      const found = token.includes(':') ? matchIpv6(token) : matchIpv4(token);
      if (found) {
        out.push({ start: i + found.offset, end: i + found.offset + found.value.length, type: 'IP_ADDRESS', confidence: 0.95, key: found.value.toLowerCase() });
      }
    }
    i = j;
  }
  return out;
}

function matchIpv4(token: string): { offset: number; value: string } | null {
  // Trim sentence punctuation; a fifth dotted part (`1.2.3.4.5`) keeps the first four.
  const trimmed = token.replace(/\.+$/, '');
  if (trimmed.startsWith('.')) return null;
  const parts = trimmed.split('.');
  if (parts.length < 4) return null;
  const value = parts.slice(0, 4).join('.');
  return ipv4Valid(value) ? { offset: 0, value } : null;
}

function matchIpv6(token: string): { offset: number; value: string } | null {
  const value = token.replace(/\.+$/, '');
  if (!/^[0-9A-Fa-f:]/.test(value) || value.startsWith(':') && !value.startsWith('::')) return null;
  return ipv6Valid(value) ? { offset: 0, value } : null;
}
