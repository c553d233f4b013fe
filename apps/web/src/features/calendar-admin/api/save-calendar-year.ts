import type { CalendarYearDto, SaveCalendarYearBody } from '@mot-cua/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { calendarKeys } from '../../../lib/calendar-keys';

export function saveCalendarYear({ year, body }: { year: number; body: SaveCalendarYearBody }) {
  return api.put<CalendarYearDto>(`/api/calendar/years/${year}`, body);
}

/** PUT /api/calendar/years/:year: the whole year replaced, with the reason kept in the audit log. */
export function useSaveCalendarYear() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: saveCalendarYear,
    onSuccess: async (saved) => {
      queryClient.setQueryData(calendarKeys.year(saved.year), saved);
      // Due dates and working-day counts depend on every year.
      await queryClient.invalidateQueries({ queryKey: calendarKeys.all });
    },
  });
}
