import type { ProcedureSearch } from './api/search-procedures';

export const catalogKeys = {
  all: ['catalog'] as const,
  search: (search: ProcedureSearch) => [...catalogKeys.all, 'search', search] as const,
  fields: () => [...catalogKeys.all, 'fields'] as const,
  procedure: (code: string) => [...catalogKeys.all, 'procedure', code] as const,
};
