import type { CalendarYearDto } from '@mot-cua/contracts';
import { queryOptions } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { calendarKeys } from '../../../lib/calendar-keys';

/** GET /api/calendar/years/:year/proposal: the year as the Labour Code and the lunar calendar give it. */
export const calendarProposalQueryOptions = (year: number) =>
  queryOptions({
    queryKey: calendarKeys.proposal(year),
    queryFn: ({ signal }) => api.get<CalendarYearDto>(`/api/calendar/years/${year}/proposal`, { signal }),
    staleTime: 0,
  });
