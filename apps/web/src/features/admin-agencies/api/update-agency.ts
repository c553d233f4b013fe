import type { Agency, UpdateAgencyBody } from '@mot-cua/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { orgKeys } from '../../../lib/org-queries';

export function updateAgency({ id, body }: { id: string; body: UpdateAgencyBody }): Promise<Agency> {
  return api.patch<Agency>(`/api/org/agencies/${id}`, body);
}

export function useUpdateAgency() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateAgency,
    // Every cached agency list (any "as of" day) may change, and so may the center's own agency.
    onSuccess: () => queryClient.invalidateQueries({ queryKey: orgKeys.all }),
  });
}
