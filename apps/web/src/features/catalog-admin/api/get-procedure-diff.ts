import type { ProcedureDiff } from '@mot-cua/contracts';
import { queryOptions } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { catalogAdminKeys } from '../catalog-admin-keys';
import { adminProcedureUrl } from './get-admin-procedure';

/**
 * GET /api/admin/catalog/procedures/:code/diff?from=&to=: the fields that changed between two versions, with
 * their values before and after (list elements named by their code, id, channel or step order).
 */
export const procedureDiffQueryOptions = (code: string, from: number, to: number) =>
  queryOptions({
    queryKey: catalogAdminKeys.diff(code, from, to),
    queryFn: ({ signal }) => api.get<ProcedureDiff>(`${adminProcedureUrl(code)}/diff`, { query: { from, to }, signal }),
    staleTime: 5 * 60_000,
  });
