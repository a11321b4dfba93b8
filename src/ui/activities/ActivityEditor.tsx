import { Button } from '@mantine/core';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiFailure } from '../api/client';
import { ErrorAlert } from '../components/ErrorAlert';
import { PageHeader } from '../components/PageHeader';
import { PageLoader } from '../components/PageLoader';
import { useCredentials, useRulePacks } from '../components/portfolio-queries';
import { hrefOf } from '../shell/route';
import { activityToForm, duplicateOf, emptyActivity } from './activity-form';
import { useActivity } from './activity-queries';
import { ActivityForm } from './ActivityForm';

/** Adds a new activity (no id) or edits an existing one. */
export function ActivityEditor({ id, copyOf, onDone }: { id?: number; copyOf?: number; onDone(): void }) {
  const { t } = useTranslation();
  // A duplicate reads the activity it copies; the form is then a new one.
  const activity = useActivity(id ?? copyOf);
  const source = id ?? copyOf;
  const credentials = useCredentials();
  const rulePacks = useRulePacks();

  // The new-activity defaults (which credentials it counts toward) come from the
  // credentials list, so an invalidated list must be fetched again before the form
  // opens; once the form is open, a later refetch never replaces it.
  const formShown = useRef(false);
  const refreshing =
    (credentials.isStale && credentials.isFetching) || (rulePacks.isStale && rulePacks.isFetching);
  const loading =
    (source !== undefined && activity.isPending) ||
    credentials.isPending ||
    rulePacks.isPending ||
    (!formShown.current && refreshing);
  const failure = (source !== undefined ? activity.error : null) ?? credentials.error ?? rulePacks.error;

  // Read once by the form when it mounts; later refetches never reset what is being typed.
  const initial =
    credentials.data && rulePacks.data
      ? source === undefined
        ? emptyActivity(credentials.data)
        : activity.data
          ? id === undefined
            ? duplicateOf(activityToForm(activity.data))
            : activityToForm(activity.data)
          : null
      : null;

  if (failure) {
    return (
      <>
        <PageHeader
          title={id === undefined ? t('activityForm.newName') : t('activityForm.untitled')}
          back={{ label: t('activityForm.back'), href: hrefOf({ page: 'activities' }) }}
        />
        <ErrorAlert
          error={failure}
          title={id === undefined ? t('activityForm.openFailedNew') : t('activityForm.openFailed')}
          onRetry={
            // A deleted activity will not come back by trying again.
            failure instanceof ApiFailure && failure.code === 'NOT_FOUND'
              ? undefined
              : () => {
                  void activity.refetch();
                  void credentials.refetch();
                  void rulePacks.refetch();
                }
          }
        />
        <Button mt="md" variant="default" onClick={onDone}>
          {t('activityForm.backToList')}
        </Button>
      </>
    );
  }
  if (loading || !initial || !credentials.data || !rulePacks.data) {
    return (
      <PageLoader label={id === undefined ? t('activityForm.openingNew') : t('activityForm.loadingOne')} />
    );
  }
  formShown.current = true;
  return (
    <ActivityForm
      key={id ?? 'new'}
      id={id}
      copyOf={id === undefined && copyOf !== undefined ? activity.data?.title : undefined}
      initial={initial}
      credentials={credentials.data}
      rulePacks={rulePacks.data}
      onDone={onDone}
    />
  );
}
