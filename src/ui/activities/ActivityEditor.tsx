import { Button } from '@mantine/core';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiFailure } from '../api/client';
import { ErrorAlert } from '../components/ErrorAlert';
import { PageHeader } from '../components/PageHeader';
import { PageLoader } from '../components/PageLoader';
import { useCredentials, useRulePacks } from '../components/portfolio-queries';
import { hrefOf } from '../shell/route';
import { activityToForm, duplicateOf, emptyActivity, plannedToForm } from './activity-form';
import { usePlanned } from '../plan/plan-queries';
import { localToday } from '../audits/audit-dates';
import { useActivity } from './activity-queries';
import { ActivityForm } from './ActivityForm';

/** Adds a new activity (no id), edits an existing one, or marks a planned one done (fromPlanned). */
export function ActivityEditor({
  id,
  copyOf,
  fromPlanned,
  onDone,
}: {
  id?: number;
  copyOf?: number;
  fromPlanned?: number;
  onDone(): void;
}) {
  const { t } = useTranslation();
  const plannedList = usePlanned();
  const planned = fromPlanned === undefined ? undefined : plannedList.data?.find((p) => p.id === fromPlanned);
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
    (fromPlanned !== undefined && plannedList.isPending) ||
    credentials.isPending ||
    rulePacks.isPending ||
    (!formShown.current && refreshing);
  const plannedGone =
    fromPlanned !== undefined && plannedList.data && !planned
      ? new ApiFailure({ code: 'NOT_FOUND', message: t('planning.errors.plannedGone') })
      : null;
  const failure =
    (source !== undefined ? activity.error : null) ??
    (fromPlanned !== undefined ? plannedList.error : null) ??
    plannedGone ??
    credentials.error ??
    rulePacks.error;

  // Read once by the form when it mounts; later refetches never reset what is being typed.
  const initial =
    credentials.data && rulePacks.data
      ? planned
        ? plannedToForm(planned, localToday())
        : source === undefined
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
      plannedFrom={planned ? { id: planned.id, title: planned.title } : undefined}
      initial={initial}
      credentials={credentials.data}
      rulePacks={rulePacks.data}
      onDone={onDone}
    />
  );
}
