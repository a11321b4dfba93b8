import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { QueryClient } from '@tanstack/react-query';
import type { ActivityFields } from '../../domain/portfolio';
import type { DraftEdits } from '../../domain/drafts';
import { call, keys } from '../api/client';

export const draftKeys = {
  all: ['drafts'] as const,
  one: (id: number) => ['drafts', id] as const,
};

/** How often the queue asks again while a certificate is being read. */
const whileReadingMs = 800;

/** The drafts, asked again every moment while any is still being read. */
export function useDrafts() {
  return useQuery({
    queryKey: draftKeys.all,
    queryFn: () => call('listDrafts', undefined),
    refetchInterval: (query) =>
      query.state.data?.some((draft) => draft.status === 'reading') ? whileReadingMs : false,
  });
}

export function useDraft(id: number) {
  return useQuery({
    queryKey: draftKeys.one(id),
    queryFn: () => call('getDraft', { id }),
    refetchInterval: (query) => (query.state.data?.status === 'reading' ? whileReadingMs : false),
  });
}

async function draftsChanged(queryClient: QueryClient): Promise<void> {
  await queryClient.invalidateQueries({ queryKey: draftKeys.all });
}

export function useAddDrafts() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (sha256s: string[]) => call('addDrafts', { sha256s }),
    onSuccess: () => draftsChanged(queryClient),
  });
}

export function useDiscardDraft() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: number) => call('discardDraft', { id }),
    onSuccess: () => draftsChanged(queryClient),
  });
}

export function useJoinDrafts() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (pair: { frontId: number; backId: number }) => call('joinDrafts', pair),
    onSuccess: () => draftsChanged(queryClient),
  });
}

export function useSaveDraftEdits(id: number) {
  return useMutation({ mutationFn: (edits: DraftEdits) => call('saveDraftEdits', { id, edits }) });
}

export function useConfirmDraft(id: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (activity: ActivityFields) => call('confirmDraft', { id, activity }),
    onSuccess: async (saved) => {
      queryClient.setQueryData(keys.activity(saved.id), saved);
      queryClient.removeQueries({ queryKey: draftKeys.one(id) });
      await Promise.all([
        draftsChanged(queryClient),
        queryClient.invalidateQueries({ queryKey: keys.activities }),
        queryClient.invalidateQueries({ queryKey: ['evaluation'] }),
      ]);
    },
  });
}
