import type { AdminProcedure } from '@mot-cua/contracts';
import { queryOptions } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { catalogAdminKeys } from '../catalog-admin-keys';

export const adminProcedureUrl = (code: string) => `/api/admin/catalog/procedures/${encodeURIComponent(code)}`;

/** `If-Match: "<revision>"`: the server refuses the write (409) if the procedure changed since that revision. */
export function ifMatch(revision: string | undefined): Record<string, string> {
  return revision ? { 'If-Match': `"${revision}"` } : {};
}

/**
 * GET /api/admin/catalog/procedures/:code: the procedure to edit (its draft, else its published version) in the
 * exchange format, with the catalog rules it breaks and its versions.
 */
export const adminProcedureQueryOptions = (code: string) =>
  queryOptions({
    queryKey: catalogAdminKeys.procedure(code),
    queryFn: ({ signal }) => api.get<AdminProcedure>(adminProcedureUrl(code), { signal }),
    staleTime: 0,
  });
