import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import { en, incidentTypeZh, zhHans, type MessageKey, type Messages } from './messages';

export const LANGUAGES = [
  { value: 'en', label: 'English', messages: en as Messages },
  { value: 'zh-Hans', label: '简体中文', messages: zhHans },
] as const;
export type Language = (typeof LANGUAGES)[number]['value'];

/**
 * The interface language is a preference of the person, remembered per username in this
 * browser's localStorage (only the language code: no report data is ever stored).
 */
const storageKey = (username: string | null) => `tnr-admin-language${username ? `:${username}` : ''}`;

function stored(username: string | null): Language | null {
  try {
    const v = window.localStorage.getItem(storageKey(username));
    return LANGUAGES.some((l) => l.value === v) ? (v as Language) : null;
  } catch {
    return null;
  }
}

function initial(): Language {
  return stored(null) ?? (navigator.language.toLowerCase().startsWith('zh') ? 'zh-Hans' : 'en');
}

interface I18n {
  language: Language;
  setLanguage(language: Language): void;
  /** Switch to the language this user chose before (after login). */
  adoptUserPreference(username: string): void;
  t(key: MessageKey, values?: Record<string, string | number>): string;
  incidentType(id: string, fallback?: string): string;
  formatDate(isoDay: string): string;
}

const I18nContext = createContext<I18n | null>(null);

export function I18nProvider({ children }: { children: ReactNode }) {
  const [language, setLanguageState] = useState<Language>(initial);
  const [username, setUsername] = useState<string | null>(null);

  const setLanguage = useCallback(
    (next: Language) => {
      setLanguageState(next);
      document.documentElement.lang = next;
      try {
        window.localStorage.setItem(storageKey(null), next);
        if (username) window.localStorage.setItem(storageKey(username), next);
      } catch {
        // Storage may be disabled: the choice lasts for this page.
      }
    },
    [username],
  );

  const adoptUserPreference = useCallback((name: string) => {
    setUsername(name);
    const preferred = stored(name);
    if (preferred) {
      setLanguageState(preferred);
      document.documentElement.lang = preferred;
    }
  }, []);

  const value = useMemo<I18n>(() => {
    const messages = LANGUAGES.find((l) => l.value === language)?.messages ?? en;
    document.documentElement.lang = language;
    return {
      language,
      setLanguage,
      adoptUserPreference,
      t: (key, values) => {
        let text: string = messages[key] ?? en[key];
        for (const [name, v] of Object.entries(values ?? {})) text = text.split(`{${name}}`).join(String(v));
        return text;
      },
      incidentType: (id, fallback) => (language === 'zh-Hans' ? incidentTypeZh[id] : undefined) ?? fallback ?? id,
      formatDate: (isoDay) => new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(isoDay.length === 10 ? `${isoDay}T00:00:00Z` : isoDay)),
    };
  }, [language, setLanguage, adoptUserPreference]);

  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const ctx = useContext(I18nContext);
  if (!ctx) throw new Error('useI18n outside I18nProvider');
  return ctx;
}
