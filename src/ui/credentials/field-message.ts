import { useTranslation } from 'react-i18next';

/**
 * A field's error in the person's language: the form's own checks give catalog keys
 * (credentials.check.*); a message from the app's core is already written out.
 */
export function useFieldMessage(): (message: string | undefined) => string | undefined {
  const { t, i18n } = useTranslation();
  const translate = t as unknown as (key: string) => string;
  return (message) => (message !== undefined && i18n.exists(message) ? translate(message) : message);
}
