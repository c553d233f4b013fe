import type { Counter } from '@mot-cua/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { UpdateCounterBody } from '../../../lib/contract-types';
import { orgKeys } from '../../../lib/org-queries';

export function updateCounter({ id, body }: { id: string; body: UpdateCounterBody }): Promise<Counter> {
  return api.patch<Counter>(`/api/org/counters/${id}`, body);
}

export function useUpdateCounter() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateCounter,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: orgKeys.counters() }),
  });
}
