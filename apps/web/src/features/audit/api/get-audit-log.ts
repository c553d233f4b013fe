import type { AuditEntry } from '@mot-cua/contracts';
import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { AuditQuery } from '../../../lib/contract-types';

export interface AuditPage {
  items: AuditEntry[];
  total: number;
}

/** GET /api/audit: newest first, filtered and paged on the server. */
export const auditLogQueryOptions = (query: AuditQuery) =>
  queryOptions({
    queryKey: ['audit', query] as const,
    queryFn: ({ signal }) =>
      api.get<AuditPage>('/api/audit', {
        query: {
          action: query.action,
          subjectType: query.subjectType,
          subjectId: query.subjectId,
          actor: query.actor,
          page: query.page as number | undefined,
          pageSize: query.pageSize as number | undefined,
        },
        signal,
      }),
    placeholderData: keepPreviousData,
    staleTime: 0,
  });
