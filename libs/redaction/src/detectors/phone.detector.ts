import type { CountryCode } from 'libphonenumber-js/core';
import type { Candidate, DetectorInput } from '../candidate';
import { isAsciiDigit, wordCharAt } from '../text-classes';
import { validPhoneNumber } from '../validators';
import { PHONE_CONTEXT } from './context-words';

/** Regions tried for a number written without country code when a phone word precedes it. */
const CONTEXT_REGIONS: CountryCode[] = [
  'US', 'GB', 'DE', 'FR', 'IL', 'IN', 'JP', 'AU', 'NL', 'IT', 'ES', 'HK', 'TW', 'MO', 'SG',
  'MY', 'KR', 'BR', 'CH', 'SE', 'NZ', 'IE', 'BE', 'AT', 'TR', 'KZ', 'CZ', 'PL', 'RS', 'HU',
];

const MAX_GROUPS = 6;
const MIN_DIGITS = 7;
const MAX_DIGITS = 17;
const MAX_SEPARATOR_RUN = 3;
/** Consecutive failed starts inside one run of numbers before only strong starts are tried. */
const MAX_FAILED_STARTS = 4;

interface Group {
  start: number;
  end: number;
  /** Index where a phone starting at this group would begin (a preceding `+` or `(`). */
  lead: number;
  strong: boolean;
}

function isSeparator(c: number): boolean {
  return c === 32 || c === 45 || c === 46 || c === 40 || c === 41 || c === 43 || c === 47 || c === 9;
}

const DATE_SHAPE = /^(?:\d{4}[-./]\d{1,2}[-./]\d{1,2}|\d{1,2}[-./]\d{1,2}[-./](?:\d{2}|\d{4}))$/;

/**
 * Phone numbers. A hand-written scanner splits the text into runs of digits and separators
 * (linear, no regular expression), then tries windows of at most six digit groups and 7–17
 * digits, validated with libphonenumber-js metadata. The number of validations is bounded
 * per group and by a budget per call, so adversarial digit soup stays linear; past the budget
 * a cheaper structural check takes over so that recall does not silently drop.
 */
export function detectPhones({ text, digits }: DetectorInput, out: Candidate[] = []): Candidate[] {
  // Every phone has at least MIN_DIGITS digits: most short reports need no scan at all.
  if (digits < MIN_DIGITS) return out;
  const validator = new PhoneValidator(text.length);
  let i = 0;
  const n = text.length;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (!(isAsciiDigit(c) || c === 43 || c === 40)) {
      i++;
      continue;
    }
    if (wordCharAt(text, i - 1)) {
      // Glued to a Latin word or a longer number: skip this whole token.
      i++;
      while (i < n && wordCharAt(text, i)) i++;
      continue;
    }
    const end = readRun(text, i, null);
    // Every window tried holds MIN_DIGITS digits: a shorter run ("2015", "88,000") has none.
    if (digitsIn(text, i, end) >= MIN_DIGITS) {
      const groups: Group[] = [];
      readRun(text, i, groups);
      scanRun(text, groups, validator, out);
    }
    i = end > i ? end : i + 1;
  }
  return out;
}

/**
 * Reads the run of digit groups and separators starting at `i` (at most MAX_SEPARATOR_RUN
 * separators in a row), pushing its groups when `groups` is given; returns where it ends.
 */
function readRun(text: string, i: number, groups: Group[] | null): number {
  const n = text.length;
  let j = i;
  let sepRun = 0;
  let pendingLead = -1;
  while (j < n) {
    const d = text.charCodeAt(j);
    if (isAsciiDigit(d)) {
      let k = j;
      while (k < n && isAsciiDigit(text.charCodeAt(k))) k++;
      groups?.push({ start: j, end: k, lead: pendingLead >= 0 ? pendingLead : j, strong: pendingLead >= 0 || k - j >= MIN_DIGITS });
      pendingLead = -1;
      sepRun = 0;
      j = k;
    } else if (isSeparator(d) && sepRun < MAX_SEPARATOR_RUN) {
      if ((d === 43 || d === 40) && pendingLead < 0) pendingLead = j;
      sepRun++;
      j++;
    } else {
      break;
    }
  }
  return j;
}

function digitsIn(text: string, from: number, to: number): number {
  let digits = 0;
  for (let k = from; k < to; k++) if (isAsciiDigit(text.charCodeAt(k))) digits++;
  return digits;
}

/**
 * A phone may start inside a run only at a strong start (`+`, `(`, 7+ digits), right after
 * another phone, or after a separator other than one space, hyphen or dot: the last groups of
 * "6278 3741 1897 4451 092" (a card number) are not a phone.
 */
function canStart(text: string, groups: Group[], g: number, afterMatch: boolean): boolean {
  if (g === 0 || afterMatch || groups[g].strong) return true;
  const gapStart = groups[g - 1].end;
  if (groups[g].start - gapStart !== 1) return true;
  const gap = text.charCodeAt(gapStart);
  return !(gap === 32 || gap === 45 || gap === 46);
}

function scanRun(text: string, groups: Group[], validator: PhoneValidator, out: Candidate[]): void {
  let failures = 0;
  let g = 0;
  let afterMatch = false;
  while (g < groups.length) {
    if ((failures >= MAX_FAILED_STARTS && !groups[g].strong) || !canStart(text, groups, g, afterMatch)) {
      afterMatch = false;
      g++;
      continue;
    }
    const found = tryFrom(text, groups, g, validator);
    if (found) {
      out.push(found.candidate);
      g = found.nextGroup;
      failures = 0;
      afterMatch = true;
    } else {
      failures++;
      afterMatch = false;
      g++;
    }
  }
}

function tryFrom(text: string, groups: Group[], g: number, validator: PhoneValidator): { candidate: Candidate; nextGroup: number } | null {
  const last = Math.min(groups.length - 1, g + MAX_GROUPS - 1);
  // Digits in groups g..k, for k from `last` down.
  let digits = 0;
  for (let k = g; k <= last; k++) digits += groups[k].end - groups[k].start;
  let tries = 0;
  for (let k = last; k >= g && tries < 3; digits -= groups[k].end - groups[k].start, k--) {
    if (digits > MAX_DIGITS) continue;
    if (digits < MIN_DIGITS) break;
    const start = groups[g].lead;
    const end = groups[k].end;
    if (wordCharAt(text, end) && !isAsciiDigit(text.charCodeAt(end))) return null;
    // A phone does not continue with "-1234" or ".1234": that is a longer number (a card).
    const next = text.charCodeAt(end);
    if ((next === 45 || next === 46) && isAsciiDigit(text.charCodeAt(end + 1))) continue;
    tries++;
    const raw = text.slice(start, end);
    const result = validator.validate(raw, text, start);
    if (result) {
      return { candidate: { start, end, type: 'PHONE', confidence: result.confidence, key: result.e164 }, nextGroup: k + 1 };
    }
  }
  return null;
}

const NON_DIGITS = /\D/g;
/** Cache-key suffixes by (formatted, context). */
const CACHE_FLAGS = ['|00', '|01', '|10', '|11'];

interface Validated {
  e164: string;
  confidence: number;
}

class PhoneValidator {
  private budget: number;
  /** Results by digits and flags within one text; created on the first validation. */
  private cache: Map<string, Validated | null> | undefined;

  constructor(textLength: number) {
    this.budget = 500 + Math.floor(textLength / 20);
  }

  validate(raw: string, text: string, start: number): Validated | null {
    if (DATE_SHAPE.test(raw)) return null;
    let body = raw;
    const hasPlus = body.includes('+');
    if (hasPlus) body = body.replace('(0)', '');
    const digits = body.replace(NON_DIGITS, '');
    const formatted = /[-()]|\d \d/.test(raw);
    const context = PHONE_CONTEXT.before(text, start, 40);
    const cacheKey = (hasPlus ? '+' : '') + digits + CACHE_FLAGS[(formatted ? 2 : 0) + (context ? 1 : 0)];
    this.cache ??= new Map();
    const cached = this.cache.get(cacheKey);
    if (cached !== undefined) return cached;
    const result = this.validateUncached(digits, hasPlus, formatted, context);
    this.cache.set(cacheKey, result);
    return result;
  }

  private validateUncached(digits: string, hasPlus: boolean, formatted: boolean, context: boolean): Validated | null {
    if (hasPlus) return this.parse('+' + digits, undefined, 0.95);
    if (digits.startsWith('00')) return this.parse('+' + digits.slice(2), undefined, 0.95);
    if (/^1[3-9]\d{9}$/.test(digits)) return this.parse(digits, 'CN', 0.95);
    if (/^861[3-9]\d{9}$/.test(digits)) return this.parse('+' + digits, undefined, 0.9);
    if (/^0[1-9]\d{8,10}$/.test(digits)) {
      const cn = this.parse(digits, 'CN', 0.85);
      if (cn && (formatted || context)) return cn;
    }
    if ((formatted || context) && /^1?[2-9]\d{2}[2-9]\d{6}$/.test(digits)) {
      const us = this.parse(digits, 'US', 0.85);
      if (us) return us;
    }
    if (context && digits.length <= 12) {
      for (const region of CONTEXT_REGIONS) {
        const r = this.parse(digits, region, 0.8);
        if (r) return r;
      }
    }
    return null;
  }

  private parse(value: string, region: CountryCode | undefined, confidence: number): Validated | null {
    if (this.budget <= 0) return structuralFallback(value, confidence);
    this.budget--;
    const e164 = validPhoneNumber(value, region);
    return e164 === null ? null : { e164, confidence };
  }
}

/** Used only once the validation budget is spent: accept plausible shapes rather than leak them. */
function structuralFallback(value: string, confidence: number): Validated | null {
  const digits = value.replace(/\D/g, '');
  if (digits.length < 8 || digits.length > 15) return null;
  return { e164: (value.startsWith('+') ? '+' : '') + digits, confidence: Math.min(confidence, 0.6) };
}
