import { REPORT_LANGUAGES } from '../submissions/submit-report.request.dto';

export type FormLanguage = (typeof REPORT_LANGUAGES)[number];

export function isFormLanguage(value: unknown): value is FormLanguage {
  return typeof value === 'string' && (REPORT_LANGUAGES as readonly string[]).includes(value);
}

/** Maps one Accept-Language tag to a page language, or null if we have none for it. */
function languageForTag(tag: string): FormLanguage | null {
  const parts = tag.toLowerCase().split('-');
  if (parts[0] === 'en') return 'en';
  if (parts[0] !== 'zh') return null;
  // An explicit script subtag wins over the region (zh-Hans-HK is Simplified).
  if (parts.includes('hant')) return 'zh-Hant';
  if (parts.includes('hans')) return 'zh-Hans';
  return parts.some((p) => p === 'tw' || p === 'hk' || p === 'mo') ? 'zh-Hant' : 'zh-Hans';
}

/** The best page language in an Accept-Language header (by q, then order), or null. */
export function languageFromAcceptLanguage(header: string | undefined): FormLanguage | null {
  if (!header || header.length > 1000) return null;
  const ranked = header
    .split(',')
    .slice(0, 50)
    .map((item, index) => {
      const [tag, ...params] = item.trim().split(';');
      const q = params.map((p) => /^\s*q\s*=\s*([01](?:\.\d{0,3})?)\s*$/i.exec(p)).find(Boolean);
      return { language: languageForTag(tag.trim()), q: q ? Number(q[1]) : 1, index };
    })
    .filter((c): c is { language: FormLanguage; q: number; index: number } => c.language !== null && c.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index);
  return ranked[0]?.language ?? null;
}

/** The link choice (`?lang=` or the form's hidden field) wins, then Accept-Language, then English. */
export function chooseLanguage(explicit: unknown, acceptLanguage: string | undefined): FormLanguage {
  if (isFormLanguage(explicit)) return explicit;
  return languageFromAcceptLanguage(acceptLanguage) ?? 'en';
}
