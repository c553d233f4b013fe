import type { Agency, Center, HealthResponse, ServiceArea } from '@mot-cua/contracts';
import { queryOptions } from '@tanstack/react-query';
import { api } from './api-client';

/**
 * Reference data read by several features (the portal, the admin pages, agency pickers). Features may not
 * import each other, so these shared reads live here; each admin feature owns its writes and invalidates
 * `orgKeys`.
 */
export const orgKeys = {
  all: ['org'] as const,
  center: () => [...orgKeys.all, 'center'] as const,
  agencies: (asOf: string | undefined) => [...orgKeys.all, 'agencies', asOf ?? 'today'] as const,
  serviceAreas: () => [...orgKeys.all, 'service-areas'] as const,
  counters: () => [...orgKeys.all, 'counters'] as const,
};

export const centerQueryOptions = () =>
  queryOptions({
    queryKey: orgKeys.center(),
    queryFn: ({ signal }) => api.get<Center>('/api/org/center', { signal }),
    staleTime: 5 * 60_000,
  });

/** `asOf`: a `YYYY-MM-DD` day, `all` for every version, or undefined for today. */
export const agenciesQueryOptions = (asOf?: string) =>
  queryOptions({
    queryKey: orgKeys.agencies(asOf),
    queryFn: ({ signal }) =>
      api.get<{ items: Agency[] }>('/api/org/agencies', { query: { asOf }, signal }).then((r) => r.items),
    staleTime: 5 * 60_000,
  });

export const serviceAreasQueryOptions = () =>
  queryOptions({
    queryKey: orgKeys.serviceAreas(),
    queryFn: ({ signal }) =>
      api.get<{ items: ServiceArea[] }>('/api/org/service-areas', { signal }).then((r) => r.items),
  });

export const healthQueryOptions = () =>
  queryOptions({
    queryKey: ['health'] as const,
    queryFn: ({ signal }) => api.get<HealthResponse>('/api/health', { signal }),
    staleTime: Infinity,
  });
