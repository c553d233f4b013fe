import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { DossierListResponse } from '../../../lib/contract-types';
import { dossierKeys, type DossierListSearch } from '../dossier-keys';

/** GET /api/dossiers: one page of a work queue, within the user's agency scope, most urgent first. */
export const dossiersQueryOptions = (search: DossierListSearch) =>
  queryOptions({
    queryKey: dossierKeys.list(search),
    queryFn: ({ signal }) =>
      api.get<DossierListResponse>('/api/dossiers', {
        query: {
          queue: search.queue,
          q: search.q,
          channel: search.channel,
          receivedFrom: search.receivedFrom,
          receivedTo: search.receivedTo,
          sort: search.sort,
          page: search.page,
          pageSize: search.pageSize,
        },
        signal,
      }),
    placeholderData: keepPreviousData,
    staleTime: 10_000,
  });
