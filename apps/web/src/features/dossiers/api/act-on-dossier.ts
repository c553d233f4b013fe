import type { DossierActionBody } from '@mot-cua/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, isApiError } from '../../../lib/api-client';
import type { DossierCreated } from '../../../lib/contract-types';
import { changedDossiers } from '../dossier-keys';

/**
 * POST /api/dossiers/:id/actions. 409 CONFLICT: someone changed the dossier since it was loaded
 * (`expectedVersion`); 422: the action is not allowed now, with the server's Vietnamese reason.
 */
export function actOnDossier({ id, body }: { id: string; body: DossierActionBody }): Promise<DossierCreated> {
  return api.post<DossierCreated>(`/api/dossiers/${encodeURIComponent(id)}/actions`, body);
}

export const isConflict = (error: unknown) => isApiError(error) && error.status === 409;

/** After the action, or a conflict, everything shown about dossiers is read again. */
export function useActOnDossier() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: actOnDossier,
    onSettled: (_data, error) => {
      if (!error || isConflict(error)) void queryClient.invalidateQueries(changedDossiers);
    },
  });
}
