import { Alert, Anchor, Button, Group, List, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconFileExport } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { OpenItem } from '../../domain/packet';
import { openItemText } from '../../domain/i18n/open-item-words';
import type { MessageKey } from '../../domain/i18n/translator';
import { hrefOf } from '../shell/route';

type Props = {
  items: OpenItem[];
  /** Given on the export step: the person may go ahead, and the cover will list the items. */
  onExportAnyway?(): void;
};

/**
 * The pre-flight check's list: each open item in words, with a link to where it is
 * fixed. On the export step it also offers "Export anyway".
 */
export function OpenItems({ items, onExportAnyway }: Props) {
  const { t } = useTranslation();
  return (
    <Alert
      color="orange"
      variant="light"
      icon={<IconAlertTriangle aria-hidden />}
      title={t('preflight.title', { count: items.length })}
      role={onExportAnyway ? 'alert' : 'status'}
    >
      <Stack gap="sm">
        <Text size="sm">{onExportAnyway ? t('preflight.intro') : t('preflight.checkIntro')}</Text>
        <List spacing={6} size="sm" aria-label={t('preflight.listLabel')}>
          {items.map((item) => (
            <List.Item key={keyOf(item)}>
              <OpenItemLine item={item} />
            </List.Item>
          ))}
        </List>
        {onExportAnyway ? (
          <Group gap="sm">
            <Button
              variant="default"
              leftSection={<IconFileExport size={18} aria-hidden />}
              onClick={onExportAnyway}
            >
              {t('preflight.exportAnyway')}
            </Button>
            <Text size="sm">{t('preflight.exportAnywayHelp')}</Text>
          </Group>
        ) : null}
      </Stack>
    </Alert>
  );
}

function OpenItemLine({ item }: { item: OpenItem }) {
  const { t } = useTranslation();
  const [href, fix] = fixOf(item);
  return (
    <>
      {openItemText(item, t)} <Anchor href={href}>{t(fix)}</Anchor>
    </>
  );
}

/** Where each kind of open item is fixed, and the link's words. */
function fixOf(item: OpenItem): [string, MessageKey] {
  switch (item.code) {
    case 'requirementsNotMet':
      return [hrefOf({ page: 'credential', id: item.credentialId }), 'preflight.openCredential'];
    case 'noCertificate':
      return [hrefOf({ page: 'activity', id: item.activityId }), 'preflight.attachCertificate'];
    case 'noDescription':
      return [hrefOf({ page: 'activity', id: item.activityId }), 'preflight.addDescription'];
    case 'nameDiffers':
      return [hrefOf({ page: 'credential', id: item.credentialId }), 'preflight.checkName'];
  }
}

function keyOf(item: OpenItem): string {
  return item.code === 'requirementsNotMet' || item.code === 'nameDiffers'
    ? item.code
    : `${item.code}-${item.activityId}`;
}
