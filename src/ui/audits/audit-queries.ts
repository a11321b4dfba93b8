import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { AuditInput } from '../../domain/audit';
import { call } from '../api/client';

export const auditsKey = ['audits'] as const;

export function useAudits() {
  return useQuery({ queryKey: auditsKey, queryFn: () => call('listAudits', undefined) });
}

export function useSaveAudit() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { id?: number; audit: AuditInput }) => call('saveAudit', input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: auditsKey }),
  });
}

export function useSetAuditAnswered() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { id: number; answered: boolean }) => call('setAuditAnswered', input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: auditsKey }),
  });
}

export function useDeleteAudit() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: number) => call('deleteAudit', { id }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: auditsKey }),
  });
}
