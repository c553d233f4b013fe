import { AppError } from '../../platform/errors';
import { VIETNAM_OFFSET_MINUTES, type PlainDate } from '../../platform/time';

/**
 * Day numbers: whole days since 1970-01-01, the integer form of a `PlainDate`. The calendar indexes and the
 * due-date arithmetic work on these so that a query is a few array reads instead of string and Date juggling.
 * The conversions are Howard Hinnant's days-from-civil algorithms (proleptic Gregorian, no Date object).
 */

export const MS_PER_DAY = 86_400_000;
const OFFSET_MS = VIETNAM_OFFSET_MINUTES * 60_000;

/** Day number of a proleptic Gregorian date. */
export function dayNumberFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

export interface CivilDate {
  year: number;
  month: number;
  day: number;
}

export function civilFromDayNumber(dayNumber: number): CivilDate {
  const z = dayNumber + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const isLeapYear = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;

function digit(s: string, i: number): number {
  const c = s.charCodeAt(i) - 48;
  return c >= 0 && c <= 9 ? c : -1;
}

function malformed(value: unknown): AppError {
  return new AppError('VALIDATION_FAILED', {
    message: {
      vi: `Ngày "${String(value)}" không hợp lệ: cần một ngày có thật theo dạng YYYY-MM-DD, ví dụ 2026-02-17.`,
      en: `"${String(value)}" is not a valid date: expected a real date as YYYY-MM-DD, e.g. 2026-02-17.`,
    },
    details: { value },
  });
}

/** Day number of a `YYYY-MM-DD` string; a malformed or non-existent date is a VALIDATION_FAILED error. */
export function dayNumberOf(date: PlainDate): number {
  if (typeof date !== 'string' || date.length !== 10 || date.charCodeAt(4) !== 45 || date.charCodeAt(7) !== 45) {
    throw malformed(date);
  }
  const d0 = digit(date, 0);
  const d1 = digit(date, 1);
  const d2 = digit(date, 2);
  const d3 = digit(date, 3);
  const m0 = digit(date, 5);
  const m1 = digit(date, 6);
  const a0 = digit(date, 8);
  const a1 = digit(date, 9);
  if ((d0 | d1 | d2 | d3 | m0 | m1 | a0 | a1) < 0) throw malformed(date);
  const year = d0 * 1000 + d1 * 100 + d2 * 10 + d3;
  const month = m0 * 10 + m1;
  const day = a0 * 10 + a1;
  if (month < 1 || month > 12 || day < 1 || day > DAYS_IN_MONTH[month - 1]!) throw malformed(date);
  if (month === 2 && day === 29 && !isLeapYear(year)) throw malformed(date);
  return dayNumberFromCivil(year, month, day);
}

// Formatted strings for the days a deployment actually queries, built on first use (a pure memo).
const CACHE_FIRST_DAY = dayNumberFromCivil(1890, 1, 1);
const CACHE_LAST_DAY = dayNumberFromCivil(2210, 12, 31);
const formatted = new Array<PlainDate | undefined>(CACHE_LAST_DAY - CACHE_FIRST_DAY + 1);

function format(dayNumber: number): PlainDate {
  const { year, month, day } = civilFromDayNumber(dayNumber);
  return `${String(year).padStart(4, '0')}-${month < 10 ? '0' : ''}${month}-${day < 10 ? '0' : ''}${day}`;
}

/** The `YYYY-MM-DD` string of a day number. */
export function plainDateOf(dayNumber: number): PlainDate {
  if (dayNumber < CACHE_FIRST_DAY || dayNumber > CACHE_LAST_DAY) return format(dayNumber);
  const i = dayNumber - CACHE_FIRST_DAY;
  return (formatted[i] ??= format(dayNumber));
}

/** 0 = Sunday … 6 = Saturday (1970-01-01 was a Thursday). */
export function weekdayOf(dayNumber: number): number {
  return (((dayNumber + 4) % 7) + 7) % 7;
}

export const isWeekend = (dayNumber: number): boolean => {
  const w = weekdayOf(dayNumber);
  return w === 0 || w === 6;
};

/** Day number of the Vietnamese calendar date of an instant (UTC+7, no DST). */
export function vietnamDayNumber(instantMs: number): number {
  return Math.floor((instantMs + OFFSET_MS) / MS_PER_DAY);
}

/** Milliseconds since Vietnamese local midnight of an instant. */
export function vietnamMsOfDay(instantMs: number): number {
  const local = instantMs + OFFSET_MS;
  return local - Math.floor(local / MS_PER_DAY) * MS_PER_DAY;
}

/** The instant (epoch ms) of Vietnamese local midnight starting a day. */
export function vietnamMidnightMs(dayNumber: number): number {
  return dayNumber * MS_PER_DAY - OFFSET_MS;
}

/** The instant (epoch ms) of a Vietnamese local date and minute of day. */
export function vietnamInstantMs(dayNumber: number, minuteOfDay: number): number {
  return dayNumber * MS_PER_DAY + minuteOfDay * 60_000 - OFFSET_MS;
}

/** `dd/MM` for reasons written in Vietnamese. */
export function dayMonthLabel(dayNumber: number): string {
  const { month, day } = civilFromDayNumber(dayNumber);
  return `${day < 10 ? '0' : ''}${day}/${month < 10 ? '0' : ''}${month}`;
}

/** `dd/MM/yyyy`, the Vietnamese display format. */
export function formatDayMonthYear(dayNumber: number): string {
  return `${dayMonthLabel(dayNumber)}/${civilFromDayNumber(dayNumber).year}`;
}

const WEEKDAY_NAMES_VI = ['Chủ nhật', 'thứ Hai', 'thứ Ba', 'thứ Tư', 'thứ Năm', 'thứ Sáu', 'thứ Bảy'];
export const weekdayNameVi = (dayNumber: number): string => WEEKDAY_NAMES_VI[weekdayOf(dayNumber)]!;
