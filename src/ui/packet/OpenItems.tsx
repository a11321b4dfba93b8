import { Alert, Anchor, Button, Group, List, Stack, Text } from '@mantine/core';
import { useFigures } from '../components/useFigures';
import { IconAlertTriangle, IconFileExport } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { OpenItem } from '../../domain/packet';
import { formatNumber } from '../../domain/units';
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
  const figures = useFigures();
  switch (item.code) {
    case 'requirementsNotMet':
      return (
        <>
          {item.stillNeeded > 0
            ? t('preflight.requirementsNotMet', {
                credential: item.credential,
                needed: `${formatNumber(item.stillNeeded)} ${figures.pointWord(item.pointName, item.stillNeeded)}`,
              })
            : t('preflight.requirementsNotMetNoCount', { credential: item.credential })}{' '}
          <Anchor href={hrefOf({ page: 'credential', id: item.credentialId })}>
            {t('preflight.openCredential')}
          </Anchor>
        </>
      );
    case 'noCertificate':
      return (
        <>
          {t('preflight.noCertificate', { title: item.activityTitle })}{' '}
          <Anchor href={hrefOf({ page: 'activity', id: item.activityId })}>
            {t('preflight.attachCertificate')}
          </Anchor>
        </>
      );
    case 'noDescription':
      return (
        <>
          {t('preflight.noDescription', { title: item.activityTitle })}{' '}
          <Anchor href={hrefOf({ page: 'activity', id: item.activityId })}>
            {t('preflight.addDescription')}
          </Anchor>
        </>
      );
    case 'nameDiffers':
      return (
        <>
          {t('preflight.nameDiffers', {
            credential: item.credential,
            coverName: item.coverName,
            nameOnRecord: item.nameOnRecord,
          })}{' '}
          <Anchor href={hrefOf({ page: 'credential', id: item.credentialId })}>
            {t('preflight.checkName')}
          </Anchor>
        </>
      );
  }
}

function keyOf(item: OpenItem): string {
  return item.code === 'requirementsNotMet' || item.code === 'nameDiffers'
    ? item.code
    : `${item.code}-${item.activityId}`;
}
