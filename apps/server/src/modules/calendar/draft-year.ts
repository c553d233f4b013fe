import { AppError } from '../../platform/errors';
import type { PlainDate } from '../../platform/time';
import type { CalendarEntry, CalendarYear } from './calendar-year';
import { DEFAULT_DRAFT_YEAR_SETTINGS, type DraftYearSettings } from './calendar-settings';
import { dayMonthLabel, dayNumberFromCivil, isWeekend, plainDateOf, weekdayNameVi, weekdayOf } from './day-number';
import { dayNumberOfLunar, LUNAR_LAST_YEAR, lunarOfDayNumber, lunarYearName } from './lunar';

/**
 * A draft working-calendar year computed from the Labour Code, for years whose official notice is not out yet.
 * It lists the public holidays that fall on weekdays and the compensatory days of those that fall on a weekend.
 * It never proposes swaps (hoán đổi) or make-up Saturdays: those are the Prime Minister's yearly choice.
 */

/** Before 2014 another Labour Code applied (4 Tết days until the 2012 Code took effect on 01/05/2013). */
export const DRAFT_FIRST_YEAR = 2014;
export const DRAFT_LAST_YEAR = LUNAR_LAST_YEAR;

/** A public holiday (ngày lễ, Tết) on its own date, whether or not it falls on a weekend. */
export interface StatutoryHoliday {
  date: PlainDate;
  /** Short Vietnamese name, used in compensatory-day reasons. */
  name: string;
  reason: string;
  source: string;
  /** Fixed by the Code itself (New Year, Giỗ Tổ, 30/4, 1/5, 2/9), not by the Prime Minister's choice. */
  lawFixed: boolean;
}

// Labour Code 2019 (from 2021) and Labour Code 2012 (2013–2020) list the same holidays except 2/9.
const codeOf = (year: number) =>
  year >= 2021
    ? {
        holidays: 'Dự thảo tính theo Bộ luật Lao động 2019 Điều 112 khoản 1',
        tet: 'Dự thảo tính theo Bộ luật Lao động 2019 Điều 112 khoản 1 điểm b và khoản 3 (Thủ tướng quyết định ngày cụ thể)',
        adjacent:
          'Dự thảo tính theo Bộ luật Lao động 2019 Điều 112 khoản 1 điểm đ và khoản 3 (Thủ tướng chọn ngày liền kề)',
        compensatory: 'Dự thảo tính theo Bộ luật Lao động 2019 Điều 111 khoản 3 (nghỉ bù vào ngày làm việc kế tiếp)',
      }
    : {
        holidays: 'Dự thảo tính theo Bộ luật Lao động 2012 Điều 115 khoản 1',
        tet: 'Dự thảo tính theo Bộ luật Lao động 2012 Điều 115 khoản 1 (Thủ tướng quyết định ngày cụ thể)',
        adjacent: '',
        compensatory: 'Dự thảo tính theo Bộ luật Lao động 2012 Điều 115 khoản 3 (nghỉ bù vào ngày kế tiếp)',
      };

function lunarDayLabel(dayNumber: number): string {
  const lunar = lunarOfDayNumber(dayNumber);
  const month = lunar.month === 12 ? 'tháng Chạp' : lunar.month === 1 ? 'tháng Giêng' : `tháng ${lunar.month}`;
  if (lunar.month === 1 && lunar.day <= 10) return `mùng ${lunar.day}`;
  return `${lunar.day} ${month}`;
}

function checkYear(year: number): void {
  if (!Number.isInteger(year) || year < DRAFT_FIRST_YEAR || year > DRAFT_LAST_YEAR) {
    throw new AppError('CALENDAR_OUT_OF_RANGE', {
      message: {
        vi: `Chỉ lập được dự thảo lịch cho các năm ${DRAFT_FIRST_YEAR}–${DRAFT_LAST_YEAR} (trước 2014 áp dụng Bộ luật Lao động khác); năm ${year} nằm ngoài khoảng này.`,
        en: `Draft calendars cover ${DRAFT_FIRST_YEAR}–${DRAFT_LAST_YEAR} only (an older Labour Code applied before 2014); ${year} is outside.`,
      },
      details: { year, from: DRAFT_FIRST_YEAR, to: DRAFT_LAST_YEAR },
    });
  }
}

/** The day joining 2 September (from 2021), per the setting. */
function nationalDayAdjacent(year: number, setting: DraftYearSettings['nationalDayAdjacentDay']): number {
  const before = dayNumberFromCivil(year, 9, 1);
  const after = dayNumberFromCivil(year, 9, 3);
  if (setting === 'BEFORE') return before;
  if (setting === 'AFTER') return after;
  if (isWeekend(before)) return after;
  if (isWeekend(after)) return before;
  // Both are weekdays (2/9 on Tue, Wed or Thu): join the weekend (Tue → Mon 1/9, Thu → Fri 3/9); Wed → 1/9 as in 2026.
  return weekdayOf(after) === 5 ? after : before;
}

interface Holiday {
  day: number;
  name: string;
  /** Which day of a multi-day holiday ("mùng 1"), for compensatory-day reasons. */
  detail?: string;
  reason: string;
  source: string;
  lawFixed: boolean;
}

function holidaysOf(year: number, settings: DraftYearSettings): Holiday[] {
  checkYear(year);
  const code = codeOf(year);
  const list: Holiday[] = [];
  const fixed = (month: number, day: number, name: string, reason: string) =>
    list.push({ day: dayNumberFromCivil(year, month, day), name, reason, source: code.holidays, lawFixed: true });

  // Labour Code 2019 Art 112(1)(a) / 2012 Art 115(1)(a): Tết Dương lịch, 1 day (1 January).
  fixed(1, 1, 'Tết Dương lịch', 'Tết Dương lịch (01/01)');

  // Labour Code 2019 Art 112(1)(b) / 2012 Art 115(1)(b): Tết Âm lịch, 5 days; the PM fixes them (Art 112(3)).
  const tet = dayNumberOfLunar({ year, month: 1, day: 1 });
  const tetName = `Tết Nguyên đán ${lunarYearName(year)}`;
  for (let i = -settings.tetDaysBeforeNewYear; i < 5 - settings.tetDaysBeforeNewYear; i++) {
    const day = tet + i;
    list.push({
      day,
      name: tetName,
      detail: lunarDayLabel(day),
      reason: `Nghỉ ${tetName} (${lunarDayLabel(day)})`,
      source: code.tet,
      lawFixed: false,
    });
  }

  // Labour Code 2019 Art 112(1)(c) / 2012 Art 115(1)(c): Ngày Chiến thắng, 30 April.
  fixed(4, 30, 'Ngày Chiến thắng', 'Ngày Chiến thắng (30/04)');
  // Labour Code 2019 Art 112(1)(d) / 2012 Art 115(1)(d): Ngày Quốc tế lao động, 1 May.
  fixed(5, 1, 'Ngày Quốc tế lao động', 'Ngày Quốc tế lao động (01/05)');
  // Labour Code 2019 Art 112(1)(đ): Quốc khánh, 2 September plus one adjacent day; 2012 Art 115(1)(đ): 1 day.
  fixed(9, 2, 'Quốc khánh', 'Quốc khánh (02/09)');
  if (year >= 2021) {
    list.push({
      day: nationalDayAdjacent(year, settings.nationalDayAdjacentDay),
      name: 'Nghỉ liền kề Quốc khánh',
      reason: 'Nghỉ Quốc khánh (ngày liền kề 02/09)',
      source: code.adjacent,
      lawFixed: false,
    });
  }
  // Labour Code 2019 Art 112(1)(e) / 2012 Art 115(1)(e): Giỗ Tổ Hùng Vương, 10th day of the 3rd lunar month
  // (the regular month when the 3rd month has a leap twin, e.g. 2031).
  list.push({
    day: dayNumberOfLunar({ year, month: 3, day: 10 }),
    name: 'Giỗ Tổ Hùng Vương',
    reason: 'Giỗ Tổ Hùng Vương (10/3 âm lịch)',
    source: code.holidays,
    lawFixed: true,
  });
  // Not law yet: Politburo Resolution 80-NQ/TW (07/01/2026) asks for 24/11 as a paid holiday — a setting.
  if (settings.cultureDayFromYear !== null && year >= settings.cultureDayFromYear) {
    list.push({
      day: dayNumberFromCivil(year, 11, 24),
      name: 'Ngày Văn hóa Việt Nam',
      reason: 'Ngày Văn hóa Việt Nam (24/11)',
      source: `Dự thảo theo thiết lập cultureDayFromYear = ${settings.cultureDayFromYear} (Nghị quyết 80-NQ/TW; cần Bộ luật Lao động sửa đổi)`,
      lawFixed: false,
    });
  }
  list.sort((a, b) => a.day - b.day);
  // Two holidays on one date give one day off: the Code grants no extra day for a coincidence.
  return list.filter((h, i) => i === 0 || list[i - 1]!.day !== h.day);
}

/** Every public holiday of `year` in date order, on its own date (weekend or not). */
export function statutoryHolidays(
  year: number,
  settings: DraftYearSettings = DEFAULT_DRAFT_YEAR_SETTINGS,
): StatutoryHoliday[] {
  return holidaysOf(year, settings).map(({ day, name, reason, source, lawFixed }) => ({
    date: plainDateOf(day),
    name,
    reason,
    source,
    lawFixed,
  }));
}

const cache = new Map<string, CalendarYear>();

/** A draft calendar year computed from the Labour Code and the lunar calendar (memoised; the result is frozen). */
export function proposeDraftYear(
  year: number,
  settings: DraftYearSettings = DEFAULT_DRAFT_YEAR_SETTINGS,
): CalendarYear {
  const key = `${year}|${settings.tetDaysBeforeNewYear}|${settings.nationalDayAdjacentDay}|${settings.cultureDayFromYear}`;
  const cached = cache.get(key);
  if (cached) return cached;

  const holidays = holidaysOf(year, settings);
  const off = new Map<number, CalendarEntry>();
  for (const h of holidays) {
    if (isWeekend(h.day)) continue;
    off.set(
      h.day,
      Object.freeze({ date: plainDateOf(h.day), kind: 'NON_WORKING_WEEKDAY', reason: h.reason, source: h.source }),
    );
  }
  const holidayDays = new Set(holidays.map((h) => h.day));
  const compensatory = codeOf(year).compensatory;
  // Labour Code 2019 Art 111(3): a holiday on the weekly rest day is taken on the next working day; handled in
  // date order so that several weekend holidays in a row (Tết) take consecutive working days.
  for (const h of holidays) {
    if (!isWeekend(h.day)) continue;
    let day = h.day + 1;
    while (isWeekend(day) || off.has(day) || holidayDays.has(day)) day++;
    off.set(
      day,
      Object.freeze({
        date: plainDateOf(day),
        kind: 'NON_WORKING_WEEKDAY',
        reason: `Nghỉ bù ${h.name} (${h.detail ? `${h.detail}, ` : ''}${weekdayNameVi(h.day)} ${dayMonthLabel(h.day)})`,
        source: compensatory,
      }),
    );
  }
  const entries = [...off.entries()].sort((a, b) => a[0] - b[0]).map(([, e]) => e);
  const result: CalendarYear = Object.freeze({
    year,
    status: 'draft',
    basis: `Dự thảo tính theo Bộ luật Lao động ${year >= 2021 ? '2019 (Điều 111, 112)' : '2012 (Điều 115)'} và âm lịch Việt Nam (UTC+7); chưa có thông báo chính thức; chưa gồm hoán đổi ngày làm việc (Thủ tướng quyết định hằng năm).`,
    entries: Object.freeze(entries),
  });
  cache.set(key, result);
  return result;
}
