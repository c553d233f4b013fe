import type { AdminProcedure } from '@mot-cua/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { catalogAdminKeys, invalidateCatalog } from '../catalog-admin-keys';
import { adminProcedureUrl } from './get-admin-procedure';

/**
 * POST /api/admin/catalog/procedures/:code/suspend `{ reason }`: no longer searchable, shown or received until
 * resumed.
 */
export function suspendProcedure({ code, reason }: { code: string; reason: string }): Promise<AdminProcedure> {
  return api.post<AdminProcedure>(`${adminProcedureUrl(code)}/suspend`, { reason });
}

export function useSuspendProcedure() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: suspendProcedure,
    onSuccess: async (procedure) => {
      queryClient.setQueryData(catalogAdminKeys.procedure(procedure.code), procedure);
      await invalidateCatalog(queryClient);
    },
  });
}
