import { SegmentedControl } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { messageOf } from '../api/client';
import { useTranslation } from 'react-i18next';
import { type Language, languageNames } from '../../domain/i18n/languages';
import { useLanguageChoice } from './LanguageProvider';

/**
 * English or Español, one click, on the welcome page: a person whose computer is set to
 * English can still start in Spanish. Each language is named in itself.
 */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const { choose } = useLanguageChoice();
  return (
    <SegmentedControl
      size="xs"
      aria-label={t('language.title')}
      value={i18n.language}
      onChange={(value) =>
        void choose(value as Language).catch((error: unknown) =>
          notifications.show({ color: 'red', title: t('language.saveFailed'), message: messageOf(error) }),
        )
      }
      data={(['en', 'es'] as const).map((value) => ({
        value,
        label: <span lang={value}>{languageNames[value]}</span>,
      }))}
    />
  );
}
