import type { QueryClient } from '@tanstack/react-query';
import { catalogKeys } from '../../lib/catalog-queries';

export type ProcedureStatus = 'DRAFT' | 'PUBLISHED' | 'SUSPENDED';

export interface AdminProcedureSearch {
  q?: string;
  status?: ProcedureStatus;
}

/** Query keys of the catalog administration (permission catalog.manage). */
export const catalogAdminKeys = {
  all: ['catalog-admin'] as const,
  list: (search: AdminProcedureSearch) => [...catalogAdminKeys.all, 'list', search] as const,
  procedure: (code: string) => [...catalogAdminKeys.all, 'procedure', code] as const,
  versions: (code: string) => [...catalogAdminKeys.all, 'procedure', code, 'versions'] as const,
  diff: (code: string, from: number, to: number) =>
    [...catalogAdminKeys.all, 'procedure', code, 'diff', from, to] as const,
};

/**
 * After a change to the catalog: the administration lists and procedure, and the public catalog (search and
 * procedure pages, which the intake reads too) may all have changed.
 */
export function invalidateCatalog(queryClient: QueryClient): Promise<void> {
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: catalogAdminKeys.all }),
    queryClient.invalidateQueries({ queryKey: catalogKeys.all }),
  ]).then(() => undefined);
}
