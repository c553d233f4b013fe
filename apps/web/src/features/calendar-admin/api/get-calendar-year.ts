import type { CalendarYearDto } from '@mot-cua/contracts';
import { queryOptions } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { calendarKeys } from '../../../lib/calendar-keys';

/** GET /api/calendar/years/:year: the days off and make-up days of a year, with its status and warning. */
export const calendarYearQueryOptions = (year: number) =>
  queryOptions({
    queryKey: calendarKeys.year(year),
    queryFn: ({ signal }) => api.get<CalendarYearDto>(`/api/calendar/years/${year}`, { signal }),
  });
