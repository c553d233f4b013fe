import type { AdminProcedure, ProcedureFile } from '@mot-cua/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { catalogAdminKeys, invalidateCatalog } from '../catalog-admin-keys';
import { adminProcedureUrl } from './get-admin-procedure';

/**
 * PUT /api/admin/catalog/procedures/:code/draft: saves the draft (a new version number when there was none;
 * the published version stays in force). Saved even when it breaks catalog rules: `issues` lists them.
 */
export function saveProcedureDraft({ code, file }: { code: string; file: ProcedureFile }): Promise<AdminProcedure> {
  return api.put<AdminProcedure>(`${adminProcedureUrl(code)}/draft`, file);
}

export function useSaveProcedureDraft() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: saveProcedureDraft,
    onSuccess: async (saved) => {
      queryClient.setQueryData(catalogAdminKeys.procedure(saved.code), saved);
      await invalidateCatalog(queryClient);
    },
  });
}
