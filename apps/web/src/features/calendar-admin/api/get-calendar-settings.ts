import type { CalendarSettingsDto } from '@mot-cua/contracts';
import { queryOptions } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { calendarKeys } from '../../../lib/calendar-keys';

/** GET /api/calendar/settings: the due-date rules left to the center, and how draft years are proposed. */
export const calendarSettingsQueryOptions = () =>
  queryOptions({
    queryKey: calendarKeys.settings(),
    queryFn: ({ signal }) => api.get<CalendarSettingsDto>('/api/calendar/settings', { signal }),
  });
