import { SearchMoonPhase, SearchSunLongitude } from 'astronomy-engine';
import { AppError } from '../../platform/errors';
import type { PlainDate } from '../../platform/time';
import { civilFromDayNumber, dayNumberFromCivil, dayNumberOf, plainDateOf } from './day-number';

/**
 * The Vietnamese lunisolar calendar (âm lịch), computed with astronomy-engine (MIT) for UTC+7.
 *
 * Rules (the Chinese rules, evaluated on Vietnamese local days — rules.md §7.2, stack-notes.md §Q8):
 * - a month starts on the UTC+7 calendar day of the new moon;
 * - month 11 is the month that contains the December solstice;
 * - when two consecutive month-11 starts are 13 months apart, the first month after month 11 that contains no
 *   major solar term (sun longitude a multiple of 30°) is the leap month and repeats the previous month's number.
 *
 * Work is done per "solstice span" (the months from one month 11 to the next), computed on first use and kept:
 * about 15 astronomical searches (~3 ms) per span, then a conversion is a parse and a scan of ≤ 13 month starts.
 * UTC+7 is used for every year, also before 1968 when the North still printed UTC+8 calendars (rules.md §7.2):
 * dates before 1968 follow today's rule, not the almanac printed at the time.
 */

export interface LunarDate {
  year: number;
  month: number;
  day: number;
  /** A leap month (tháng nhuận) repeats the number of the month before it. */
  leap: boolean;
}

export interface LunarMonth {
  year: number;
  month: number;
  leap: boolean;
  /** First day (mùng 1) in the solar calendar. */
  start: PlainDate;
  /** 29 or 30. */
  length: number;
}

export const LUNAR_FIRST_DATE: PlainDate = '1900-01-01';
export const LUNAR_LAST_DATE: PlainDate = '2100-12-31';
export const LUNAR_FIRST_YEAR = 1900;
export const LUNAR_LAST_YEAR = 2100;
const FIRST_DAY = dayNumberOf(LUNAR_FIRST_DATE);
const LAST_DAY = dayNumberOf(LUNAR_LAST_DATE);

// astronomy-engine counts time in days from J2000 (2000-01-01T12:00Z); Vietnam is UTC+7 — rules.md §7.2 (105°E).
const J2000_UNIX_DAYS = 10_957.5;
const VIETNAM_OFFSET_DAYS = 7 / 24;
const localDayOf = (ut: number) => Math.floor(ut + J2000_UNIX_DAYS + VIETNAM_OFFSET_DAYS);
const utOfLocalMidnight = (dayNumber: number) => dayNumber - J2000_UNIX_DAYS - VIETNAM_OFFSET_DAYS;

function must<T>(value: T | null, what: string): T {
  if (value === null) throw new Error(`astronomy-engine found no ${what}`);
  return value;
}

/** The new moon that starts month 11 of the Gregorian year `year` (the month holding its December solstice). */
interface Month11 {
  ut: number;
  day: number;
  solsticeUt: number;
}
const month11Cache = new Map<number, Month11>();

function month11(year: number): Month11 {
  const cached = month11Cache.get(year);
  if (cached) return cached;
  const solsticeUt = must(
    SearchSunLongitude(270, utOfLocalMidnight(dayNumberFromCivil(year, 12, 1)), 40),
    'December solstice',
  ).ut;
  const solsticeDay = localDayOf(solsticeUt);
  // The month contains the solstice when it starts on or before the solstice's local day.
  let best: { ut: number; day: number } | undefined;
  let from = solsticeUt - 31;
  for (;;) {
    const moon = must(SearchMoonPhase(0, from, 40), 'new moon');
    const day = localDayOf(moon.ut);
    if (day > solsticeDay) break;
    best = { ut: moon.ut, day };
    from = moon.ut + 1;
  }
  if (!best) throw new Error(`no new moon before the ${year} solstice`);
  const result = { ut: best.ut, day: best.day, solsticeUt };
  month11Cache.set(year, result);
  return result;
}

/** The months from month 11 of Gregorian year `span - 1` up to (not including) month 11 of year `span`. */
interface SolsticeSpan {
  /** First day of each month, plus the first day of the next span's month 11 at the end. */
  starts: Int32Array;
  months: Uint8Array;
  leap: Uint8Array;
  /** Lunar year of each month: `span - 1` for months 11–12, `span` from month 1 on. */
  years: Int32Array;
}
const spanCache = new Map<number, SolsticeSpan>();

function solsticeSpan(span: number): SolsticeSpan {
  const cached = spanCache.get(span);
  if (cached) return cached;
  const first = month11(span - 1);
  const next = month11(span);
  const moonUts = [first.ut];
  const starts = [first.day];
  while (starts.at(-1)! < next.day) {
    const moon = must(SearchMoonPhase(0, moonUts.at(-1)! + 25, 10), 'new moon');
    moonUts.push(moon.ut);
    starts.push(localDayOf(moon.ut));
    if (starts.length > 15) throw new Error(`lunar span ${span} does not close`);
  }
  if (starts.at(-1) !== next.day) throw new Error(`lunar span ${span}: month 11 start mismatch`);
  const count = starts.length - 1;

  let leapIndex = -1;
  if (count === 13) {
    // The major terms after the solstice that opens the span: 300°, 330°, 0°, … 240°, on Vietnamese local days.
    const termDays: number[] = [];
    let ut = first.solsticeUt;
    for (let k = 1; k <= 11; k++) {
      ut = must(SearchSunLongitude((270 + 30 * k) % 360, ut + 20, 20), 'solar term').ut;
      termDays.push(localDayOf(ut));
    }
    for (let i = 1; i < count && leapIndex < 0; i++) {
      const from = starts[i]!;
      const to = starts[i + 1]!;
      if (!termDays.some((d) => d >= from && d < to)) leapIndex = i;
    }
    if (leapIndex < 0) throw new Error(`lunar span ${span}: 13 months but no month without a major term`);
  } else if (count !== 12) {
    throw new Error(`lunar span ${span} has ${count} months`);
  }

  const months = new Uint8Array(count);
  const leap = new Uint8Array(count);
  const years = new Int32Array(count);
  let month = 11;
  let year = span - 1;
  months[0] = 11;
  years[0] = year;
  for (let i = 1; i < count; i++) {
    if (i === leapIndex) {
      leap[i] = 1;
    } else {
      month = month === 12 ? 1 : month + 1;
      if (month === 1) year = span;
    }
    months[i] = month;
    years[i] = year;
  }
  const result = { starts: Int32Array.from(starts), months, leap, years };
  spanCache.set(span, result);
  return result;
}

function outOfRange(value: string): AppError {
  return new AppError('CALENDAR_OUT_OF_RANGE', {
    message: {
      vi: `Âm lịch chỉ được tính cho các năm ${LUNAR_FIRST_YEAR}–${LUNAR_LAST_YEAR}; ${value} nằm ngoài khoảng này.`,
      en: `The lunar calendar is computed for ${LUNAR_FIRST_YEAR}–${LUNAR_LAST_YEAR} only; ${value} is outside.`,
    },
    details: { value, from: LUNAR_FIRST_YEAR, to: LUNAR_LAST_YEAR },
  });
}

/** The lunar date of a day number (no range check; callers check). */
export function lunarOfDayNumber(dayNumber: number): LunarDate {
  const { year } = civilFromDayNumber(dayNumber);
  const spanYear = dayNumber >= month11(year).day ? year + 1 : year;
  const span = solsticeSpan(spanYear);
  let i = span.months.length - 1;
  while (span.starts[i]! > dayNumber) i--;
  return {
    year: span.years[i]!,
    month: span.months[i]!,
    day: dayNumber - span.starts[i]! + 1,
    leap: span.leap[i] === 1,
  };
}

/** Solar (Gregorian) date → Vietnamese lunar date. */
export function solarToLunar(date: PlainDate): LunarDate {
  const dayNumber = dayNumberOf(date);
  if (dayNumber < FIRST_DAY || dayNumber > LAST_DAY) throw outOfRange(date);
  return lunarOfDayNumber(dayNumber);
}

function checkLunarYear(year: number): void {
  if (!Number.isInteger(year) || year < LUNAR_FIRST_YEAR || year > LUNAR_LAST_YEAR) {
    throw outOfRange(`năm âm lịch ${year}`);
  }
}

/** The months of lunar year `year` in order (12, or 13 with the leap month), with their first day and length. */
export function lunarYearMonths(year: number): LunarMonth[] {
  checkLunarYear(year);
  const result: LunarMonth[] = [];
  // Months 1–10 (and a leap 10) sit in span `year`; months 11–12 (and leap 11/12) in span `year + 1`.
  for (const spanYear of [year, year + 1]) {
    const span = solsticeSpan(spanYear);
    for (let i = 0; i < span.months.length; i++) {
      if (span.years[i] !== year) continue;
      result.push({
        year,
        month: span.months[i]!,
        leap: span.leap[i] === 1,
        start: plainDateOf(span.starts[i]!),
        length: span.starts[i + 1]! - span.starts[i]!,
      });
    }
  }
  return result;
}

/** The leap month of lunar year `year` (its number), or null in a 12-month year. */
export function leapMonthOf(year: number): number | null {
  return lunarYearMonths(year).find((m) => m.leap)?.month ?? null;
}

/** Day number of a lunar date (no range check on the year; callers check). */
export function dayNumberOfLunar(lunar: { year: number; month: number; day: number; leap?: boolean }): number {
  const { year, month, day } = lunar;
  const leap = lunar.leap === true;
  const span = solsticeSpan(month >= 11 ? year + 1 : year);
  for (let i = 0; i < span.months.length; i++) {
    if (span.years[i] !== year || span.months[i] !== month || (span.leap[i] === 1) !== leap) continue;
    const length = span.starts[i + 1]! - span.starts[i]!;
    if (day > length) {
      throw new AppError('VALIDATION_FAILED', {
        message: {
          vi: `Tháng ${month}${leap ? ' nhuận' : ''} năm âm lịch ${year} chỉ có ${length} ngày.`,
          en: `Lunar month ${month}${leap ? ' (leap)' : ''} of ${year} has only ${length} days.`,
        },
        details: { year, month, day, leap, length },
      });
    }
    return span.starts[i]! + day - 1;
  }
  throw new AppError('VALIDATION_FAILED', {
    message: {
      vi: `Năm âm lịch ${year} không có tháng ${month} nhuận.`,
      en: `Lunar year ${year} has no leap month ${month}.`,
    },
    details: { year, month, leap },
  });
}

/** Vietnamese lunar date → solar (Gregorian) date. `leap` defaults to false (the regular month). */
export function lunarToSolar(lunar: { year: number; month: number; day: number; leap?: boolean }): PlainDate {
  checkLunarYear(lunar.year);
  if (!Number.isInteger(lunar.month) || lunar.month < 1 || lunar.month > 12) {
    throw new AppError('VALIDATION_FAILED', {
      message: { vi: 'Tháng âm lịch phải từ 1 đến 12.', en: 'A lunar month is 1 to 12.' },
      details: lunar,
    });
  }
  if (!Number.isInteger(lunar.day) || lunar.day < 1 || lunar.day > 30) {
    throw new AppError('VALIDATION_FAILED', {
      message: { vi: 'Ngày âm lịch phải từ 1 đến 30.', en: 'A lunar day is 1 to 30.' },
      details: lunar,
    });
  }
  return plainDateOf(dayNumberOfLunar(lunar));
}

const STEMS = ['Giáp', 'Ất', 'Bính', 'Đinh', 'Mậu', 'Kỷ', 'Canh', 'Tân', 'Nhâm', 'Quý'];
const BRANCHES = ['Tý', 'Sửu', 'Dần', 'Mão', 'Thìn', 'Tỵ', 'Ngọ', 'Mùi', 'Thân', 'Dậu', 'Tuất', 'Hợi'];

/** The sexagenary (Can Chi) name of a lunar year, e.g. 2026 → "Bính Ngọ". */
export function lunarYearName(year: number): string {
  return `${STEMS[(((year + 6) % 10) + 10) % 10]} ${BRANCHES[(((year + 8) % 12) + 12) % 12]}`;
}
