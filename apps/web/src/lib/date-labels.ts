import { formatPlainDate, vietnamDateTimeParts, weekdayOf } from './format';
import type { Translate } from './i18n';

/** "Thứ Sáu" / "Friday" for a `YYYY-MM-DD` date. */
export function weekdayName(date: string, t: Translate): string {
  return t(`weekday.${weekdayOf(date)}`);
}

/** "Thứ Sáu, 03/11/2023": how a due date or a day off is announced. */
export function formatDateWithWeekday(date: string, t: Translate): string {
  return `${weekdayName(date, t)}, ${formatPlainDate(date)}`;
}

/**
 * "16 giờ 30, Thứ Sáu, 11/12/2026": an appointment (an ISO instant, any offset) read in Vietnam time, as the
 * counter tells it to the applicant.
 */
export function formatAppointment(value: string, t: Translate): string {
  const parts = vietnamDateTimeParts(value);
  if (!parts) return value;
  const [h = '', m = ''] = parts.time.split(':');
  return `${t('date.timeOfDay', { h, m })}, ${formatDateWithWeekday(parts.date, t)}`;
}
