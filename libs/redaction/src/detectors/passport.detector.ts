import type { Candidate, DetectorInput } from '../candidate';
import { ContextWords, keywordPattern } from './context-words';
import { firstMatch, matchAt, nextMatch, skipFiller } from './context-value';

/** PRC ordinary passports: E + 8 digits, E + letter (not I/O) + 7 digits, G + 8 digits. */
const PRC_PASSPORT = /(?<![A-Za-z0-9])(?:E[A-HJ-NP-Z]\d{7}|[EG]\d{8})(?![A-Za-z0-9])/g;
/**
 * Permits: Exit-Entry Permit for HK/Macau (C + 8, or C + letter + 7), for Taiwan (L + 8),
 * Home-Return Permit (H/M + 8 or 10 digits), Taiwan compatriot permit (8 or 10 digits).
 * Only with a permit or passport word before them.
 */
const PERMIT = /(?<![A-Za-z0-9])(?:C[A-HJ-NP-Z]\d{7}|[CLHMDSPK]\d{8}(?:\d{2})?|[DSP][A-Z]?\d{7})(?![A-Za-z0-9])/g;

const PERMIT_CONTEXT = new ContextWords([
  'passport', 'permit', 'travel document', '护照', '護照', '通行证', '通行證', '回乡证', '回鄉證', '台胞证', '台胞證', '旅行证', '旅行證', '居留', 'visa',
]);

const CONTEXT_WORD = keywordPattern(
  [
    'passport', 'travel permit', ['home[- ]return permit', 'return permit'], 'travel document', 'permit', '护照', '護照', '通行证', '通行證', '回乡证', '回鄉證', '台胞证', '台胞證',
    '旅行证', '旅行證', 'reisepass', 'passeport', 'pasaporte', 'passaporto',
  ],
  'gi',
);
/** Any document number: 6–12 letters and digits with at least one digit (checked in code). */
const DOC_NUMBER = /[A-Za-z]{0,3}\d[A-Za-z0-9]{4,11}(?![A-Za-z0-9])/y;
const MIN_DOC_DIGITS = 5;

export function detectPassports(input: DetectorInput, out: Candidate[] = []): Candidate[] {
  // Passport and permit numbers: a capital letter, then seven digits or more in a row.
  if (input.upper > 0 && input.digitRun >= 7) documentNumbers(input.text, out);
  if (input.digits >= MIN_DOC_DIGITS && CONTEXT_WORD.gate.mayOccur(input)) numbersAfterContext(input.text, out);
  return out;
}

function documentNumbers(text: string, out: Candidate[]): void {
  for (let m = firstMatch(PRC_PASSPORT, text); m !== null; m = nextMatch(PRC_PASSPORT, text, m)) {
    out.push({ start: m.index, end: m.index + m[0].length, type: 'PASSPORT', confidence: 0.9, key: m[0] });
  }
  for (let m = firstMatch(PERMIT, text); m !== null; m = nextMatch(PERMIT, text, m)) {
    if (/^[EG]\d{8}$|^E[A-Z]\d{7}$/.test(m[0])) continue;
    if (PERMIT_CONTEXT.before(text, m.index, 30)) {
      out.push({ start: m.index, end: m.index + m[0].length, type: 'PASSPORT', confidence: 0.85, key: m[0] });
    }
  }
}

function numbersAfterContext(text: string, out: Candidate[]): void {
  const context = CONTEXT_WORD.pattern;
  for (let m = firstMatch(context, text); m !== null; m = nextMatch(context, text, m)) {
    const { pos } = skipFiller(text, m.index + m[0].length);
    const v = matchAt(DOC_NUMBER, text, pos);
    if (!v) continue;
    const digits = v[0].replace(/\D/g, '').length;
    if (digits < MIN_DOC_DIGITS || /^(?:19|20)\d{2}$/.test(v[0])) continue;
    out.push({ start: pos, end: pos + v[0].length, type: 'PASSPORT', confidence: 0.82, key: v[0].toUpperCase() });
  }
}
