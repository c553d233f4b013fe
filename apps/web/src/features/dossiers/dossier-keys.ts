import type { DossierChannel, DossierListSort, DossierQueue } from '@mot-cua/contracts';

export interface DossierListSearch {
  queue: DossierQueue;
  q?: string | undefined;
  channel?: DossierChannel | undefined;
  receivedFrom?: string | undefined;
  receivedTo?: string | undefined;
  sort?: DossierListSort | undefined;
  page: number;
  pageSize: number;
}

/**
 * Query keys of the dossier reads. An action or an intake invalidates everything under `all` except the
 * revealed personal data: reading it again would write another audit record for nothing.
 */
export const dossierKeys = {
  all: ['dossiers'] as const,
  list: (search: DossierListSearch) => [...dossierKeys.all, 'list', search] as const,
  counts: () => [...dossierKeys.all, 'counts'] as const,
  detail: (id: string) => [...dossierKeys.all, 'detail', id] as const,
  revealed: (id: string) => [...dossierKeys.all, 'revealed', id] as const,
  assignees: (id: string) => [...dossierKeys.all, 'assignees', id] as const,
};

/** The `invalidateQueries` filter after a change to dossiers. */
export const changedDossiers = {
  queryKey: dossierKeys.all,
  predicate: (query: { queryKey: readonly unknown[] }) => query.queryKey[1] !== 'revealed',
};
