import { Alert, Button } from '@mantine/core';
import { IconLanguage } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

const seenKey = 'ceu.packetLanguageNoticeSeen';

function alreadySeen(): boolean {
  try {
    return window.localStorage.getItem(seenKey) === '1';
  } catch {
    return false;
  }
}

/**
 * For a person using the app in a language other than English: the packet is written in
 * English, since it goes to the certifying body. Said once, until they dismiss it.
 */
export function PacketLanguageNotice() {
  const { t, i18n } = useTranslation();
  const [seen, setSeen] = useState(alreadySeen);
  if (i18n.language === 'en' || seen) return null;
  const dismiss = () => {
    try {
      window.localStorage.setItem(seenKey, '1');
    } catch {
      // Without storage the notice shows again next time: harmless.
    }
    setSeen(true);
  };
  return (
    <Alert
      variant="light"
      color="ocean"
      icon={<IconLanguage size={18} aria-hidden />}
      title={t('packet.englishTitle')}
      role="note"
    >
      {t('packet.englishText')}{' '}
      <Button size="compact-sm" variant="subtle" onClick={dismiss}>
        {t('packet.englishUnderstood')}
      </Button>
    </Alert>
  );
}
