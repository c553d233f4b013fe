import { queryOptions } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { calendarKeys } from '../../../lib/calendar-keys';
import type { LunarResponse } from '../../../lib/contract-types';

/** GET /api/calendar/lunar: the lunar date of one day (asked for the day a user opens, never for a whole year). */
export const lunarDateQueryOptions = (date: string) =>
  queryOptions({
    queryKey: calendarKeys.lunar(date),
    queryFn: ({ signal }) => api.get<LunarResponse>('/api/calendar/lunar', { query: { date }, signal }),
    staleTime: Infinity,
  });
