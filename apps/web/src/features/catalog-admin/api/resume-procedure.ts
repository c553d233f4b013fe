import type { AdminProcedure } from '@mot-cua/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { catalogAdminKeys, invalidateCatalog } from '../catalog-admin-keys';
import { adminProcedureUrl } from './get-admin-procedure';

/** POST /api/admin/catalog/procedures/:code/resume `{ reason }`: a suspended procedure applies again. */
export function resumeProcedure({ code, reason }: { code: string; reason: string }): Promise<AdminProcedure> {
  return api.post<AdminProcedure>(`${adminProcedureUrl(code)}/resume`, { reason });
}

export function useResumeProcedure() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: resumeProcedure,
    onSuccess: async (procedure) => {
      queryClient.setQueryData(catalogAdminKeys.procedure(procedure.code), procedure);
      await invalidateCatalog(queryClient);
    },
  });
}
