import 'i18next';
import type { EnglishCatalog } from '../../domain/i18n/messages/en';

// `t('trash.title')` is checked against the English catalog: a key that does not exist is a type error.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: EnglishCatalog };
  }
}
