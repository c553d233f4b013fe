import dayjs, { type Dayjs } from 'dayjs';
import customParseFormat from 'dayjs/plugin/customParseFormat';
import 'dayjs/locale/vi';
import 'dayjs/locale/en';

dayjs.extend(customParseFormat);
dayjs.locale('vi');

export { dayjs, type Dayjs };

/** The format of every date picker and date cell. */
export const DATE_FORMAT = 'DD/MM/YYYY';

/** `YYYY-MM-DD` → a Dayjs for a picker (null stays null). */
export function plainDateToDayjs(value: string | null | undefined): Dayjs | null {
  if (!value) return null;
  const parsed = dayjs(value, 'YYYY-MM-DD', true);
  return parsed.isValid() ? parsed : null;
}

/** A picker's Dayjs → `YYYY-MM-DD` (null stays null). */
export function dayjsToPlainDate(value: Dayjs | null | undefined): string | null {
  return value ? value.format('YYYY-MM-DD') : null;
}

/** `HH:mm` → a Dayjs for a time picker. */
export function timeToDayjs(value: string): Dayjs | null {
  const parsed = dayjs(value, 'HH:mm', true);
  return parsed.isValid() ? parsed : null;
}
