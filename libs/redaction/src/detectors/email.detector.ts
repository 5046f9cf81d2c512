import type { Candidate, DetectorInput } from '../candidate';
import { isAsciiAlnum } from '../text-classes';

const MAX_LOCAL = 64;
const MAX_DOMAIN = 253;

function isLocalChar(c: number): boolean {
  // A-Z a-z 0-9 . _ % + - '
  return isAsciiAlnum(c) || c === 46 || c === 95 || c === 37 || c === 43 || c === 45;
}

function isDomainChar(c: number): boolean {
  return isAsciiAlnum(c) || c === 46 || c === 45;
}

/**
 * E-mail addresses. No regular expression: each `@` is expanded left and right over
 * bounded character classes, so the work is at most (64 + 253) steps per `@` and every
 * character is inspected a bounded number of times.
 */
export function detectEmails({ text, at: hasAt }: DetectorInput, out: Candidate[] = []): Candidate[] {
  if (!hasAt) return out;
  let at = text.indexOf('@');
  let lastEnd = 0;
  while (at >= 0) {
    let start = at;
    while (start > lastEnd && at - start < MAX_LOCAL && isLocalChar(text.charCodeAt(start - 1))) start--;
    while (start < at && text.charCodeAt(start) === 46) start++; // no leading dot
    let end = at + 1;
    while (end < text.length && end - at <= MAX_DOMAIN && isDomainChar(text.charCodeAt(end))) end++;
    // Trim a trailing dot or hyphen (end of sentence).
    while (end > at + 1 && (text.charCodeAt(end - 1) === 46 || text.charCodeAt(end - 1) === 45)) end--;
    let domain = text.slice(at + 1, end);
    // "name@163.com.Next sentence": drop trailing labels until the domain is valid.
    while (!validDomain(domain) && domain.lastIndexOf('.') > 0) {
      domain = domain.slice(0, domain.lastIndexOf('.'));
      end = at + 1 + domain.length;
    }
    if (start < at && validDomain(domain)) {
      out.push({ start, end, type: 'EMAIL', confidence: 0.99, key: text.slice(start, end).toLowerCase() });
      lastEnd = end;
      at = text.indexOf('@', end);
    } else {
      at = text.indexOf('@', at + 1);
    }
  }
  return out;
}

function validDomain(domain: string): boolean {
  if (domain.length < 4) return false;
  const labels = domain.split('.');
  if (labels.length < 2 || labels.length > 10) return false;
  if (!labels.every((l) => l.length >= 1 && l.length <= 63 && l[0] !== '-' && l[l.length - 1] !== '-')) return false;
  const tld = labels[labels.length - 1];
  return /^[A-Za-z]{2,24}$/.test(tld) || /^xn--[A-Za-z0-9-]{1,59}$/.test(tld);
}
