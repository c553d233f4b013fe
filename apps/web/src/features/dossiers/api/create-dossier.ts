import type { CreateDossierBody } from '@mot-cua/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { DossierCreated } from '../../../lib/contract-types';
import { changedDossiers } from '../dossier-keys';

/**
 * POST /api/dossiers: counter or postal intake by a reception officer (session + CSRF), or an online
 * submission by anyone (no session: no CSRF token needed).
 */
export function createDossier(body: CreateDossierBody): Promise<DossierCreated> {
  return api.post<DossierCreated>('/api/dossiers', body);
}

export function useCreateDossier() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createDossier,
    onSuccess: () => queryClient.invalidateQueries(changedDossiers),
  });
}
