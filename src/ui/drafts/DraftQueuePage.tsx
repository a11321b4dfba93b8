import {
  Alert,
  Badge,
  Button,
  Group,
  Loader,
  Menu,
  Paper,
  Progress,
  Skeleton,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconAlertTriangle, IconChecklist, IconLink, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Draft } from '../../domain/drafts';
import type { MessageKey } from '../../domain/i18n/translator';
import { messageOf } from '../api/client';
import { CertificatePreview } from '../certificates/CertificatePreview';
import { ConfirmDelete } from '../components/ConfirmDelete';
import { ErrorAlert } from '../components/ErrorAlert';
import { formatDate } from '../components/format';
import { PageHeader } from '../components/PageHeader';
import { hrefOf } from '../shell/route';
import { AddFromCertificates } from './AddFromCertificates';
import { useDiscardDraft, useDrafts, useJoinDrafts } from './draft-queries';
import { draftTitle, statusWords } from './draft-words';

const statusColors: Record<Draft['status'], string> = { reading: 'gray', ready: 'teal', failed: 'red' };

/**
 * The review queue: every draft read from a certificate, with how far reading has come.
 * Each is checked and confirmed in the activity form, discarded, or joined with another
 * as the back of one card. The window never waits: reading happens on worker threads.
 */
export function DraftQueuePage() {
  const { t } = useTranslation();
  const drafts = useDrafts();
  const [discarding, setDiscarding] = useState<Draft | null>(null);
  const discard = useDiscardDraft();
  const list = drafts.data ?? [];
  const reading = list.filter((draft) => draft.status === 'reading').length;

  return (
    <>
      <PageHeader title={t('drafts.title')} description={t('drafts.intro')} />
      <Stack gap="lg">
        <AddFromCertificates openQueue={false} />
        {/* Always there, so the reading count is announced; no box (and no gap) while empty. */}
        <div role="status" aria-live="polite" style={{ display: reading > 0 ? 'block' : 'contents' }}>
          {reading > 0 ? (
            <Paper withBorder p="sm" radius="md">
              <Group gap="sm" wrap="nowrap">
                <Loader size="sm" aria-hidden />
                <Text size="sm">{t('drafts.reading', { count: reading })}</Text>
              </Group>
              <Progress
                mt="xs"
                value={(100 * (list.length - reading)) / list.length}
                aria-label={t('drafts.reading', { count: reading })}
              />
            </Paper>
          ) : null}
        </div>
        {drafts.isError ? (
          <ErrorAlert error={drafts.error} title={t('drafts.title')} onRetry={() => void drafts.refetch()} />
        ) : drafts.isPending ? (
          <Skeleton height={120} radius="md" />
        ) : list.length === 0 ? (
          <Text c="dimmed">{t('drafts.empty')}</Text>
        ) : (
          <Stack
            component="ul"
            gap="sm"
            p={0}
            m={0}
            aria-label={t('drafts.listLabel')}
            style={{ listStyle: 'none' }}
          >
            {list.map((draft) => (
              <DraftRow key={draft.id} draft={draft} others={list} onDiscard={() => setDiscarding(draft)} />
            ))}
          </Stack>
        )}
      </Stack>
      <ConfirmDelete
        opened={discarding !== null}
        onClose={() => setDiscarding(null)}
        title={t('drafts.discardTitle')}
        confirmLabel={t('drafts.discard')}
        onConfirm={async () => {
          await discard.mutateAsync(discarding!.id);
          notifications.show({ color: 'gray', message: t('drafts.discarded') });
        }}
      >
        {discarding ? t('drafts.discardText', { title: draftTitle(discarding) }) : null}
      </ConfirmDelete>
    </>
  );
}

function DraftRow({ draft, others, onDiscard }: { draft: Draft; others: Draft[]; onDiscard(): void }) {
  const { t } = useTranslation();
  const join = useJoinDrafts();
  const title = draftTitle(draft) || t('drafts.untitled');
  const first = draft.certificates[0];
  const completedOn = draft.edits?.completedOn ?? draft.read?.completedOn?.value ?? null;
  const backs = others.filter((other) => other.id !== draft.id);
  return (
    <Paper component="li" withBorder radius="md" p="md" aria-label={title}>
      <Group align="flex-start" wrap="nowrap" gap="md">
        {first ? <CertificatePreview certificate={first} width={96} /> : null}
        <Stack gap={6} style={{ flex: 1, minWidth: 0 }}>
          <Group gap="xs" wrap="wrap">
            <Title order={2} size="h5" style={{ overflowWrap: 'anywhere' }}>
              {title}
            </Title>
            <Badge variant="light" color={statusColors[draft.status]}>
              {t(statusWords[draft.status])}
            </Badge>
          </Group>
          <Text size="sm" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
            {draft.certificates.map((c) => c.fileName).join(' + ')} ·{' '}
            {t('drafts.files', { count: draft.certificates.length })}
            {completedOn ? ` · ${t('drafts.completedOn', { date: formatDate(completedOn) })}` : ''}
          </Text>
          {draft.status === 'failed' && draft.failure ? (
            <Text size="sm">{t(draft.failure.key as MessageKey, draft.failure.values)}</Text>
          ) : null}
          {draft.nameMismatch ? (
            <Alert variant="light" color="yellow" p="xs" icon={<IconAlertTriangle size={16} aria-hidden />}>
              <Text size="sm">
                {t('drafts.nameWarning', {
                  read: draft.nameMismatch.read,
                  holder: draft.nameMismatch.holder,
                })}
              </Text>
            </Alert>
          ) : null}
          <Group gap="xs" mt={4}>
            {draft.status !== 'reading' ? (
              <Button
                component="a"
                href={hrefOf({ page: 'drafts', id: draft.id })}
                size="xs"
                leftSection={<IconChecklist size={14} aria-hidden />}
                aria-label={
                  draft.status === 'failed'
                    ? t('drafts.fillInNamed', { title })
                    : t('drafts.reviewNamed', { title })
                }
              >
                {draft.status === 'failed' ? t('drafts.fillIn') : t('drafts.review')}
              </Button>
            ) : null}
            {backs.length > 0 ? (
              <Menu position="bottom-start" withinPortal>
                <Menu.Target>
                  <Button
                    size="xs"
                    variant="default"
                    leftSection={<IconLink size={14} aria-hidden />}
                    aria-label={t('drafts.joinNamed', { title })}
                    loading={join.isPending}
                  >
                    {t('drafts.join')}
                  </Button>
                </Menu.Target>
                <Menu.Dropdown>
                  <Menu.Label>{t('drafts.joinMenu')}</Menu.Label>
                  {backs.map((back) => (
                    <Menu.Item
                      key={back.id}
                      onClick={() =>
                        join.mutate(
                          { frontId: draft.id, backId: back.id },
                          {
                            onSuccess: () =>
                              notifications.show({ color: 'teal', message: t('drafts.joined') }),
                            onError: (error) =>
                              notifications.show({ color: 'red', message: messageOf(error) }),
                          },
                        )
                      }
                    >
                      {draftTitle(back) || t('drafts.untitled')}
                    </Menu.Item>
                  ))}
                </Menu.Dropdown>
              </Menu>
            ) : null}
            <Button
              size="xs"
              variant="subtle"
              color="red"
              leftSection={<IconTrash size={14} aria-hidden />}
              onClick={onDiscard}
              aria-label={t('drafts.discardNamed', { title })}
            >
              {t('drafts.discard')}
            </Button>
          </Group>
        </Stack>
      </Group>
    </Paper>
  );
}
