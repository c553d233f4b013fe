import type { AdminProcedure } from '@mot-cua/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { catalogAdminKeys, invalidateCatalog } from '../catalog-admin-keys';
import { adminProcedureUrl, ifMatch } from './get-admin-procedure';

/**
 * POST /api/admin/catalog/procedures/:code/publish `{ note }`: the draft becomes the version in force. A draft
 * breaking catalog rules is refused with 422 PROCEDURE_INVALID and `details.issues`.
 */
export function publishProcedure({
  code,
  note,
  revision,
}: {
  code: string;
  note: string;
  revision?: string | undefined;
}): Promise<AdminProcedure> {
  return api.post<AdminProcedure>(`${adminProcedureUrl(code)}/publish`, { note }, { headers: ifMatch(revision) });
}

export function usePublishProcedure() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: publishProcedure,
    onSuccess: async (published) => {
      queryClient.setQueryData(catalogAdminKeys.procedure(published.code), published);
      await invalidateCatalog(queryClient);
    },
  });
}
