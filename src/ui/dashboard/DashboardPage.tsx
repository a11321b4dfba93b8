import { useWithPlan } from '../plan/plan-queries';
import { useTranslation } from 'react-i18next';
import { AddFromCertificates } from '../drafts/AddFromCertificates';
import { Alert, Button, Group, SimpleGrid, Skeleton, Stack } from '@mantine/core';
import { IconCertificate, IconPlus, IconSparkles } from '@tabler/icons-react';
import { EmptyState } from '../components/EmptyState';
import { ErrorAlert } from '../components/ErrorAlert';
import { formatDate } from '../components/format';
import { PageHeader } from '../components/PageHeader';
import { useHolder, useSummary } from '../components/portfolio-queries';
import { AddCredentialButton } from '../credentials/AddCredentialButton';
import { hrefOf } from '../shell/route';
import { CredentialCard } from './CredentialCard';
import { UpcomingPanel } from './UpcomingPanel';
import { localToday } from '../audits/audit-dates';
import { OpenAudits } from '../audits/OpenAudits';
import { UpdatesQuestion } from '../updates/UpdatesQuestion';

/**
 * Every credential at a glance. The standing comes from one `summarize` call: the rules
 * engine runs in the main process and sends each credential's standing without its
 * per-activity list, so a portfolio of thousands opens as fast as a small one.
 */
export function DashboardPage() {
  const evaluation = useSummary();
  const holder = useHolder();
  const withPlan = useWithPlan();
  const { t } = useTranslation();
  const firstName = holder.data?.fullName.split(/\s+/)[0];
  const credentials = evaluation.data?.credentials ?? [];
  const noActivities =
    credentials.length > 0 &&
    credentials.every(
      (c) => c.activityCounts.counted + c.activityCounts.partly + c.activityCounts.notCounted === 0,
    );

  return (
    <Stack gap="lg">
      <PageHeader
        title={firstName ? t('dashboard.hello', { name: firstName }) : t('pages.dashboard')}
        description={
          evaluation.data
            ? t('dashboard.asOf', { date: formatDate(evaluation.data.asOf) })
            : t('dashboard.today')
        }
        actions={
          <Button
            component="a"
            href={hrefOf({ page: 'activity' })}
            leftSection={<IconPlus size={16} aria-hidden />}
          >
            {t('dashboard.addActivity')}
          </Button>
        }
      />

      {credentials.length > 0 && <AddFromCertificates />}

      <OpenAudits today={evaluation.data?.asOf ?? localToday()} />

      {evaluation.isPending && (
        <SimpleGrid cols={{ base: 1, md: 2 }} aria-busy="true" aria-label={t('dashboard.loading')}>
          <Skeleton height={420} radius="md" />
          <Skeleton height={420} radius="md" />
        </SimpleGrid>
      )}

      {evaluation.isError && (
        <ErrorAlert
          error={evaluation.error}
          title={t('dashboard.failed')}
          onRetry={() => evaluation.refetch()}
        />
      )}

      {evaluation.isSuccess && credentials.length === 0 && (
        <EmptyState
          icon={<IconCertificate size={28} />}
          title={t('dashboard.addCredentialTitle')}
          description={t('dashboard.addCredentialText')}
          action={<AddCredentialButton />}
        />
      )}

      {noActivities && (
        <Alert
          variant="light"
          color="ocean"
          icon={<IconSparkles aria-hidden />}
          title={t('dashboard.firstActivityTitle')}
        >
          <Stack gap="sm" align="flex-start">
            {t('dashboard.firstActivityText')}
            <Button
              component="a"
              href={hrefOf({ page: 'activity' })}
              size="xs"
              leftSection={<IconPlus size={14} aria-hidden />}
            >
              {t('dashboard.firstActivityTitle')}
            </Button>
          </Stack>
        </Alert>
      )}

      {credentials.length > 0 && <UpcomingPanel credentials={credentials} />}

      {credentials.length > 0 && (
        <SimpleGrid cols={{ base: 1, lg: credentials.length === 1 ? 1 : 2 }} spacing="lg">
          {credentials.map((credential) => (
            <CredentialCard
              key={credential.credentialId}
              evaluation={credential}
              wide={credentials.length === 1}
              withPlan={withPlan.data?.find((w) => w.credentialId === credential.credentialId)}
            />
          ))}
        </SimpleGrid>
      )}

      {/* Asked once, below what a new person came for. */}
      {credentials.length > 0 && <UpdatesQuestion />}

      {credentials.length > 0 && (
        <Group justify="center">
          <AddCredentialButton variant="subtle" label={t('dashboard.addAnotherCredential')} />
        </Group>
      )}
    </Stack>
  );
}
