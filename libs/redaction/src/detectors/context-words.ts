/**
 * Context vocabularies. A detector that needs context looks at a bounded window before the
 * value (never the whole text), lower-cased; matching is `includes`, so cost is bounded by
 * window size × number of words.
 */
export const PHONE_CONTEXT = [
  'phone', 'tel', 'mobile', 'cell', 'number', 'call', 'landline', 'whatsapp', 'signal', 'text me', 'sms', 'contact', 'ring', 'dial', 'fax', 'hotline', 'no.',
  '电话', '電話', '手机', '手機', '号码', '號碼', '联系', '聯繫', '聯絡', '致电', '致電', '来电', '來電', '座机', '座機', '热线', '熱線', '打给', '打給', '短信', '简讯', '簡訊',
];

export function hasContext(window: string, words: readonly string[]): boolean {
  for (const w of words) if (window.includes(w)) return true;
  return false;
}
