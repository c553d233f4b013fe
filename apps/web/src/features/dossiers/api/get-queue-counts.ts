import { queryOptions } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { dossierKeys } from '../dossier-keys';

/** GET /api/dossiers/queues: how many dossiers wait in each queue (scoped by the user's agency). */
export const queueCountsQueryOptions = () =>
  queryOptions({
    queryKey: dossierKeys.counts(),
    queryFn: ({ signal }) =>
      api.get<{ counts: Record<string, number> }>('/api/dossiers/queues', { signal }).then((r) => r.counts),
    staleTime: 10_000,
    refetchInterval: 60_000,
  });
