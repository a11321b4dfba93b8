import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { call } from '../api/client';

const updateChecksKey = ['updateChecks'] as const;

/** Whether the app checks for new versions: null until the person has chosen. */
export function useUpdateChecks() {
  return useQuery({ queryKey: updateChecksKey, queryFn: () => call('getUpdateChecks', undefined) });
}

export function useSetUpdateChecks() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (check: boolean) => call('setUpdateChecks', { check }),
    onSuccess: (answer) => queryClient.setQueryData(updateChecksKey, answer),
  });
}
