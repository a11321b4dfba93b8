import { useQuery } from '@tanstack/react-query';
import { call } from '../api/client';

/** Under 'evaluation', so whatever refreshes the standing refreshes the past cycles too. */
export const pastCyclesKey = (credentialId: number) => ['evaluation', 'pastCycles', credentialId] as const;

export function usePastCycles(credentialId: number) {
  return useQuery({
    queryKey: pastCyclesKey(credentialId),
    queryFn: () => call('listPastCycles', { credentialId }),
  });
}
