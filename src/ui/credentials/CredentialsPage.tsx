import { Anchor, Button, Card, Group, Modal, Stack, Table, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconCertificate, IconPencil } from '@tabler/icons-react';
import { EmptyState } from '../components/EmptyState';
import { ErrorAlert } from '../components/ErrorAlert';
import { formatDate, formatDaysLeft } from '../components/format';
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

/** The credentials the holder keeps, and the holder's own details. */
export function CredentialsPage() {
  const credentials = useCredentials();
  const packs = useRulePacks();
  const evaluation = useSummary();
  const failed = credentials.error ?? packs.error;

  return (
    <Stack gap="lg">
      <PageHeader
        title="Credentials"
        description="The certifications you renew. Each follows a rule pack that says what counts."
        actions={<AddCredentialButton />}
      />
      {failed && (
        <ErrorAlert
          error={failed}
          title="Your credentials could not be loaded"
          onRetry={() => void Promise.all([credentials.refetch(), packs.refetch()])}
        />
      )}
      {!failed && (!credentials.data || !packs.data) && <PageLoader label="Loading your credentials" />}
      {credentials.data && credentials.data.length === 0 && (
        <EmptyState
          icon={<IconCertificate size={28} />}
          title="No credentials yet"
          description="Add the credential you hold, for example CMA (AAMA), with the date you certified or last recertified."
          action={<AddCredentialButton />}
        />
      )}
      {credentials.data && packs.data && credentials.data.length > 0 && (
        <Card p={0}>
          <Table.ScrollContainer minWidth={720}>
            <Table aria-label="Your credentials" verticalSpacing="md" horizontalSpacing="lg">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Credential</Table.Th>
                  <Table.Th>Number</Table.Th>
                  <Table.Th>Certified</Table.Th>
                  <Table.Th>Expires</Table.Th>
                  <Table.Th>Status</Table.Th>
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
                          <Text size="xs" c="red.8">
                            Its rule pack is missing: open it and choose another.
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
                              {formatDaysLeft(standing.daysLeft)}
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
      <HolderCard />
    </Stack>
  );
}

/** The holder's details: the name reviewers compare with every certificate. */
function HolderCard() {
  const holder = useHolder();
  const [editing, editor] = useDisclosure(false);
  const details = holder.data;
  return (
    <Card component="section" aria-labelledby="your-details">
      <Group justify="space-between" align="flex-start">
        <div>
          <Title order={2} fz="lg" id="your-details">
            Your details
          </Title>
          <Text size="sm" c="dimmed">
            Printed on your packets. Your name must match your certificates.
          </Text>
        </div>
        <Button variant="default" leftSection={<IconPencil size={16} aria-hidden />} onClick={editor.open}>
          Edit your details
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
              {member.body} member no. {member.number}
            </Text>
          ))}
        </Stack>
      )}
      {holder.isSuccess && !details && (
        <Text size="sm" mt="md">
          Not entered yet. Add your name as printed on your certificates.
        </Text>
      )}
      <Modal opened={editing} onClose={editor.close} title="Your details" size="lg">
        <HolderForm
          holder={details ?? null}
          submitLabel="Save"
          onCancel={editor.close}
          onSaved={() => {
            editor.close();
            notifications.show({ color: 'green', title: 'Saved', message: 'Your details are up to date.' });
          }}
        />
      </Modal>
    </Card>
  );
}
