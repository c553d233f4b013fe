import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { DossierCreated } from '../../../lib/contract-types';

export interface ResubmitInput {
  /** The submission reference (the dossier id). */
  reference: string;
  /** The last 4 digits of the phone given at submission. */
  verify: string;
}

/**
 * POST /api/public/dossiers/:id/resubmit (no account): the applicant sends an online dossier that the desk
 * returned for completion back to the desk. The lookup is refetched so the page shows the new status.
 */
export function useResubmitDossier() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: ResubmitInput) =>
      api.post<DossierCreated>(`/api/public/dossiers/${encodeURIComponent(input.reference)}/resubmit`, {
        verify: input.verify,
      }),
    onSuccess: () => client.invalidateQueries({ queryKey: ['public-dossier'] }),
  });
}
