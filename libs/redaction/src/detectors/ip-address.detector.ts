import type { Candidate, DetectorInput } from '../candidate';
import { isAsciiAlnum, isAsciiDigit } from '../text-classes';
import { ipv4Valid, ipv6Valid } from '../validators';

function isHexOrColonOrDot(c: number): boolean {
  return isAsciiDigit(c) || (c >= 65 && c <= 70) || (c >= 97 && c <= 102) || c === 58 || c === 46;
}

const MAX_TOKEN = 64;

/**
 * IPv4 and IPv6 addresses. Candidates are maximal tokens of hex digits, colons and dots that
 * hold a colon or three dots; the scanner jumps from one dot or colon to the next and widens
 * each to its token (every character visited a bounded number of times), and validates each
 * token with a parser rather than a regular expression. A token glued to a Latin letter or
 * digit on either side is not an address.
 */
export function detectIpAddresses({ text, dots, colons }: DetectorInput, out: Candidate[] = []): Candidate[] {
  // Every address has a colon (IPv6) or three dots (IPv4): see `marks` below.
  if (dots + 4 * colons < 3) return out;
  const n = text.length;
  let nextDot = text.indexOf('.');
  let nextColon = text.indexOf(':');
  let from = 0;
  while (nextDot >= 0 || nextColon >= 0) {
    const mark = nextDot < 0 ? nextColon : nextColon < 0 ? nextDot : Math.min(nextDot, nextColon);
    // The token around this mark; tokens before `from` are done.
    let i = mark;
    while (i > from && isHexOrColonOrDot(text.charCodeAt(i - 1))) i--;
    let j = mark;
    let marks = 0;
    while (j < n && isHexOrColonOrDot(text.charCodeAt(j))) {
      const c = text.charCodeAt(j);
      if (c === 58) marks += 4;
      else if (c === 46) marks++;
      j++;
    }
    if (marks >= 3) addressIn(text, i, j, out);
    from = j;
    if (nextDot >= 0 && nextDot < from) nextDot = text.indexOf('.', from);
    if (nextColon >= 0 && nextColon < from) nextColon = text.indexOf(':', from);
  }
  return out;
}

/** Validates the token text[i, j) and records the address it holds. */
function addressIn(text: string, i: number, j: number, out: Candidate[]): void {
  const before = i > 0 ? text.charCodeAt(i - 1) : 0;
  const after = j < text.length ? text.charCodeAt(j) : 0;
  const gluedBefore = isAsciiAlnum(before) || before === 95;
  const gluedAfter = isAsciiAlnum(after) || after === 95;
  if (gluedBefore || gluedAfter || j - i > MAX_TOKEN) return;
  const token = text.slice(i, j);
  const found = token.includes(':') ? matchIpv6(token) : matchIpv4(token);
  if (found) {
    out.push({ start: i + found.offset, end: i + found.offset + found.value.length, type: 'IP_ADDRESS', confidence: 0.95, key: found.value.toLowerCase() });
  }
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
