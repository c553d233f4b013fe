import type { CalendarYearDto } from '@mot-cua/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { calendarKeys } from '../../../lib/calendar-keys';
import type { ConfirmCalendarYearBody } from '../../../lib/contract-types';

export function confirmCalendarYear({ year, body }: { year: number; body: ConfirmCalendarYearBody }) {
  return api.post<CalendarYearDto>(`/api/calendar/years/${year}/confirm`, body);
}

/** POST /api/calendar/years/:year/confirm: the year becomes official and its pending days count. */
export function useConfirmCalendarYear() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: confirmCalendarYear,
    onSuccess: async (confirmed) => {
      queryClient.setQueryData(calendarKeys.year(confirmed.year), confirmed);
      await queryClient.invalidateQueries({ queryKey: calendarKeys.all });
    },
  });
}
