import type { ProcedureDetail } from '@mot-cua/contracts';
import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { api } from './api-client';
import type { OnlineLevel, ProcedureLevel, ProcedureListResponse } from './contract-types';

/**
 * Reads of the procedure catalog shared by several features: the public catalog, the counter intake and the
 * online submission all search procedures and open one. Features may not import each other, so these reads
 * live here (as `org-queries` does for the organisation).
 */

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

export const catalogKeys = {
  all: ['catalog'] as const,
  search: (search: ProcedureSearch) => [...catalogKeys.all, 'search', search] as const,
  fields: () => [...catalogKeys.all, 'fields'] as const,
  procedure: (code: string) => [...catalogKeys.all, 'procedure', code] as const,
};

/** GET /api/procedures/:code: the version in force, with what a citizen needs to act on it. */
export const procedureQueryOptions = (code: string) =>
  queryOptions({
    queryKey: catalogKeys.procedure(code),
    queryFn: ({ signal }) => api.get<ProcedureDetail>(`/api/procedures/${encodeURIComponent(code)}`, { signal }),
    staleTime: 5 * 60_000,
  });

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
