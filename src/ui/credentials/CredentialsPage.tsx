import { Anchor, Button, Card, Group, Modal, Stack, Table, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconCertificate, IconPencil } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { feeTotals, type HeldCredential } from '../../domain/shared-fees';
import { EmptyState } from '../components/EmptyState';
import { ErrorAlert } from '../components/ErrorAlert';
import { formatDate, formatMoney } from '../components/format';
import { useFigures } from '../components/useFigures';
import { PageHeader } from '../components/PageHeader';
import { PageLoader } from '../components/PageLoader';
import {
  credentialLabel,
  useCredentials,
  useSummary,
  useHolder,
  useRulePacks,
} from '../components/portfolio-queries';
import { StatusBadge } from '../components/StatusBadge';
import { HolderForm } from '../setup/HolderForm';
import { hrefOf } from '../shell/route';
import { AddCredentialButton } from './AddCredentialButton';
import { packWithOverrides } from './credential-form';

/** The credentials the holder keeps, and the holder's own details. */
export function CredentialsPage() {
  const credentials = useCredentials();
  const packs = useRulePacks();
  const evaluation = useSummary();
  const failed = credentials.error ?? packs.error;
  const { t } = useTranslation();
  const figures = useFigures();

  return (
    <Stack gap="lg">
      <PageHeader
        title={t('pages.credentials')}
        description={t('credentials.list.description')}
        actions={<AddCredentialButton />}
      />
      {failed && (
        <ErrorAlert
          error={failed}
          title={t('credentials.list.loadFailed')}
          onRetry={() => void Promise.all([credentials.refetch(), packs.refetch()])}
        />
      )}
      {!failed && (!credentials.data || !packs.data) && <PageLoader label={t('credentials.list.loading')} />}
      {credentials.data && credentials.data.length === 0 && (
        <EmptyState
          icon={<IconCertificate size={28} />}
          title={t('credentials.list.emptyTitle')}
          description={t('credentials.list.emptyText')}
          action={<AddCredentialButton />}
        />
      )}
      {credentials.data && packs.data && credentials.data.length > 0 && (
        <Card p={0}>
          <Table.ScrollContainer minWidth={720}>
            <Table aria-label={t('credentials.list.tableLabel')} verticalSpacing="md" horizontalSpacing="lg">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('credentials.list.columnCredential')}</Table.Th>
                  <Table.Th>{t('credentials.list.columnNumber')}</Table.Th>
                  <Table.Th>{t('credentials.list.columnCertified')}</Table.Th>
                  <Table.Th>{t('credentials.list.columnExpires')}</Table.Th>
                  <Table.Th>{t('credentials.list.columnStatus')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {credentials.data.map((credential) => {
                  const pack = packs.data.find((p) => p.id === credential.rulePackId);
                  const standing = evaluation.data?.credentials.find((c) => c.credentialId === credential.id);
                  return (
                    <Table.Tr key={credential.id}>
                      <Table.Td>
                        <Anchor href={hrefOf({ page: 'credential', id: credential.id })} fw={600}>
                          {pack ? credentialLabel(pack) : credential.rulePackId}
                        </Anchor>
                        {!pack && (
                          <Text size="xs" c="var(--ceu-danger-text)">
                            {t('credentials.list.packMissing')}
                          </Text>
                        )}
                      </Table.Td>
                      <Table.Td>
                        {credential.credentialNumber || (
                          <Text c="dimmed" size="sm">
                            —
                          </Text>
                        )}
                      </Table.Td>
                      <Table.Td style={{ whiteSpace: 'nowrap' }}>
                        {formatDate(credential.certifiedOn)}
                      </Table.Td>
                      <Table.Td style={{ whiteSpace: 'nowrap' }}>
                        {standing ? (
                          <>
                            {formatDate(standing.cycle.end)}
                            <Text size="xs" c="dimmed">
                              {figures.daysLeft(standing.daysLeft)}
                            </Text>
                          </>
                        ) : (
                          formatDate(credential.expiresOn)
                        )}
                      </Table.Td>
                      <Table.Td>
                        {standing ? <StatusBadge status={standing.status} size="md" /> : '—'}
                      </Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Card>
      )}
      {credentials.data && packs.data && <FeeTotals held={held(credentials.data, packs.data)} />}
      <HolderCard />
    </Stack>
  );
}

function held(
  credentials: NonNullable<ReturnType<typeof useCredentials>['data']>,
  packs: NonNullable<ReturnType<typeof useRulePacks>['data']>,
): HeldCredential[] {
  return credentials.flatMap((c) => {
    const pack = packs.find((p) => p.id === c.rulePackId);
    return pack ? [{ id: c.id, pack: packWithOverrides(pack, c.overrides) }] : [];
  });
}

/** What the fees come to across the credentials, a fee that covers several once. */
function FeeTotals({ held }: { held: HeldCredential[] }) {
  const { t } = useTranslation();
  const totals = feeTotals(held);
  if (held.length < 2 || totals.year + totals.renewal === 0) return null;
  return (
    <Text size="sm" c="dimmed">
      {t('credentials.list.feeTotals', {
        year: formatMoney(totals.year),
        renewal: formatMoney(totals.renewal),
      })}
    </Text>
  );
}

/** The holder's details: the name reviewers compare with every certificate. */
function HolderCard() {
  const holder = useHolder();
  const { t } = useTranslation();
  const [editing, editor] = useDisclosure(false);
  const details = holder.data;
  return (
    <Card component="section" aria-labelledby="your-details">
      <Group justify="space-between" align="flex-start">
        <div>
          <Title order={2} fz="lg" id="your-details">
            {t('credentials.holder.title')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('credentials.holder.help')}
          </Text>
        </div>
        <Button variant="default" leftSection={<IconPencil size={16} aria-hidden />} onClick={editor.open}>
          {t('credentials.holder.edit')}
        </Button>
      </Group>
      {holder.isError && <ErrorAlert error={holder.error} onRetry={() => holder.refetch()} />}
      {details && (
        <Stack gap={2} mt="md">
          <Text fw={600}>{details.fullName}</Text>
          {[details.email, details.phone].filter(Boolean).length > 0 && (
            <Text size="sm">{[details.email, details.phone].filter(Boolean).join(' · ')}</Text>
          )}
          {details.address && (
            <Text size="sm" style={{ whiteSpace: 'pre-line' }}>
              {details.address}
            </Text>
          )}
          {details.memberNumbers.map((member) => (
            <Text size="sm" key={`${member.body}-${member.number}`}>
              {t('credentials.holder.memberNumber', { body: member.body, number: member.number })}
            </Text>
          ))}
        </Stack>
      )}
      {holder.isSuccess && !details && (
        <Text size="sm" mt="md">
          {t('credentials.holder.notEntered')}
        </Text>
      )}
      <Modal opened={editing} onClose={editor.close} title={t('credentials.holder.title')} size="lg">
        <HolderForm
          holder={details ?? null}
          submitLabel={t('credentials.holder.save')}
          onCancel={editor.close}
          onSaved={() => {
            editor.close();
            notifications.show({
              color: 'green',
              title: t('credentials.holder.saved'),
              message: t('credentials.holder.savedText'),
            });
          }}
        />
      </Modal>
    </Card>
  );
}
