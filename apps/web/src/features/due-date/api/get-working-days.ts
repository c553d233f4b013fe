import { queryOptions } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { calendarKeys } from '../../../lib/calendar-keys';
import type { WorkingDaysResponse } from '../../../lib/contract-types';

/** GET /api/calendar/working-days: working days from one day to another, both included, and the days off. */
export const workingDaysQueryOptions = (from: string, to: string) =>
  queryOptions({
    queryKey: calendarKeys.workingDays(from, to),
    queryFn: ({ signal }) =>
      api.get<WorkingDaysResponse>('/api/calendar/working-days', { query: { from, to }, signal }),
  });
