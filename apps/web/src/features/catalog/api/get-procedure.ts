import type { ProcedureDetail } from '@mot-cua/contracts';
import { queryOptions } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { catalogKeys } from '../catalog-keys';

/** GET /api/procedures/:code: the version in force, with what a citizen needs to act on it. */
export const procedureQueryOptions = (code: string) =>
  queryOptions({
    queryKey: catalogKeys.procedure(code),
    queryFn: ({ signal }) => api.get<ProcedureDetail>(`/api/procedures/${encodeURIComponent(code)}`, { signal }),
    staleTime: 5 * 60_000,
  });
