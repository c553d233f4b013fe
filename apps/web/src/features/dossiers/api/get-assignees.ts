import { queryOptions } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { dossierKeys } from '../dossier-keys';

export interface Assignee {
  id: string;
  fullName: string;
  username: string;
}

/**
 * GET /api/dossiers/:id/assignees (dossier.approve): the active staff of the current step's agency with the
 * step's role, whom a leader may give the step to.
 */
export const assigneesQueryOptions = (dossierId: string) =>
  queryOptions({
    queryKey: dossierKeys.assignees(dossierId),
    queryFn: ({ signal }) =>
      api
        .get<{ items: Assignee[] }>(`/api/dossiers/${encodeURIComponent(dossierId)}/assignees`, { signal })
        .then((r) => r.items),
    staleTime: 60_000,
  });
