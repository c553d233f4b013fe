import type { User } from '@mot-cua/contracts';
import { queryOptions } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';

export const usersQueryKey = ['admin', 'users'] as const;

export const usersQueryOptions = () =>
  queryOptions({
    queryKey: usersQueryKey,
    queryFn: ({ signal }) => api.get<{ items: User[] }>('/api/admin/users', { signal }).then((r) => r.items),
  });
