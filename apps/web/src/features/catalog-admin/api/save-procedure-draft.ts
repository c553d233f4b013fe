import type { AdminProcedure, ProcedureFile } from '@mot-cua/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { catalogAdminKeys, invalidateCatalog } from '../catalog-admin-keys';
import { adminProcedureUrl, ifMatch } from './get-admin-procedure';

/**
 * PUT /api/admin/catalog/procedures/:code/draft: saves the draft (a new version number when there was none;
 * the published version stays in force). Saved even when it breaks catalog rules: `issues` lists them.
 */
export function saveProcedureDraft({
  code,
  file,
  revision,
}: {
  code: string;
  file: ProcedureFile;
  /** The revision the editor loaded: a change by someone else since then is refused with 409. */
  revision?: string | undefined;
}): Promise<AdminProcedure> {
  return api.put<AdminProcedure>(`${adminProcedureUrl(code)}/draft`, file, { headers: ifMatch(revision) });
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
