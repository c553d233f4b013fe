import { formatPlainDate, weekdayOf } from './format';
import type { Translate } from './i18n';

/** "Thứ Sáu" / "Friday" for a `YYYY-MM-DD` date. */
export function weekdayName(date: string, t: Translate): string {
  return t(`weekday.${weekdayOf(date)}`);
}

/** "Thứ Sáu, 03/11/2023": how a due date or a day off is announced. */
export function formatDateWithWeekday(date: string, t: Translate): string {
  return `${weekdayName(date, t)}, ${formatPlainDate(date)}`;
}
