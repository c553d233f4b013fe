import type { AdminProcedureListItem } from '@mot-cua/contracts';
import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { type AdminProcedureSearch, catalogAdminKeys } from '../catalog-admin-keys';

/** GET /api/admin/catalog/procedures?q=&status=: every procedure, whatever its status, with its versions. */
export const adminProceduresQueryOptions = (search: AdminProcedureSearch) =>
  queryOptions({
    queryKey: catalogAdminKeys.list(search),
    queryFn: ({ signal }) =>
      api.get<{ items: AdminProcedureListItem[]; total: number }>('/api/admin/catalog/procedures', {
        query: { q: search.q, status: search.status },
        signal,
      }),
    placeholderData: keepPreviousData,
  });
