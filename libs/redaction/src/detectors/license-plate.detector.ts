import type { Candidate, DetectorInput } from '../candidate';
import { firstMatch, matchAt, nextMatch, skipFiller } from './context-value';
import { keywordPattern } from './context-words';

/** Province abbreviations on PRC plates, simplified and traditional forms. */
const PROVINCES = '京津沪滬渝冀豫云雲辽遼黑湘皖鲁魯新苏蘇浙赣贛鄂桂甘晋晉蒙陕陝吉闽閩贵貴粤粵青藏川宁寧琼瓊使领領';

// Province, issuing-authority letter, optional separator, then five or six letters/digits
// (new-energy plates have six) or four plus a special suffix. Fixed-width blocks: linear.
const CN_PLATE = new RegExp(
  `[${PROVINCES}][A-HJ-NP-Za-hj-np-z][·•・.\\- ]?(?:[A-HJ-NP-Za-hj-np-z0-9]{5,6}|[A-HJ-NP-Za-hj-np-z0-9]{4}[警学學挂掛港澳领領使])(?![A-Za-z0-9])`,
  'g',
);

const PLATE_CONTEXT = keywordPattern(
  [
    ['licen[cs]e plates?', 'plate'], ['number plates?', 'number plate'], ['plate numbers?', 'plate number'], ['registration plates?', 'registration plate'], 'registration',
    ['plates?', 'plate'], ['reg\\. ?no\\.?', 'reg.'], '车牌号码', '車牌號碼', '车牌号', '車牌號', '车牌', '車牌', '牌照', 'kennzeichen', 'immatriculation', 'targa', ['matr[ií]cula', 'matr'], 'kenteken',
  ],
  'gi',
);
/** Foreign plates: a block of 1–8 then up to three blocks of 1–4 upper-case letters or digits separated by one space, hyphen or dot. */
const FOREIGN_PLATE = /[A-Z0-9]{1,8}(?:[ \-·.][A-Z0-9]{1,4}){0,3}(?![A-Za-z0-9])/y;

export function detectLicensePlates(input: DetectorInput, out: Candidate[] = []): Candidate[] {
  // A PRC plate starts with a Han province character and holds two digits; any plate holds one.
  if (input.han && input.digits >= 2) chinesePlates(input.text, out);
  if (input.digits > 0 && PLATE_CONTEXT.gate.mayOccur(input)) platesAfterContext(input.text, out);
  return out;
}

function chinesePlates(text: string, out: Candidate[]): void {
  for (let m = firstMatch(CN_PLATE, text); m !== null; m = nextMatch(CN_PLATE, text, m)) {
    const digits = m[0].replace(/\D/g, '').length;
    if (digits < 2) continue;
    out.push({ start: m.index, end: m.index + m[0].length, type: 'LICENSE_PLATE', confidence: 0.9, key: m[0].replace(/[·•・.\- ]/g, '').toUpperCase() });
  }
}

function platesAfterContext(text: string, out: Candidate[]): void {
  const context = PLATE_CONTEXT.pattern;
  for (let m = firstMatch(context, text); m !== null; m = nextMatch(context, text, m)) {
    const { pos } = skipFiller(text, m.index + m[0].length);
    const v = matchAt(FOREIGN_PLATE, text, pos);
    if (!v) continue;
    const value = v[0].replace(/[ \-·.]+$/, '');
    const compact = value.replace(/[ \-·.]/g, '');
    if (compact.length < 4 || compact.length > 10 || !/\d/.test(compact)) continue;
    if (/^\d+$/.test(compact) && compact.length < 5) continue;
    out.push({ start: pos, end: pos + value.length, type: 'LICENSE_PLATE', confidence: 0.8, key: compact });
  }
}
