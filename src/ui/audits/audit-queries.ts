import { type QueryClient, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { AuditInput } from '../../domain/audit';
import { call } from '../api/client';

export const auditsKey = ['audits'] as const;

/** An audit's due date is also among the dates ahead on the dashboard. */
function auditsChanged(queryClient: QueryClient): Promise<unknown> {
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: auditsKey }),
    queryClient.invalidateQueries({ queryKey: upcomingKey }),
  ]);
}

/** The dates ahead: under 'evaluation', so whatever changes the standing refreshes them too. */
export const upcomingKey = ['evaluation', 'upcoming'] as const;

export function useAudits() {
  return useQuery({ queryKey: auditsKey, queryFn: () => call('listAudits', undefined) });
}

export function useSaveAudit() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { id?: number; audit: AuditInput }) => call('saveAudit', input),
    onSuccess: () => auditsChanged(queryClient),
  });
}

export function useSetAuditAnswered() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { id: number; answered: boolean }) => call('setAuditAnswered', input),
    onSuccess: () => auditsChanged(queryClient),
  });
}

export function useDeleteAudit() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: number) => call('deleteAudit', { id }),
    onSuccess: () => auditsChanged(queryClient),
  });
}
