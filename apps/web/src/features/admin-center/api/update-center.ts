import type { Center, UpdateCenterBody } from '@mot-cua/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { orgKeys } from '../../../lib/org-queries';

export function updateCenter(body: UpdateCenterBody): Promise<Center> {
  return api.patch<Center>('/api/org/center', body);
}

export function useUpdateCenter() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateCenter,
    onSuccess: (center) => {
      queryClient.setQueryData(orgKeys.center(), center);
    },
  });
}
