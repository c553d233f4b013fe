import type { DueResponse, DurationUnit } from '@mot-cua/contracts';
import { queryOptions } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { calendarKeys } from '../../../lib/calendar-keys';

export interface DueQuery {
  /** ISO 8601 with the +07:00 offset. */
  receivedAt: string;
  amount: number;
  unit: DurationUnit;
}

/** GET /api/calendar/due: the appointment for a receipt moment and a legal time (public). */
export const dueDateQueryOptions = (query: DueQuery) =>
  queryOptions({
    queryKey: calendarKeys.due(query.receivedAt, query.amount, query.unit),
    queryFn: ({ signal }) =>
      api.get<DueResponse>('/api/calendar/due', {
        query: { receivedAt: query.receivedAt, amount: query.amount, unit: query.unit },
        signal,
      }),
  });
