import { useState } from 'react';
import { Button, Stack } from '@mantine/core';
import { IconClipboardCheck, IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Audit } from '../../domain/audit';
import { useActivities } from '../activities/activity-queries';
import { EmptyState } from '../components/EmptyState';
import { ErrorAlert } from '../components/ErrorAlert';
import { PageHeader } from '../components/PageHeader';
import { PageLoader } from '../components/PageLoader';
import {
  credentialShortLabel,
  useCredentials,
  useRulePacks,
  useSummary,
} from '../components/portfolio-queries';
import { localToday } from './audit-dates';
import { AuditCard } from './AuditCard';
import { AuditForm } from './AuditForm';
import { useAudits } from './audit-queries';

/**
 * Audits received, open ones first by deadline: each answered with a packet of just the
 * activities it names, and kept here, its deadline on the dashboard, until marked answered.
 */
export function AuditsPage() {
  const { t } = useTranslation();
  const audits = useAudits();
  const credentials = useCredentials();
  const rulePacks = useRulePacks();
  const activities = useActivities();
  const summary = useSummary();
  // null: closed; 'new': a new audit; an audit: editing it.
  const [editing, setEditing] = useState<Audit | 'new' | null>(null);

  const failed = audits.error ?? credentials.error ?? rulePacks.error ?? activities.error;
  if (failed) {
    return (
      <>
        <PageHeader title={t('audits.title')} />
        <ErrorAlert
          error={failed}
          title={t('audits.loadFailed')}
          onRetry={() => {
            void audits.refetch();
            void credentials.refetch();
            void rulePacks.refetch();
            void activities.refetch();
          }}
        />
      </>
    );
  }
  if (!audits.data || !credentials.data || !rulePacks.data || !activities.data)
    return <PageLoader label={t('audits.loading')} />;

  const today = summary.data?.asOf ?? localToday();
  const nameOf = (credentialId: number) => {
    const credential = credentials.data.find((c) => c.id === credentialId);
    const pack = credential && rulePacks.data.find((p) => p.id === credential.rulePackId);
    return pack ? credentialShortLabel(pack) : '';
  };
  const canRecord = credentials.data.length > 0;

  return (
    <>
      <PageHeader
        title={t('audits.title')}
        description={t('audits.description')}
        actions={
          canRecord ? (
            <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setEditing('new')}>
              {t('audits.record')}
            </Button>
          ) : null
        }
      />
      {audits.data.length === 0 ? (
        <EmptyState
          icon={<IconClipboardCheck size={32} aria-hidden />}
          title={t('audits.emptyTitle')}
          description={canRecord ? t('audits.emptyText') : t('audits.noCredentials')}
        />
      ) : (
        <Stack gap="lg">
          {audits.data.map((audit) => (
            <AuditCard
              key={audit.id}
              audit={audit}
              credentialName={nameOf(audit.credentialId)}
              activities={activities.data}
              today={today}
              onEdit={() => setEditing(audit)}
            />
          ))}
        </Stack>
      )}
      {editing !== null ? (
        <AuditForm
          opened
          onClose={() => setEditing(null)}
          audit={editing === 'new' ? undefined : editing}
          credentials={credentials.data}
          rulePacks={rulePacks.data}
          activities={activities.data}
        />
      ) : null}
    </>
  );
}
