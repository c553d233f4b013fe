import { queryOptions } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { catalogKeys } from '../../../lib/catalog-queries';

/** GET /api/procedures/fields: the fields (lĩnh vực) of the published procedures, for the filter. */
export const procedureFieldsQueryOptions = () =>
  queryOptions({
    queryKey: catalogKeys.fields(),
    queryFn: ({ signal }) => api.get<{ items: string[] }>('/api/procedures/fields', { signal }).then((r) => r.items),
    staleTime: 30 * 60_000,
  });
