import type { Counter } from '@mot-cua/contracts';
import { queryOptions } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { orgKeys } from '../../../lib/org-queries';

export const countersQueryOptions = () =>
  queryOptions({
    queryKey: orgKeys.counters(),
    queryFn: ({ signal }) => api.get<{ items: Counter[] }>('/api/org/counters', { signal }).then((r) => r.items),
  });
