import { type QueryClient, useQuery } from '@tanstack/react-query';
import { call, keys } from '../api/client';

/**
 * The reads most pages share, so every page asks for the same thing under the same
 * key and one change refreshes them all. Where each credential stands always comes
 * from the main process (the rules engine never runs here): `evaluate` with every
 * activity's standing, or `summarize` without them for the dashboard.
 */

export function useHolder() {
  return useQuery({ queryKey: keys.holder, queryFn: () => call('getHolder', undefined) });
}

export function useRulePacks() {
  return useQuery({ queryKey: keys.rulePacks, queryFn: () => call('listRulePacks', undefined) });
}

export function useCredentials() {
  return useQuery({ queryKey: keys.credentials, queryFn: () => call('listCredentials', undefined) });
}

export function useEvaluation(asOf?: string) {
  return useQuery({ queryKey: keys.evaluation(asOf), queryFn: () => call('evaluate', asOf ? { asOf } : {}) });
}

/** Where each credential stands without per-activity detail: what the dashboard needs. */
export function useSummary(asOf?: string) {
  return useQuery({ queryKey: keys.summary(asOf), queryFn: () => call('summarize', asOf ? { asOf } : {}) });
}

/** After a change to credentials or rule packs: everything that shows standing is stale. */
export async function refreshStanding(queryClient: QueryClient): Promise<void> {
  await Promise.all([
    queryClient.invalidateQueries({ queryKey: keys.credentials }),
    queryClient.invalidateQueries({ queryKey: keys.rulePacks }),
    queryClient.invalidateQueries({ queryKey: ['evaluation'] }),
  ]);
}

/** After the whole portfolio changed (sample loaded, import): refetch everything. */
export async function refreshEverything(queryClient: QueryClient): Promise<void> {
  await queryClient.invalidateQueries();
}

export { credentialLabel, credentialShortLabel } from '../../domain/credential-label';
