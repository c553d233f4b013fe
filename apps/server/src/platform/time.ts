/**
 * Time in Vietnam. Asia/Ho_Chi_Minh has been UTC+7 with no daylight saving since 1975, so local dates and
 * times are plain offset arithmetic: no tz database needed, and the same answer on any host time zone.
 */
export const VIETNAM_TIME_ZONE = 'Asia/Ho_Chi_Minh';
export const VIETNAM_OFFSET_MINUTES = 7 * 60;
const OFFSET_MS = VIETNAM_OFFSET_MINUTES * 60_000;

/** `YYYY-MM-DD`: a date without time, read in Asia/Ho_Chi_Minh. */
export type PlainDate = string & { readonly __brand?: 'PlainDate' };

/** The Vietnamese calendar date of an instant. */
export function toVietnamDate(instant: Date): PlainDate {
  return new Date(instant.getTime() + OFFSET_MS).toISOString().slice(0, 10);
}

/** Minutes since local midnight in Vietnam. */
export function vietnamMinuteOfDay(instant: Date): number {
  const local = new Date(instant.getTime() + OFFSET_MS);
  return local.getUTCHours() * 60 + local.getUTCMinutes();
}

/** The instant at a Vietnamese local date and time. */
export function vietnamInstant(date: PlainDate, minuteOfDay = 0): Date {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d) + minuteOfDay * 60_000 - OFFSET_MS);
}

/** ISO 8601 with the +07:00 offset, e.g. `2026-11-27T09:30:00+07:00`. */
export function toVietnamIso(instant: Date): string {
  const local = new Date(instant.getTime() + OFFSET_MS).toISOString();
  return `${local.slice(0, 19)}+07:00`;
}

/** `dd/MM/yyyy`, the Vietnamese display format. */
export function formatVietnamDate(date: PlainDate): string {
  const [y, m, d] = date.split('-');
  return `${d}/${m}/${y}`;
}

export function isValidPlainDate(value: string): value is PlainDate {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const [y, m, d] = value.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}
