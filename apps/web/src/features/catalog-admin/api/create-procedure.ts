import type { AdminProcedure, ProcedureFile } from '@mot-cua/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { catalogAdminKeys, invalidateCatalog } from '../catalog-admin-keys';

/**
 * POST /api/admin/catalog/procedures: a new procedure as draft version 1 (not public until published). The
 * server takes it only when it passes every catalog rule: 400 VALIDATION_FAILED with `details.issues` otherwise.
 */
export function createProcedure(file: ProcedureFile): Promise<AdminProcedure> {
  return api.post<AdminProcedure>('/api/admin/catalog/procedures', file);
}

export function useCreateProcedure() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createProcedure,
    onSuccess: async (created) => {
      queryClient.setQueryData(catalogAdminKeys.procedure(created.code), created);
      await invalidateCatalog(queryClient);
    },
  });
}
