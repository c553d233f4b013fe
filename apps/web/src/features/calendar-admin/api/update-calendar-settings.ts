import type { CalendarSettingsDto } from '@mot-cua/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { calendarKeys } from '../../../lib/calendar-keys';
import type { UpdateCalendarSettingsBody } from '../../../lib/contract-types';

export function updateCalendarSettings(body: UpdateCalendarSettingsBody) {
  return api.patch<CalendarSettingsDto>('/api/calendar/settings', body);
}

/** PATCH /api/calendar/settings: only the changed settings, with the reason kept in the audit log. */
export function useUpdateCalendarSettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateCalendarSettings,
    onSuccess: async (settings) => {
      queryClient.setQueryData(calendarKeys.settings(), settings);
      // Draft years and due dates are computed with these settings.
      await queryClient.invalidateQueries({ queryKey: calendarKeys.all });
    },
  });
}
