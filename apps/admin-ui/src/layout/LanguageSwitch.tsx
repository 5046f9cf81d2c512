import { SegmentedControl } from '@mantine/core';
import { LANGUAGES, useI18n, type Language } from '../i18n/i18n';

export function LanguageSwitch() {
  const { language, setLanguage, t } = useI18n();
  return (
    <SegmentedControl
      size="xs"
      aria-label={t('nav.language')}
      value={language}
      onChange={(v) => setLanguage(v as Language)}
      data={LANGUAGES.map((l) => ({ value: l.value, label: l.label }))}
    />
  );
}
