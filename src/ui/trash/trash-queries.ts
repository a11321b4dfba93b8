import { type QueryClient, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { TrashedItem } from '../../domain/trash';
import { call, keys } from '../api/client';

export const trashKey = ['trash'] as const;

export function useTrash() {
  return useQuery({ queryKey: trashKey, queryFn: () => call('listTrash', undefined) });
}

/** Whatever moves in or out of the trash changes the lists, the credentials and every evaluation. */
export async function trashChanged(queryClient: QueryClient): Promise<void> {
  await Promise.all([
    queryClient.invalidateQueries({ queryKey: trashKey }),
    queryClient.invalidateQueries({ queryKey: keys.activities }),
    queryClient.invalidateQueries({ queryKey: keys.credentials }),
    queryClient.invalidateQueries({ queryKey: ['evaluation'] }),
  ]);
}

export function useRestoreFromTrash() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (item: TrashedItem) => call('restoreFromTrash', item),
    onSuccess: () => trashChanged(queryClient),
  });
}

export function useEmptyTrash() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => call('emptyTrash', undefined),
    onSuccess: () => trashChanged(queryClient),
  });
}
