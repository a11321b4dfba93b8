import { Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useState } from 'react';

/**
 * "Skip to content" for keyboard users: the first thing Tab reaches, shown only while
 * focused. A button rather than a #link, because the hash holds the current page.
 */
export function SkipLink({ onSkip }: { onSkip: () => void }) {
  const [visible, setVisible] = useState(false);
  const { t } = useTranslation();
  return (
    <Button
      size="xs"
      onClick={onSkip}
      onFocus={() => setVisible(true)}
      onBlur={() => setVisible(false)}
      style={{
        position: 'fixed',
        top: 8,
        left: visible ? 8 : -10_000,
        zIndex: 1000,
      }}
    >
      {t('shell.skipToContent')}
    </Button>
  );
}
