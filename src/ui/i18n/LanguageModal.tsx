import { Button, Group, Modal, Radio, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type LanguageChoice, languageNames } from '../../domain/i18n/languages';
import { ErrorAlert } from '../components/ErrorAlert';
import { useLanguageChoice } from './LanguageProvider';

/** The Portfolio menu's "Language…": the system's, English or Spanish, remembered. */
export function LanguageModal({ opened, onClose }: { opened: boolean; onClose(): void }) {
  const { t } = useTranslation();
  const { choice, systemLanguage, choose } = useLanguageChoice();
  const [error, setError] = useState<unknown>(null);
  const pick = (value: string) => {
    setError(null);
    choose(value as LanguageChoice).catch(setError);
  };
  return (
    <Modal opened={opened} onClose={onClose} title={t('language.title')} centered>
      <Stack gap="md">
        <Radio.Group value={choice} onChange={pick} label={t('language.label')}>
          <Stack gap="xs" mt="xs">
            <Radio value="system" label={t('language.system', { language: languageNames[systemLanguage] })} />
            {/* Each language is named in itself, so a person can find their own. */}
            <Radio value="en" label={languageNames.en} lang="en" />
            <Radio value="es" label={languageNames.es} lang="es" />
          </Stack>
        </Radio.Group>
        <Text size="sm" c="dimmed">
          {t('language.packetNote')}
        </Text>
        {error ? <ErrorAlert error={error} title={t('language.saveFailed')} /> : null}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('language.close')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
