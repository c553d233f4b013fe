import type { Counter } from '@mot-cua/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { CreateCounterBody } from '../../../lib/contract-types';
import { orgKeys } from '../../../lib/org-queries';

export function createCounter(body: CreateCounterBody): Promise<Counter> {
  return api.post<Counter>('/api/org/counters', body);
}

export function useCreateCounter() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createCounter,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: orgKeys.counters() }),
  });
}
