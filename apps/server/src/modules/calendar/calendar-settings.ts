import { AppError } from '../../platform/errors';

/**
 * The rules that rules.md marks [U] (unverified) or that the law leaves to a choice, as settings with their
 * defaults. docs/calendar-rules.md explains each one, its default and its legal basis.
 */

/** How `proposeDraftYear` fills a year that has no official notice yet. */
export interface DraftYearSettings {
  /**
   * Of the 5 Tết days, how many fall before mùng 1 (the last days of the old lunar year); the rest start on mùng 1.
   * Labour Code 2019 Art 112(3): the Prime Minister fixes the days each year. Default 2 (2 + 3), which reproduces
   * every official Tết break of 2019–2026 once compensatory days are added.
   */
  tetDaysBeforeNewYear: number;
  /**
   * Which day joins 2 September (Labour Code 2019 Art 112(1)(đ), from 2021; the Prime Minister picks it).
   * AUTO: the adjacent Mon–Fri that makes the longer break with the weekend; on a tie (2/9 on a Wednesday) 1/9.
   * This reproduces 2021–2026.
   */
  nationalDayAdjacentDay: 'AUTO' | 'BEFORE' | 'AFTER';
  /**
   * First year in which 24/11 (Ngày Văn hóa Việt Nam) is a paid holiday, or null while the Labour Code is not
   * amended (Politburo Resolution 80-NQ/TW and Government Resolution 30/NQ-CP ask for it; not law yet — [U]).
   */
  cultureDayFromYear: number | null;
}

export const DEFAULT_DRAFT_YEAR_SETTINGS: Readonly<DraftYearSettings> = Object.freeze({
  tetDaysBeforeNewYear: 2,
  nationalDayAdjacentDay: 'AUTO',
  cultureDayFromYear: null,
});

/** How due dates are computed from a receipt (rules.md §7.3 R1–R9). */
export interface DeadlineSettings {
  /**
   * R1 [U]: a dossier received on a non-working day, or at/after the office closes, counts as received on the next
   * working day at opening (NEXT_WORKING_DAY). RECEIPT_DATE keeps the calendar date of receipt (Civil Code 2015
   * Art 147 alone: counting starts the day after).
   */
  offHoursReceipt: 'NEXT_WORKING_DAY' | 'RECEIPT_DATE';
  /** R1/R5 [S]: SAME_DAY procedures received after this time (`HH:mm`) are due the next working day. */
  sameDayCutoff: string;
  /**
   * R2 [S]: the appointment time printed on the receipt. OFFICE_CLOSE: the close of the due day (the period runs to
   * the end of its last day, Civil Code 2015 Art 148). SAME_CLOCK_TIME: the clock time of the effective receipt on
   * the due day (Thanh Hóa practice), kept inside that day's office hours.
   */
  appointmentTime: 'OFFICE_CLOSE' | 'SAME_CLOCK_TIME';
  /**
   * R9: paper dossiers received after this time (`HH:mm`) are transferred at the start of the next working day.
   * Decree 61/2018 Art 18(2) (VERIFIED: 15:00); Decree 118/2025 wording not seen.
   */
  transferCutoff: string;
  /**
   * R6: what a complete supplement does to the clock. RESTART: counted again from zero from the supplement
   * (Decree 61/2018 Art 19(4), VERIFIED; [U] under Decree 118/2025). PAUSE: the waiting time is not counted.
   */
  supplementClock: 'RESTART' | 'PAUSE';
  /** R6 [U]: whether time spent waiting for a financial obligation (tax, fee) is left out of the period. */
  financialObligationPausesClock: boolean;
  /**
   * R7: "chậm nhất 01 ngày trước ngày hết hạn" (Decree 61/2018 Art 19(9)) does not say working or calendar day.
   * WORKING_DAY_BEFORE (rules.md R7): the apology must go out by the working day before the due date.
   */
  apologyDeadline: 'WORKING_DAY_BEFORE' | 'CALENDAR_DAY_BEFORE';
  /** R7: "Việc hẹn lại ngày trả kết quả được thực hiện không quá một lần" (Decree 61/2018 Art 19(9)). */
  maxNewAppointments: number;
  /** Decree 61/2018 Art 19(4): the supplement notice goes out within 3 working days of receipt (sector law may differ). */
  supplementNoticeWorkingDays: number;
}

export const DEFAULT_DEADLINE_SETTINGS: Readonly<DeadlineSettings> = Object.freeze({
  offHoursReceipt: 'NEXT_WORKING_DAY',
  sameDayCutoff: '15:00',
  appointmentTime: 'OFFICE_CLOSE',
  transferCutoff: '15:00',
  supplementClock: 'RESTART',
  financialObligationPausesClock: true,
  apologyDeadline: 'WORKING_DAY_BEFORE',
  maxNewAppointments: 1,
  supplementNoticeWorkingDays: 3,
});

const TIME_OF_DAY = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** Minutes since midnight of an `HH:mm` string. */
export function minuteOfTime(hhmm: string): number {
  const match = TIME_OF_DAY.exec(hhmm);
  if (!match) {
    throw new AppError('VALIDATION_FAILED', {
      message: { vi: `Giờ "${hhmm}" phải có dạng HH:mm, ví dụ 15:00.`, en: `"${hhmm}" must be HH:mm, e.g. 15:00.` },
      details: { value: hhmm },
    });
  }
  return Number(match[1]) * 60 + Number(match[2]);
}

function invalidSetting(name: string, vi: string, en: string, value: unknown): AppError {
  return new AppError('VALIDATION_FAILED', {
    message: { vi: `Thiết lập ${name}: ${vi}`, en: `Setting ${name}: ${en}` },
    details: { setting: name, value },
  });
}

/** Defaults overridden by `overrides`, checked. */
export function deadlineSettings(overrides: Partial<DeadlineSettings> = {}): DeadlineSettings {
  const s: DeadlineSettings = { ...DEFAULT_DEADLINE_SETTINGS, ...overrides };
  minuteOfTime(s.sameDayCutoff);
  minuteOfTime(s.transferCutoff);
  if (s.offHoursReceipt !== 'NEXT_WORKING_DAY' && s.offHoursReceipt !== 'RECEIPT_DATE') {
    throw invalidSetting(
      'offHoursReceipt',
      'chỉ nhận NEXT_WORKING_DAY hoặc RECEIPT_DATE.',
      'NEXT_WORKING_DAY or RECEIPT_DATE.',
      s.offHoursReceipt,
    );
  }
  if (s.appointmentTime !== 'OFFICE_CLOSE' && s.appointmentTime !== 'SAME_CLOCK_TIME') {
    throw invalidSetting(
      'appointmentTime',
      'chỉ nhận OFFICE_CLOSE hoặc SAME_CLOCK_TIME.',
      'OFFICE_CLOSE or SAME_CLOCK_TIME.',
      s.appointmentTime,
    );
  }
  if (s.supplementClock !== 'RESTART' && s.supplementClock !== 'PAUSE') {
    throw invalidSetting('supplementClock', 'chỉ nhận RESTART hoặc PAUSE.', 'RESTART or PAUSE.', s.supplementClock);
  }
  if (s.apologyDeadline !== 'WORKING_DAY_BEFORE' && s.apologyDeadline !== 'CALENDAR_DAY_BEFORE') {
    throw invalidSetting(
      'apologyDeadline',
      'chỉ nhận WORKING_DAY_BEFORE hoặc CALENDAR_DAY_BEFORE.',
      'WORKING_DAY_BEFORE or CALENDAR_DAY_BEFORE.',
      s.apologyDeadline,
    );
  }
  if (!Number.isInteger(s.maxNewAppointments) || s.maxNewAppointments < 0 || s.maxNewAppointments > 10) {
    throw invalidSetting(
      'maxNewAppointments',
      'phải là số nguyên từ 0 đến 10.',
      'an integer from 0 to 10.',
      s.maxNewAppointments,
    );
  }
  if (
    !Number.isInteger(s.supplementNoticeWorkingDays) ||
    s.supplementNoticeWorkingDays < 0 ||
    s.supplementNoticeWorkingDays > 60
  ) {
    throw invalidSetting(
      'supplementNoticeWorkingDays',
      'phải là số nguyên từ 0 đến 60.',
      'an integer from 0 to 60.',
      s.supplementNoticeWorkingDays,
    );
  }
  return Object.freeze(s);
}

/** Defaults overridden by `overrides`, checked. */
export function draftYearSettings(overrides: Partial<DraftYearSettings> = {}): DraftYearSettings {
  const s: DraftYearSettings = { ...DEFAULT_DRAFT_YEAR_SETTINGS, ...overrides };
  if (!Number.isInteger(s.tetDaysBeforeNewYear) || s.tetDaysBeforeNewYear < 0 || s.tetDaysBeforeNewYear > 5) {
    throw invalidSetting(
      'tetDaysBeforeNewYear',
      'phải là số nguyên từ 0 đến 5.',
      'an integer from 0 to 5.',
      s.tetDaysBeforeNewYear,
    );
  }
  if (!['AUTO', 'BEFORE', 'AFTER'].includes(s.nationalDayAdjacentDay)) {
    throw invalidSetting(
      'nationalDayAdjacentDay',
      'chỉ nhận AUTO, BEFORE hoặc AFTER.',
      'AUTO, BEFORE or AFTER.',
      s.nationalDayAdjacentDay,
    );
  }
  if (s.cultureDayFromYear !== null && !Number.isInteger(s.cultureDayFromYear)) {
    throw invalidSetting(
      'cultureDayFromYear',
      'phải là một năm hoặc để trống.',
      'a year or null.',
      s.cultureDayFromYear,
    );
  }
  return Object.freeze(s);
}
