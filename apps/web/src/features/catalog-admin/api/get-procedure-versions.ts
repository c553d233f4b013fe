import type { ProcedureVersionSummary } from '@mot-cua/contracts';
import { queryOptions } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { catalogAdminKeys } from '../catalog-admin-keys';
import { adminProcedureUrl } from './get-admin-procedure';

/** GET /api/admin/catalog/procedures/:code/versions: every version, newest first, with who made and published it. */
export const procedureVersionsQueryOptions = (code: string) =>
  queryOptions({
    queryKey: catalogAdminKeys.versions(code),
    queryFn: ({ signal }) =>
      api
        .get<{ items: ProcedureVersionSummary[] }>(`${adminProcedureUrl(code)}/versions`, { signal })
        .then((r) => r.items),
  });
