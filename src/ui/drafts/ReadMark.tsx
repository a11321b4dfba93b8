import { Text } from '@mantine/core';
import { IconScan } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** "On the certificate: “…”": the words a field's value was read from, under the field. */
export function ReadMark({ source, credits = false }: { source: string; credits?: boolean }) {
  const { t } = useTranslation();
  return (
    <Text span size="xs" fs="italic" style={{ display: 'block' }}>
      <IconScan size={12} aria-hidden style={{ verticalAlign: '-2px', marginRight: 4 }} />
      {credits ? t('drafts.mark.credits', { source }) : t('drafts.mark.read', { source })}
    </Text>
  );
}

/** A field's own help with the words it was read from after it, when it was read. */
export function withReadMark(help: ReactNode, source: string | undefined): ReactNode {
  if (!source) return help;
  return (
    <>
      {help}
      <ReadMark source={source} />
    </>
  );
}
