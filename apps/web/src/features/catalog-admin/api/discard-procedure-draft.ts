import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { catalogKeys } from '../../../lib/catalog-queries';
import { catalogAdminKeys, invalidateCatalog } from '../catalog-admin-keys';
import { adminProcedureUrl, ifMatch } from './get-admin-procedure';

/**
 * DELETE /api/admin/catalog/procedures/:code/draft: drops the draft; a procedure never published goes with it.
 */
export function discardProcedureDraft({
  code,
  revision,
}: {
  code: string;
  removes: boolean;
  revision?: string | undefined;
}): Promise<void> {
  return api.delete<void>(`${adminProcedureUrl(code)}/draft`, { headers: ifMatch(revision) });
}

/**
 * `removes`: the procedure was never published and goes with its draft. Its page is being left, so its own
 * reads are not asked again (they would answer 404).
 */
export function useDiscardProcedureDraft() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: discardProcedureDraft,
    onSuccess: async (_data, { code, removes }) => {
      if (!removes) return invalidateCatalog(queryClient);
      const ofThisProcedure = (key: readonly unknown[]) => key[1] === 'procedure' && key[2] === code;
      await Promise.all([
        queryClient.invalidateQueries({
          queryKey: catalogAdminKeys.all,
          predicate: (query) => !ofThisProcedure(query.queryKey),
        }),
        queryClient.invalidateQueries({ queryKey: catalogKeys.all }),
      ]);
    },
  });
}
