import { useState } from 'react';
import { Alert, Button, Stack } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { PlannedActivity } from '../../domain/plan/planned';
import { localToday } from '../audits/audit-dates';
import { ErrorAlert } from '../components/ErrorAlert';
import { PageHeader } from '../components/PageHeader';
import { PageLoader } from '../components/PageLoader';
import { useCredentials, useRulePacks } from '../components/portfolio-queries';
import { CatalogueSection } from './CatalogueSection';
import { MakePlan } from './MakePlan';
import { PlannedForm } from './PlannedForm';
import { PlannedSection } from './PlannedSection';
import { useCatalogue, usePlanned } from './plan-queries';

/**
 * The plan to the deadline: the activities the person means to take (never counted
 * until done), the cheapest plan that finishes every credential in time, and the
 * catalogue it chooses from.
 */
export function PlanPage() {
  const { t } = useTranslation();
  const planned = usePlanned();
  const credentials = useCredentials();
  const rulePacks = useRulePacks();
  const catalogue = useCatalogue();
  // null: closed; 'new': a new planned activity; else the one being changed.
  const [editing, setEditing] = useState<PlannedActivity | 'new' | null>(null);

  const failed = planned.error ?? credentials.error ?? rulePacks.error ?? catalogue.error;
  if (failed) {
    return (
      <>
        <PageHeader title={t('planning.title')} />
        <ErrorAlert
          error={failed}
          title={t('planning.loadFailed')}
          onRetry={() => {
            void planned.refetch();
            void credentials.refetch();
            void rulePacks.refetch();
            void catalogue.refetch();
          }}
        />
      </>
    );
  }
  if (!planned.data || !credentials.data || !rulePacks.data || !catalogue.data) {
    return <PageLoader label={t('planning.loading')} />;
  }

  return (
    <>
      <PageHeader
        title={t('planning.title')}
        description={t('planning.description')}
        actions={
          <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setEditing('new')}>
            {t('planning.planned.add')}
          </Button>
        }
      />
      <Stack gap="lg">
        <PlannedSection
          planned={planned.data}
          credentials={credentials.data}
          rulePacks={rulePacks.data}
          today={localToday()}
          onAdd={() => setEditing('new')}
          onEdit={(item) => setEditing(item)}
        />
        {credentials.data.length > 0 ? (
          <MakePlan catalogue={catalogue.data} />
        ) : (
          <Alert variant="light" color="gray" role="status">
            {t('planning.noCredentials')}
          </Alert>
        )}
        <CatalogueSection catalogue={catalogue.data} rulePacks={rulePacks.data} />
      </Stack>
      {editing !== null ? (
        <PlannedForm
          onClose={() => setEditing(null)}
          planned={editing === 'new' ? undefined : editing}
          credentials={credentials.data}
          rulePacks={rulePacks.data}
        />
      ) : null}
    </>
  );
}
