import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { QueryClient } from '@tanstack/react-query';
import type { ActivityFields } from '../../domain/portfolio';
import { call, keys } from '../api/client';

/** The activity reads and writes, each under its one shared key. */

export function useActivities() {
  return useQuery({ queryKey: keys.activities, queryFn: () => call('listActivities', undefined) });
}

export function useActivity(id: number | undefined) {
  return useQuery({
    queryKey: keys.activity(id ?? 0),
    queryFn: () => call('getActivity', { id: id! }),
    enabled: id !== undefined,
  });
}

/** After an activity changes, the list, that activity and every evaluation are out of date. */
async function activitiesChanged(queryClient: QueryClient): Promise<void> {
  await Promise.all([
    queryClient.invalidateQueries({ queryKey: keys.activities }),
    queryClient.invalidateQueries({ queryKey: ['evaluation'] }),
  ]);
}

export function useSaveActivity(id: number | undefined) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (activity: ActivityFields) => call('saveActivity', { id, activity }),
    onSuccess: async (saved) => {
      queryClient.setQueryData(keys.activity(saved.id), saved);
      await activitiesChanged(queryClient);
    },
  });
}

export function useDeleteActivity() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: number) => call('deleteActivity', { id }),
    onSuccess: async (_result, id) => {
      queryClient.removeQueries({ queryKey: keys.activity(id) });
      await activitiesChanged(queryClient);
    },
  });
}
