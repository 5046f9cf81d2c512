import type { Candidate, DetectorInput } from '../candidate';
import { isAsciiDigit, isAsciiLetter, wordCharAt } from '../text-classes';
import { ibanValid, luhnValid } from '../validators';
import { ContextWords } from './context-words';
import { firstMatch, nextMatch } from './context-value';

const CARD_CONTEXT = new ContextWords(['card', 'visa', 'mastercard', 'unionpay', 'account', 'bank', 'iban', '卡', '银行', '銀行', '银联', '銀聯', '账号', '帳號', '賬號', '账户', '帳戶', '户头', '戶頭']);

const MIN_CARD_DIGITS = 13;

/** Card number lengths by leading digit (ISO/IEC 7812 issuer ranges in use). */
function plausibleCard(digits: string): boolean {
  const len = digits.length;
  const first = digits[0];
  switch (first) {
    case '1': return len === 15; // UATP
    case '2': return len === 16; // Mastercard 2-series
    case '3': return len >= 14 && len <= 16; // Amex 15, Diners 14, JCB 16
    case '4': return len === 13 || len === 16 || len === 19;
    case '5': return len >= 16 && len <= 19;
    case '6': return len >= 16 && len <= 19;
    default: return false;
  }
}

/**
 * Payment cards and IBANs. Card numbers: a digit run of 13–19 digits, optionally in groups
 * separated by single spaces or hyphens, Luhn-valid; UnionPay (62…, 16–19 digits) is also
 * accepted without Luhn when a card or bank word precedes it, since some UnionPay cards
 * do not use Luhn. IBANs: mod-97. Hand-written scanners, linear.
 */
export function detectBankCards({ text, digits, upper }: DetectorInput, out: Candidate[] = []): Candidate[] {
  if (digits >= MIN_CARD_DIGITS) detectCards(text, out);
  // An IBAN starts with two capital letters and two digits.
  if (upper >= 2 && digits >= 2) detectIbans(text, out);
  return out;
}

function detectCards(text: string, out: Candidate[]): void {
  const n = text.length;
  let i = 0;
  while (i < n) {
    if (!isAsciiDigit(text.charCodeAt(i))) {
      i++;
      continue;
    }
    if (wordCharAt(text, i - 1) || text[i - 1] === '+') {
      while (i < n && wordCharAt(text, i)) i++;
      continue;
    }
    // Digit groups separated by one space or hyphen ("4012 8888 8888 1881", also lists of cards).
    let runEnd = i;
    let digits = 0;
    for (;;) {
      const start = runEnd;
      while (runEnd < n && isAsciiDigit(text.charCodeAt(runEnd))) runEnd++;
      digits += runEnd - start;
      const sep = text.charCodeAt(runEnd);
      if ((sep === 32 || sep === 45) && isAsciiDigit(text.charCodeAt(runEnd + 1))) runEnd++;
      else break;
    }
    if (digits >= MIN_CARD_DIGITS && !wordCharAt(text, runEnd)) scanCardRun(text, digitGroups(text, i, runEnd), out);
    i = runEnd;
  }
}

/** The digit groups of text[start, end), which holds digits separated by single spaces or hyphens. */
function digitGroups(text: string, start: number, end: number): Array<{ start: number; end: number }> {
  const groups: Array<{ start: number; end: number }> = [];
  let j = start;
  while (j < end) {
    let k = j;
    while (k < end && isAsciiDigit(text.charCodeAt(k))) k++;
    groups.push({ start: j, end: k });
    j = k + 1;
  }
  return groups;
}

/** From each group, the longest window of 13–19 digits that is a card; at most 19 groups per start. */
function scanCardRun(text: string, groups: Array<{ start: number; end: number }>, out: Candidate[]): void {
  let g = 0;
  while (g < groups.length) {
    let digits = '';
    let best: { end: number; digits: string; next: number } | null = null;
    for (let k = g; k < groups.length; k++) {
      // Cards are written in groups of 3–6 digits; only the last group may be shorter.
      if (k > g && groups[k - 1].end - groups[k - 1].start < 3) break;
      digits += text.slice(groups[k].start, groups[k].end);
      if (digits.length > 19) break;
      if (digits.length >= MIN_CARD_DIGITS && plausibleCard(digits)) {
        const context = CARD_CONTEXT.before(text, groups[g].start, 30);
        const unionPay = digits.startsWith('62') && digits.length >= 16;
        if (luhnValid(digits) || (unionPay && context)) best = { end: groups[k].end, digits, next: k + 1 };
      }
    }
    if (best) {
      out.push({ start: groups[g].start, end: best.end, type: 'BANK_CARD', confidence: luhnValid(best.digits) ? 0.9 : 0.75, key: best.digits });
      g = best.next;
    } else {
      g++;
    }
  }
}

// Country code and check digits, then either 11–30 alphanumerics written solid, or groups of
// exactly four after a mandatory single separator. Groups cannot be split two ways, and every
// quantifier is bounded, so the work from any start is bounded (no ambiguous repetition).
const IBAN = /\b[A-Z]{2}\d{2}(?:[A-Z0-9]{11,30}|(?:[ -][A-Z0-9]{4}){2,7}(?:[ -][A-Z0-9]{1,4})?)\b/g;

function detectIbans(text: string, out: Candidate[]): void {
  for (let m = firstMatch(IBAN, text); m !== null; m = nextMatch(IBAN, text, m)) {
    let value = m[0];
    // A trailing group that breaks the checksum may be a following word; try without it.
    for (let attempt = 0; attempt < 2 && value.length > 0; attempt++) {
      const compact = value.replace(/[ -]/g, '');
      if (compact.length >= 15 && ibanValid(compact)) {
        if (!isAsciiLetter(text.charCodeAt(m.index + value.length))) {
          out.push({ start: m.index, end: m.index + value.length, type: 'BANK_CARD', confidence: 0.9, key: compact });
        }
        break;
      }
      value = value.replace(/[ -]?[A-Z0-9]{1,4}$/, '');
    }
  }
}
