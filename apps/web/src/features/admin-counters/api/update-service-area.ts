import type { ServiceArea } from '@mot-cua/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { UpdateServiceAreaBody } from '../../../lib/contract-types';
import { orgKeys } from '../../../lib/org-queries';

export function updateServiceArea({ id, body }: { id: string; body: UpdateServiceAreaBody }): Promise<ServiceArea> {
  return api.patch<ServiceArea>(`/api/org/service-areas/${id}`, body);
}

export function useUpdateServiceArea() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateServiceArea,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: orgKeys.serviceAreas() }),
  });
}
