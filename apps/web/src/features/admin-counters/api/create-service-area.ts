import type { ServiceArea } from '@mot-cua/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { CreateServiceAreaBody } from '../../../lib/contract-types';
import { orgKeys } from '../../../lib/org-queries';

export function createServiceArea(body: CreateServiceAreaBody): Promise<ServiceArea> {
  return api.post<ServiceArea>('/api/org/service-areas', body);
}

export function useCreateServiceArea() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createServiceArea,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: orgKeys.serviceAreas() }),
  });
}
