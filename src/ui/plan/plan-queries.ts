import { type QueryClient, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CatalogueItemInput } from '../../domain/plan/catalogue';
import type { PlannedActivityInput } from '../../domain/plan/planned';
import type { PlanRequest } from '../../domain/plan/request';
import type { ChosenToPlan } from '../../domain/plan/to-planned';
import type { ActivityFields } from '../../domain/portfolio';
import { call, keys } from '../api/client';

export const plannedKey = ['planned'] as const;
export const catalogueKey = ['catalogue'] as const;
/** Under 'evaluation': whatever changes the standing (an activity saved) refreshes it too. */
export const withPlanKey = ['evaluation', 'withPlan'] as const;

/** A planned activity changed: the list, "with your plan" and the dates ahead are out of date. */
function plannedChanged(queryClient: QueryClient): Promise<unknown> {
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: plannedKey }),
    queryClient.invalidateQueries({ queryKey: ['evaluation'] }),
  ]);
}

export function usePlanned() {
  return useQuery({ queryKey: plannedKey, queryFn: () => call('listPlanned', undefined) });
}

export function useWithPlan() {
  return useQuery({ queryKey: withPlanKey, queryFn: () => call('listWithPlan', undefined) });
}

export function useSavePlanned() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { id?: number; planned: PlannedActivityInput }) => call('savePlanned', input),
    onSuccess: () => plannedChanged(queryClient),
  });
}

export function useDeletePlanned() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: number) => call('deletePlanned', { id }),
    onSuccess: () => plannedChanged(queryClient),
  });
}

/** Marks a planned activity done: it becomes this activity, so the activities change too. */
export function useCompletePlanned(id: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (activity: ActivityFields) => call('completePlanned', { id, activity }),
    onSuccess: async (saved) => {
      queryClient.setQueryData(keys.activity(saved.id), saved);
      await Promise.all([
        plannedChanged(queryClient),
        queryClient.invalidateQueries({ queryKey: keys.activities }),
      ]);
    },
  });
}

export function useCatalogue() {
  return useQuery({ queryKey: catalogueKey, queryFn: () => call('listCatalogue', undefined) });
}

export function useSaveCatalogueItem() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (item: CatalogueItemInput) => call('saveCatalogueItem', item),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: catalogueKey }),
  });
}

export function useDeleteCatalogueItem() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => call('deleteCatalogueItem', { id }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: catalogueKey }),
  });
}

export function useSetCatalogueOwned() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { itemId: string; owned: boolean }) => call('setCatalogueOwned', input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: catalogueKey }),
  });
}

/** Makes a plan on the job worker; kept as a mutation so it runs when asked, not on every visit. */
export function useMakePlan() {
  return useMutation({ mutationFn: (request: PlanRequest) => call('makePlan', request) });
}

export function useKeepPlanItem() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (chosen: ChosenToPlan) => call('keepPlanItem', chosen),
    onSuccess: () => plannedChanged(queryClient),
  });
}
