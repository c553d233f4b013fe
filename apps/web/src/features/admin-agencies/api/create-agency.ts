import type { Agency, CreateAgencyBody } from '@mot-cua/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { orgKeys } from '../../../lib/org-queries';

export function createAgency(body: CreateAgencyBody): Promise<Agency> {
  return api.post<Agency>('/api/org/agencies', body);
}

export function useCreateAgency() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createAgency,
    // Every cached agency list (any "as of" day) may change.
    onSuccess: () => queryClient.invalidateQueries({ queryKey: [...orgKeys.all, 'agencies'] }),
  });
}
