import { AppError } from '../../platform/errors';
import type { PlainDate } from '../../platform/time';
import { dayNumberOf, formatDayMonthYear, isWeekend } from './day-number';

/**
 * One year of the working calendar as data: the exceptions to "Monday–Friday work, Saturday–Sunday rest"
 * (QĐ 188/1999/QĐ-TTg Art 1). A year is `official` when every entry comes from the annual notice (Thông báo of
 * Bộ LĐTBXH until 2024, Bộ Nội vụ from 2025, after the Prime Minister's approval); otherwise it is a `draft`,
 * usually computed by `proposeDraftYear` from the Labour Code, and an administrator confirms it when the notice
 * is out.
 */

export type CalendarStatus = 'official' | 'draft';

export type CalendarEntryKind = 'NON_WORKING_WEEKDAY' | 'WORKING_WEEKEND';

export interface CalendarEntry {
  date: PlainDate;
  /** A Monday–Friday that is not worked, or a Saturday/Sunday that is worked (make-up day, làm bù). */
  kind: CalendarEntryKind;
  /** Vietnamese, shown to staff: "Nghỉ Tết Nguyên đán", "Làm bù cho ngày 29/4". */
  reason: string;
  /** The notice or rule the entry comes from: "Thông báo 3238/TB-LĐTBXH", "Dự thảo tính theo …". */
  source: string;
  /**
   * A draft entry in its own right: announced as policy but not yet in force (Vietnam Culture Day 24/11/2026).
   * It is listed for administrators and marks its date as `draft`, but it does NOT change the working days until
   * an administrator confirms it (removes the flag). Entries of a draft year do not need it: the whole year is draft
   * and its entries count.
   */
  pending?: boolean;
}

export interface CalendarYear {
  year: number;
  status: CalendarStatus;
  /** The instruments behind the year (or why it is a draft), for administrators. */
  basis: string;
  entries: readonly CalendarEntry[];
}

/** Problems with a calendar year, in Vietnamese; empty when it can be used. */
export function calendarYearProblems(year: CalendarYear): string[] {
  const problems: string[] = [];
  if (!Number.isInteger(year.year)) problems.push(`Năm "${String(year.year)}" không hợp lệ`);
  if (year.status !== 'official' && year.status !== 'draft') {
    problems.push(`Năm ${year.year}: trạng thái phải là "official" hoặc "draft"`);
  }
  const seen = new Set<string>();
  for (const entry of year.entries) {
    let day: number;
    try {
      day = dayNumberOf(entry.date);
    } catch {
      problems.push(`Ngày "${String(entry.date)}" không hợp lệ (cần dạng YYYY-MM-DD)`);
      continue;
    }
    const label = formatDayMonthYear(day);
    if (!entry.date.startsWith(`${year.year}-`)) problems.push(`Ngày ${label} không thuộc năm ${year.year}`);
    if (seen.has(entry.date)) problems.push(`Ngày ${label} được khai báo nhiều lần`);
    seen.add(entry.date);
    if (entry.kind === 'NON_WORKING_WEEKDAY' && isWeekend(day)) {
      problems.push(`Ngày ${label} là thứ Bảy/Chủ nhật, không thể khai báo là ngày nghỉ trong tuần`);
    } else if (entry.kind === 'WORKING_WEEKEND' && !isWeekend(day)) {
      problems.push(`Ngày ${label} không phải thứ Bảy/Chủ nhật, không thể khai báo là ngày làm bù cuối tuần`);
    } else if (entry.kind !== 'NON_WORKING_WEEKDAY' && entry.kind !== 'WORKING_WEEKEND') {
      problems.push(`Ngày ${label}: loại "${String(entry.kind)}" không hợp lệ`);
    }
    if (!entry.reason?.trim()) problems.push(`Ngày ${label}: thiếu lý do`);
    if (!entry.source?.trim()) problems.push(`Ngày ${label}: thiếu căn cứ (văn bản)`);
  }
  return problems;
}

/** Throws VALIDATION_FAILED listing every problem of the year. */
export function assertValidCalendarYear(year: CalendarYear): void {
  const problems = calendarYearProblems(year);
  if (problems.length > 0) {
    throw new AppError('VALIDATION_FAILED', {
      message: {
        vi: `Lịch làm việc năm ${year.year} không hợp lệ: ${problems.join('; ')}.`,
        en: `The working calendar of ${year.year} is not valid (${problems.length} problem(s)).`,
      },
      details: { year: year.year, problems },
    });
  }
}
