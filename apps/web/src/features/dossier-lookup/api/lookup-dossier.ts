import { queryOptions } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { PublicDossier } from '../../../lib/contract-types';

export interface LookupInput {
  code: string;
  /** The last 4 digits of the phone number given at submission (the second factor). */
  verify: string;
}

/**
 * GET /api/public/dossiers/:code?verify=1234 (no login): status and progress, personal data masked. A wrong
 * code and wrong digits give the same 404; too many tries from one address give 429.
 */
export const lookupQueryOptions = (input: LookupInput) =>
  queryOptions({
    queryKey: ['public-dossier', input.code, input.verify] as const,
    queryFn: ({ signal }) =>
      api.get<PublicDossier>(`/api/public/dossiers/${encodeURIComponent(input.code)}`, {
        query: { verify: input.verify },
        signal,
      }),
    staleTime: 30_000,
    gcTime: 60_000,
  });
