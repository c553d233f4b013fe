import type { DossierDetail } from '@mot-cua/contracts';
import { queryOptions } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { dossierKeys } from '../dossier-keys';

const detailUrl = (id: string) => `/api/dossiers/${encodeURIComponent(id)}`;

/** GET /api/dossiers/:id: the dossier with its steps, events, forms and the actions the user may take now. */
export const dossierQueryOptions = (id: string) =>
  queryOptions({
    queryKey: dossierKeys.detail(id),
    queryFn: ({ signal }) => api.get<DossierDetail>(detailUrl(id), { signal }),
    staleTime: 0,
  });

/**
 * GET /api/dossiers/:id?reveal=true: the same with the applicant's personal data unmasked. The server writes
 * an audit record on every call, so it is asked once, on an explicit click, and kept.
 */
export const revealedDossierQueryOptions = (id: string) =>
  queryOptions({
    queryKey: dossierKeys.revealed(id),
    queryFn: ({ signal }) => api.get<DossierDetail>(detailUrl(id), { query: { reveal: 'true' }, signal }),
    staleTime: Infinity,
    gcTime: 5 * 60_000,
  });
