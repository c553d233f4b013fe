import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { OnlineLevel, ProcedureLevel, ProcedureListResponse } from '../../../lib/contract-types';
import { catalogKeys } from '../catalog-keys';

export interface ProcedureSearch {
  q?: string;
  /** The deciding agency's identifier code. */
  agency?: string;
  field?: string;
  level?: ProcedureLevel;
  online?: OnlineLevel;
  page: number;
  pageSize: number;
}

/**
 * GET /api/procedures (public): diacritics and abbreviations understood, typos corrected (`approximate`).
 * The previous page stays on screen while the next one loads.
 */
export const procedureSearchQueryOptions = (search: ProcedureSearch) =>
  queryOptions({
    queryKey: catalogKeys.search(search),
    queryFn: ({ signal }) =>
      api.get<ProcedureListResponse>('/api/procedures', {
        query: {
          q: search.q,
          agency: search.agency,
          field: search.field,
          level: search.level,
          online: search.online,
          page: search.page,
          pageSize: search.pageSize,
        },
        signal,
      }),
    placeholderData: keepPreviousData,
    staleTime: 5 * 60_000,
  });
