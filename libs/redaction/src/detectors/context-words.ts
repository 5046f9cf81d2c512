import { KeywordGate } from '../text-scan';

/**
 * A context vocabulary. A detector that needs context looks at a bounded window before the
 * value (never the whole text) for any of the words, ignoring ASCII case: one compiled
 * alternation, so the cost is bounded by window size × vocabulary.
 */
export class ContextWords {
  private readonly pattern: RegExp;

  constructor(words: readonly string[]) {
    this.pattern = new RegExp(words.map((w) => w.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')).join('|'), 'i');
  }

  /** Whether one of the words occurs within the `size` units before `end`. */
  before(text: string, end: number, size: number): boolean {
    return this.pattern.test(text.slice(Math.max(0, end - size), end));
  }
}

export const PHONE_CONTEXT = new ContextWords([
  'phone', 'tel', 'mobile', 'cell', 'number', 'call', 'landline', 'whatsapp', 'signal', 'text me', 'sms', 'contact', 'ring', 'dial', 'fax', 'hotline', 'no.',
  '电话', '電話', '手机', '手機', '号码', '號碼', '联系', '聯繫', '聯絡', '致电', '致電', '来电', '來電', '座机', '座機', '热线', '熱線', '打给', '打給', '短信', '简讯', '簡訊',
]);

/**
 * An alternative of a keyword pattern: a literal (also the word its matches contain), or a
 * pattern with a word that every match of it contains ("licen[cs]e plates?" → "plate").
 */
export type KeywordAlternative = string | readonly [pattern: string, word: string];

/**
 * A global regular expression of alternatives, with the gate (see `KeywordGate`) that lets a
 * detector skip a text holding none of their words. Built from one list, so the two agree.
 */
export function keywordPattern(alternatives: readonly KeywordAlternative[], flags: string): { pattern: RegExp; gate: KeywordGate } {
  const sources: string[] = [];
  const words: string[] = [];
  for (const alternative of alternatives) {
    if (typeof alternative === 'string') {
      if (/[\\^$.*+?()[\]{}|/]/.test(alternative)) throw new Error(`keywordPattern: "${alternative}" is not a literal; give its word`);
      sources.push(alternative);
      words.push(alternative);
    } else {
      sources.push(alternative[0]);
      words.push(alternative[1]);
    }
  }
  return { pattern: new RegExp(sources.join('|'), flags), gate: new KeywordGate(words) };
}
