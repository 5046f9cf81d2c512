import type { Candidate, DetectorInput } from '../candidate';
import { KeywordGate } from '../text-scan';
import { firstMatch, matchAt, nextMatch, skipFiller } from './context-value';
import { keywordPattern } from './context-words';

const MONTH = '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
const DAY_SUFFIX = '(?:st|nd|rd|th)?';

/**
 * Date shapes, tried only at the position right after a birth word (sticky), so each try
 * is bounded by the pattern's fixed length. Longest alternatives first.
 */
const DATE_AFTER_CONTEXT = new RegExp(
  [
    '\\d{4} ?年 ?\\d{1,2} ?月(?: ?\\d{1,2} ?[日号號])?',
    '[一二三四五六七八九〇零]{4}年[一二三四五六七八九十]{1,2}月(?:[一二三四五六七八九十]{1,3}[日号號])?',
    '\\d{4}[-/.]\\d{1,2}[-/.]\\d{1,2}',
    '\\d{1,2}[-/.]\\d{1,2}[-/.](?:\\d{4}|\\d{2})(?!\\d)',
    `\\d{1,2}${DAY_SUFFIX} (?:of )?${MONTH}\\.?,? \\d{4}`,
    `${MONTH}\\.? \\d{1,2}${DAY_SUFFIX},? \\d{4}`,
    `${MONTH}\\.?,? \\d{4}`,
    '\\d{4} ?年(?: ?\\d{1,2} ?月)?',
    '(?:19|20)\\d{2}(?!\\d)',
  ].join('|'),
  'iy',
);

const BIRTH_CONTEXT = keywordPattern(
  [
    'date of birth', 'birth date', 'birthdate', 'birthday', ['d\\.o\\.b\\.?', 'd.o.b'], ['\\bdob\\b', 'dob'], ['\\bborn\\b', 'born'], ['\\bb\\. ?(?=\\d)', 'b.'],
    '出生日期', '出生年月日', '出生年月', '出生于', '出生於', '出生', '生于', '生於', '生日', '出生时间', '出世',
  ],
  'gi',
);

/** Chinese dates directly followed by 出生 / 生 ("1985年3月12日出生"). */
const ZH_DATE_BEFORE_BIRTH = /\d{4} ?年(?: ?\d{1,2} ?月)?(?: ?\d{1,2} ?[日号號])?(?=出生|生人|生，|生。|生的|生,)/g;
const ZH_BIRTH_WORDS = new KeywordGate(['出生', '生人', '生，', '生。', '生的', '生,']);

/** Dates introduced by a birth word (born, DOB, 出生, 生于); other dates are not identifying and stay. */
export function detectDatesOfBirth(input: DetectorInput, out: Candidate[] = []): Candidate[] {
  if (BIRTH_CONTEXT.gate.mayOccur(input)) datesAfterContext(input.text, out);
  // "1985年…出生" needs four digits in a row and Han characters.
  if (input.han && input.digitRun >= 4 && ZH_BIRTH_WORDS.mayOccur(input)) chineseDatesBeforeBirth(input.text, out);
  return out;
}

function datesAfterContext(text: string, out: Candidate[]): void {
  const context = BIRTH_CONTEXT.pattern;
  for (let m = firstMatch(context, text); m !== null; m = nextMatch(context, text, m)) {
    const { pos } = skipFiller(text, m.index + m[0].length);
    const v = matchAt(DATE_AFTER_CONTEXT, text, pos);
    if (!v) continue;
    const value = v[0].replace(/[ ,.]+$/, '');
    out.push({ start: pos, end: pos + value.length, type: 'DATE_OF_BIRTH', confidence: 0.9, key: value.replace(/\s/g, '').toLowerCase() });
  }
}

function chineseDatesBeforeBirth(text: string, out: Candidate[]): void {
  for (let m = firstMatch(ZH_DATE_BEFORE_BIRTH, text); m !== null; m = nextMatch(ZH_DATE_BEFORE_BIRTH, text, m)) {
    out.push({ start: m.index, end: m.index + m[0].length, type: 'DATE_OF_BIRTH', confidence: 0.85, key: m[0].replace(/\s/g, '') });
  }
}
