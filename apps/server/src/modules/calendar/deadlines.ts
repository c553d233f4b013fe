import type { OfficeHoursSeason } from '@mot-cua/contracts';
import { AppError } from '../../platform/errors';
import { toVietnamDate, type PlainDate } from '../../platform/time';
import type { CalendarStatus } from './calendar-year';
import { DEFAULT_DEADLINE_SETTINGS, minuteOfTime, type DeadlineSettings } from './calendar-settings';
import {
  dayNumberOf,
  plainDateOf,
  vietnamDayNumber,
  vietnamInstantMs,
  vietnamMidnightMs,
  vietnamMsOfDay,
} from './day-number';
import { compileOfficeHours, type CompiledOfficeHours, type Sessions } from './office-hours';
import type { WorkingCalendar } from './working-calendar';

/**
 * Due dates of dossiers (rules.md §7.3 R1–R9), as pure functions of the receipt time, the procedure's duration,
 * the working calendar, the center's office hours and the settings. Times are instants (`Date`) read in
 * Asia/Ho_Chi_Minh; dates are `PlainDate`.
 *
 * Decimal amounts: `n + f` working days (0 < f < 1) run n whole working days, then the fraction f of the next
 * working day's office time, counted from its morning opening through the sessions. 7.5 working days from a receipt
 * on Monday 07/10 ends on the 8th working day after it (Thursday 17/10) half-way through its office hours (e.g.
 * 11:00 with 07:00–11:30 / 13:30–17:00). CALENDAR_DAY amounts are rounded up to whole days (a day period ends at the
 * end of its last day, Civil Code 2015 Art 148); WORKING_HOUR amounts are exact to the millisecond.
 */

export type DurationUnit = 'WORKING_DAY' | 'CALENDAR_DAY' | 'WORKING_HOUR' | 'SAME_DAY';
export const DURATION_UNITS: readonly DurationUnit[] = ['WORKING_DAY', 'CALENDAR_DAY', 'WORKING_HOUR', 'SAME_DAY'];

/** Ten years: more is a typing error, not a procedure. */
export const MAX_DURATION_AMOUNT = 3650;

export interface DueInput {
  receivedAt: Date;
  /** How long the procedure takes, in `unit`; ignored for SAME_DAY. 0 to 3,650, decimals allowed. */
  amount: number;
  unit: DurationUnit;
  calendar: WorkingCalendar;
  officeHours: readonly OfficeHoursSeason[];
  settings?: DeadlineSettings;
}

export interface Due {
  /** The appointment: an instant on `dueDate`. */
  dueAt: Date;
  /** The due date in Vietnam; outcomes are classified against it (rules.md §4.4). */
  dueDate: PlainDate;
  /** 'draft' when any day from the effective receipt to the due date comes from a draft calendar. */
  calendarStatus: CalendarStatus;
  /** The moment the period is counted from, after R1 (next working day for off-hours receipts). */
  effectiveStart: Date;
}

// ---- input checks ----------------------------------------------------------------------------------------------

function checkAmount(amount: number): void {
  if (typeof amount !== 'number' || !Number.isFinite(amount) || amount < 0 || amount > MAX_DURATION_AMOUNT) {
    throw new AppError('VALIDATION_FAILED', {
      message: {
        vi: `Thời hạn giải quyết phải là một số từ 0 đến 3.650 (được dùng số thập phân, ví dụ 7,5 ngày làm việc); giá trị nhận được: ${String(amount)}.`,
        en: `The processing time must be a number from 0 to 3,650 (decimals allowed, e.g. 7.5 working days); got ${String(amount)}.`,
      },
      details: { field: 'amount', value: amount, min: 0, max: MAX_DURATION_AMOUNT },
    });
  }
}

function checkUnit(unit: DurationUnit): void {
  if (!DURATION_UNITS.includes(unit)) {
    throw new AppError('VALIDATION_FAILED', {
      message: {
        vi: `Đơn vị thời hạn "${String(unit)}" không hợp lệ; chỉ nhận ${DURATION_UNITS.join(', ')}.`,
        en: `Unknown duration unit "${String(unit)}"; expected one of ${DURATION_UNITS.join(', ')}.`,
      },
      details: { field: 'unit', value: unit },
    });
  }
}

function instantMs(value: Date, field: string): number {
  const ms = value instanceof Date ? value.getTime() : Number.NaN;
  if (Number.isNaN(ms)) {
    throw new AppError('VALIDATION_FAILED', {
      message: { vi: `Thời điểm "${field}" không hợp lệ.`, en: `"${field}" is not a valid instant.` },
      details: { field },
    });
  }
  return ms;
}

const cutoffCache = new Map<string, number>();
function cutoffMs(hhmm: string): number {
  let ms = cutoffCache.get(hhmm);
  if (ms === undefined) {
    ms = minuteOfTime(hhmm) * 60_000;
    cutoffCache.set(hhmm, ms);
  }
  return ms;
}

// ---- building blocks -------------------------------------------------------------------------------------------

const MINUTE = 60_000;
const openMs = (s: Sessions) => s.morningStart * MINUTE;
const closeMs = (s: Sessions) => s.afternoonEnd * MINUTE;

interface Start {
  /** The day the period is counted from (its own day is not counted for day periods). */
  day: number;
  /** Epoch ms of the effective start. */
  ms: number;
}

/**
 * R1: where counting starts. A receipt on a non-working day or at/after the office close counts from the next
 * working day at opening (setting `offHoursReceipt`, rules.md R1 [U]); one before opening counts from the opening.
 */
function effectiveStart(
  receivedMs: number,
  calendar: WorkingCalendar,
  hours: CompiledOfficeHours,
  settings: DeadlineSettings,
): Start {
  const day = vietnamDayNumber(receivedMs);
  const msOfDay = vietnamMsOfDay(receivedMs);
  const sessions = hours.sessionsOn(day);
  if (!calendar.isWorkingDayNumber(day) || msOfDay >= closeMs(sessions)) {
    if (settings.offHoursReceipt === 'RECEIPT_DATE') return { day, ms: receivedMs };
    const next = calendar.addWorkingDaysToDayNumber(day, 1);
    return { day: next, ms: vietnamInstantMs(next, hours.sessionsOn(next).morningStart) };
  }
  if (msOfDay < openMs(sessions)) return { day, ms: vietnamInstantMs(day, sessions.morningStart) };
  return { day, ms: receivedMs };
}

/** R2: the appointment time on the due day. */
function appointmentMs(dueDay: number, start: Start, hours: CompiledOfficeHours, settings: DeadlineSettings): number {
  const sessions = hours.sessionsOn(dueDay);
  if (settings.appointmentTime === 'OFFICE_CLOSE') return vietnamMidnightMs(dueDay) + closeMs(sessions);
  // SAME_CLOCK_TIME: the clock time of the effective start, kept inside the due day's office hours.
  const t = vietnamMsOfDay(start.ms);
  const lunch = t > sessions.morningEnd * MINUTE && t < sessions.afternoonStart * MINUTE;
  const clamped = lunch ? sessions.afternoonStart * MINUTE : Math.min(Math.max(t, openMs(sessions)), closeMs(sessions));
  return vietnamMidnightMs(dueDay) + clamped;
}

/** The instant `fraction` of the way through the office time of `day` (0 < fraction < 1), morning then afternoon. */
function fractionOfDayMs(day: number, fraction: number, hours: CompiledOfficeHours): number {
  const s = hours.sessionsOn(day);
  const into = Math.round(fraction * s.total * MINUTE);
  const morning = (s.morningEnd - s.morningStart) * MINUTE;
  const local = into <= morning ? s.morningStart * MINUTE + into : s.afternoonStart * MINUTE + (into - morning);
  return vietnamMidnightMs(day) + local;
}

/** R4: add `durationMs` of office time from `fromMs`, inside the sessions of working days. */
function addWorkingTime(
  fromMs: number,
  durationMs: number,
  calendar: WorkingCalendar,
  hours: CompiledOfficeHours,
): { start: Start; dueMs: number } {
  let day = vietnamDayNumber(fromMs);
  let cursor = vietnamMsOfDay(fromMs);
  let remaining = durationMs;
  let start: Start | undefined;
  for (;;) {
    if (calendar.isWorkingDayNumber(day)) {
      const s = hours.sessionsOn(day);
      const base = vietnamMidnightMs(day);
      for (const [from, to] of [
        [s.morningStart * MINUTE, s.morningEnd * MINUTE],
        [s.afternoonStart * MINUTE, s.afternoonEnd * MINUTE],
      ] as const) {
        if (cursor >= to) continue;
        const begin = Math.max(cursor, from);
        start ??= { day, ms: base + begin };
        if (remaining <= to - begin) return { start, dueMs: base + begin + remaining };
        remaining -= to - begin;
        cursor = to;
      }
    }
    day = calendar.addWorkingDaysToDayNumber(day, 1);
    cursor = 0;
  }
}

/** Office time (ms) inside [fromMs, toMs) on working days. */
function workingTimeBetween(
  fromMs: number,
  toMs: number,
  calendar: WorkingCalendar,
  hours: CompiledOfficeHours,
): number {
  let total = 0;
  const lastDay = vietnamDayNumber(toMs);
  for (let day = vietnamDayNumber(fromMs); day <= lastDay; day++) {
    if (!calendar.isWorkingDayNumber(day)) continue;
    const s = hours.sessionsOn(day);
    const base = vietnamMidnightMs(day);
    for (const [from, to] of [
      [s.morningStart, s.morningEnd],
      [s.afternoonStart, s.afternoonEnd],
    ] as const) {
      const a = Math.max(fromMs, base + from * MINUTE);
      const b = Math.min(toMs, base + to * MINUTE);
      if (b > a) total += b - a;
    }
  }
  return total;
}

function result(dueMs: number, dueDay: number, start: Start, calendar: WorkingCalendar): Due {
  return {
    dueAt: new Date(dueMs),
    dueDate: plainDateOf(dueDay),
    calendarStatus: calendar.periodStatusOfDayNumbers(start.day, dueDay),
    effectiveStart: new Date(start.ms),
  };
}

// ---- R1–R5: the due date of a receipt --------------------------------------------------------------------------

/** The due date and appointment of a dossier received at `receivedAt`. */
export function computeDue(input: DueInput): Due {
  const { amount, unit, calendar } = input;
  const settings = input.settings ?? DEFAULT_DEADLINE_SETTINGS;
  checkAmount(amount);
  checkUnit(unit);
  const receivedMs = instantMs(input.receivedAt, 'receivedAt');
  calendar.checkDayNumber(vietnamDayNumber(receivedMs));
  const hours = compileOfficeHours(input.officeHours);

  switch (unit) {
    case 'WORKING_DAY': {
      const start = effectiveStart(receivedMs, calendar, hours, settings);
      const whole = Math.floor(amount);
      const fraction = amount - whole;
      if (fraction > 1e-9) {
        // Civil Code 2015 Art 147: the day of receipt is not counted; the fraction runs in the next working day.
        const dueDay = calendar.addWorkingDaysToDayNumber(start.day, whole + 1);
        return result(fractionOfDayMs(dueDay, fraction, hours), dueDay, start, calendar);
      }
      // Civil Code 2015 Art 147: the day of receipt is not counted; the n-th working day after it is the due date.
      const dueDay =
        whole === 0
          ? calendar.workingDayOnOrAfterDayNumber(start.day)
          : calendar.addWorkingDaysToDayNumber(start.day, whole);
      return result(appointmentMs(dueDay, start, hours, settings), dueDay, start, calendar);
    }
    case 'CALENDAR_DAY': {
      const start = effectiveStart(receivedMs, calendar, hours, settings);
      // Civil Code 2015 Art 147: counting starts the day after receipt; Art 148: a last day that is not a working
      // day moves to the next working day.
      const dueDay = calendar.workingDayOnOrAfterDayNumber(start.day + Math.ceil(amount - 1e-9));
      return result(appointmentMs(dueDay, start, hours, settings), dueDay, start, calendar);
    }
    case 'WORKING_HOUR': {
      // Civil Code 2015 Art 147(1): a period in hours starts at the moment given; counted in office hours (R4).
      const { start, dueMs } = addWorkingTime(receivedMs, Math.round(amount * 3_600_000), calendar, hours);
      return result(dueMs, vietnamDayNumber(dueMs), start, calendar);
    }
    case 'SAME_DAY': {
      const start = effectiveStart(receivedMs, calendar, hours, settings);
      const day = vietnamDayNumber(receivedMs);
      const msOfDay = vietnamMsOfDay(receivedMs);
      // R5 [S]: received on a working day up to the cut-off (default 15:00) → the same day, else the next working day.
      const sameDay =
        calendar.isWorkingDayNumber(day) &&
        msOfDay <= cutoffMs(settings.sameDayCutoff) &&
        msOfDay < closeMs(hours.sessionsOn(day));
      const dueDay = sameDay ? day : calendar.workingDayOnOrAfterDayNumber(Math.max(day + 1, start.day));
      return result(vietnamInstantMs(dueDay, hours.sessionsOn(dueDay).afternoonEnd), dueDay, start, calendar);
    }
  }
}

// ---- R6: pauses and restarts -----------------------------------------------------------------------------------

export type PauseReason = 'FINANCIAL_OBLIGATION' | 'SUPPLEMENT' | 'EXCLUDED_BY_LAW';

export interface ClockPause {
  from: Date;
  to: Date;
  /**
   * FINANCIAL_OBLIGATION counts when `financialObligationPausesClock` (default true, [U]); SUPPLEMENT only when
   * `supplementClock` is PAUSE (the default RESTART uses `restartFrom`); EXCLUDED_BY_LAW (a period the sector law
   * says is not counted, e.g. field verification) always counts.
   */
  reason: PauseReason;
}

export interface DueWithPauses extends Due {
  /** How much the pauses added, in the unit of the duration (working days, calendar days or hours). */
  pausedAmount: number;
}

function pausedAmountOf(
  pause: { fromMs: number; toMs: number },
  unit: DurationUnit,
  calendar: WorkingCalendar,
  hours: CompiledOfficeHours,
): number {
  const fromDay = vietnamDayNumber(pause.fromMs);
  const toDay = vietnamDayNumber(pause.toMs);
  switch (unit) {
    case 'WORKING_HOUR':
      return workingTimeBetween(pause.fromMs, pause.toMs, calendar, hours) / 3_600_000;
    case 'CALENDAR_DAY':
      return toDay - fromDay;
    default:
      // Days in (pause start date, resume date]: the resume day is not counted, like a day of receipt (Art 147).
      return calendar.workingDaysBetweenDayNumbers(fromDay, toDay);
  }
}

/** The base due moved by `paused` (in the unit of the duration). */
function extended(input: DueInput, base: Due, paused: number, hours: CompiledOfficeHours): Due {
  if (input.unit !== 'SAME_DAY') {
    const amount = input.amount + paused;
    checkAmount(amount);
    return computeDue({ ...input, amount });
  }
  const { calendar } = input;
  const dueDay = calendar.addWorkingDaysToDayNumber(dayNumberOf(base.dueDate), paused);
  const startDay = vietnamDayNumber(base.effectiveStart.getTime());
  return {
    dueAt: new Date(vietnamInstantMs(dueDay, hours.sessionsOn(dueDay).afternoonEnd)),
    dueDate: plainDateOf(dueDay),
    calendarStatus: calendar.periodStatusOfDayNumbers(startDay, dueDay),
    effectiveStart: base.effectiveStart,
  };
}

/**
 * R6: the due date when the clock stood still during `pauses` (rules.md R6 [U]; the list of pausing reasons is
 * per procedure). Each counted pause that starts before the (already extended) due moment moves it by the time it
 * covers: working days in (start date, resume date] for day units, office time for WORKING_HOUR, calendar days for
 * CALENDAR_DAY. A pause that starts after the due moment cannot cure lateness and is ignored.
 */
export function dueAfterPauses(input: DueInput & { pauses: readonly ClockPause[] }): DueWithPauses {
  const settings = input.settings ?? DEFAULT_DEADLINE_SETTINGS;
  const hours = compileOfficeHours(input.officeHours);
  const counted = input.pauses
    .filter(
      (p) =>
        p.reason === 'EXCLUDED_BY_LAW' ||
        (p.reason === 'FINANCIAL_OBLIGATION' && settings.financialObligationPausesClock) ||
        (p.reason === 'SUPPLEMENT' && settings.supplementClock === 'PAUSE'),
    )
    .map((p) => {
      const fromMs = instantMs(p.from, 'pause.from');
      const toMs = instantMs(p.to, 'pause.to');
      if (toMs < fromMs) {
        throw new AppError('VALIDATION_FAILED', {
          message: {
            vi: 'Thời điểm kết thúc tạm dừng phải sau thời điểm bắt đầu.',
            en: 'A pause must end after it starts.',
          },
          details: { from: p.from, to: p.to },
        });
      }
      return { fromMs, toMs };
    })
    .sort((a, b) => a.fromMs - b.fromMs);
  // Overlapping pauses count once.
  const merged: { fromMs: number; toMs: number }[] = [];
  for (const p of counted) {
    const last = merged.at(-1);
    if (last && p.fromMs <= last.toMs) last.toMs = Math.max(last.toMs, p.toMs);
    else merged.push({ ...p });
  }

  const base = computeDue(input);
  let due = base;
  let paused = 0;
  for (const pause of merged) {
    if (pause.fromMs > due.dueAt.getTime()) break;
    paused += pausedAmountOf(pause, input.unit, input.calendar, hours);
    due = extended(input, base, paused, hours);
  }
  return { ...due, pausedAmount: paused };
}

/**
 * Decree 61/2018 Art 19(4): after a complete supplement "thời hạn giải quyết được tính lại từ đầu" — the period is
 * counted again from zero from the moment the complete supplement is received.
 */
export function restartFrom(input: Omit<DueInput, 'receivedAt'> & { supplementReceivedAt: Date }): Due {
  const { supplementReceivedAt, ...rest } = input;
  return computeDue({ ...rest, receivedAt: supplementReceivedAt });
}

/**
 * R6 with the `supplementClock` setting: RESTART (default, Decree 61/2018 Art 19(4)) counts from the complete
 * supplement; PAUSE keeps the original receipt and leaves the waiting time out.
 */
export function dueAfterSupplement(
  input: DueInput & { supplementRequestedAt: Date; supplementReceivedAt: Date; pauses?: readonly ClockPause[] },
): DueWithPauses {
  const settings = input.settings ?? DEFAULT_DEADLINE_SETTINGS;
  const { supplementRequestedAt, supplementReceivedAt, pauses = [], ...rest } = input;
  if (settings.supplementClock === 'RESTART') {
    const later = pauses.filter((p) => p.from.getTime() >= supplementReceivedAt.getTime());
    return dueAfterPauses({ ...rest, receivedAt: supplementReceivedAt, pauses: later });
  }
  return dueAfterPauses({
    ...rest,
    pauses: [...pauses, { from: supplementRequestedAt, to: supplementReceivedAt, reason: 'SUPPLEMENT' }],
  });
}

/**
 * Decree 61/2018 Art 19(4): the written supplement request (Form 02) goes out within 3 working days of receipt
 * (setting `supplementNoticeWorkingDays`; sector law may set another time).
 */
export function supplementNoticeDue(input: Omit<DueInput, 'amount' | 'unit'>): Due {
  const settings = input.settings ?? DEFAULT_DEADLINE_SETTINGS;
  return computeDue({ ...input, amount: settings.supplementNoticeWorkingDays, unit: 'WORKING_DAY' });
}

// ---- R7: apology and new appointment ---------------------------------------------------------------------------

export interface ApologyCheck {
  allowed: boolean;
  /** The last date on which the apology (Form 04) may be issued for this due date. */
  latestDate: PlainDate;
  reason?: 'ALREADY_RESCHEDULED' | 'TOO_LATE';
}

const dueDateOf = (due: Date | PlainDate): PlainDate =>
  due instanceof Date ? toVietnamDate(new Date(instantMs(due, 'due'))) : plainDateOf(dayNumberOf(due));

/**
 * R7, Decree 61/2018 Art 19(9): the agency notifies and apologises "chậm nhất 01 ngày trước ngày hết hạn" (by the
 * working day before the due date, setting `apologyDeadline`), and "việc hẹn lại ngày trả kết quả được thực hiện
 * không quá một lần" (setting `maxNewAppointments`, default 1).
 */
export function canApologize(
  now: Date,
  due: Date | PlainDate,
  apologyCount: number,
  calendar: WorkingCalendar,
  settings: DeadlineSettings = DEFAULT_DEADLINE_SETTINGS,
): ApologyCheck {
  const dueDay = dayNumberOf(dueDateOf(due));
  const latestDay =
    settings.apologyDeadline === 'WORKING_DAY_BEFORE' ? calendar.addWorkingDaysToDayNumber(dueDay, -1) : dueDay - 1;
  const latestDate = plainDateOf(latestDay);
  if (apologyCount >= settings.maxNewAppointments) return { allowed: false, latestDate, reason: 'ALREADY_RESCHEDULED' };
  if (vietnamDayNumber(instantMs(now, 'now')) > latestDay) return { allowed: false, latestDate, reason: 'TOO_LATE' };
  return { allowed: true, latestDate };
}

/** `canApologize` as a guard: BUSINESS_RULE_VIOLATED with the reason in Vietnamese and English. */
export function assertCanApologize(
  now: Date,
  due: Date | PlainDate,
  apologyCount: number,
  calendar: WorkingCalendar,
  settings: DeadlineSettings = DEFAULT_DEADLINE_SETTINGS,
): void {
  const check = canApologize(now, due, apologyCount, calendar, settings);
  if (check.allowed) return;
  const latest = check.latestDate.split('-').reverse().join('/');
  throw new AppError('BUSINESS_RULE_VIOLATED', {
    message:
      check.reason === 'ALREADY_RESCHEDULED'
        ? {
            vi: 'Hồ sơ đã được hẹn lại ngày trả kết quả; việc hẹn lại chỉ được thực hiện không quá một lần (Nghị định 61/2018 Điều 19 khoản 9).',
            en: 'This dossier already has a new appointment; it may be rescheduled only once (Decree 61/2018 Art 19(9)).',
          }
        : {
            vi: `Đã quá hạn gửi văn bản xin lỗi và hẹn lại: chậm nhất phải gửi ngày ${latest}, 01 ngày trước ngày hết hạn (Nghị định 61/2018 Điều 19 khoản 9).`,
            en: `Too late to apologise and reschedule: the latest day was ${check.latestDate}, one day before the due date (Decree 61/2018 Art 19(9)).`,
          },
    details: check,
  });
}

// ---- R8: inter-agency steps ------------------------------------------------------------------------------------

/**
 * R8: the planned due of each step of an internal procedure, in order: step i is due when the sum of the durations
 * of steps 1..i has run from the receipt. Each Form 05 row is classified against its step's due.
 */
export function planStepDues(input: Omit<DueInput, 'amount'> & { stepAmounts: readonly number[] }): Due[] {
  const { stepAmounts, ...rest } = input;
  let sum = 0;
  return stepAmounts.map((amount) => {
    checkAmount(amount);
    sum += amount;
    return computeDue({ ...rest, amount: sum });
  });
}

/** R8: problems with step durations (Vietnamese); the steps may not take longer than the procedure (QĐ indicator 2). */
export function stepDurationProblems(totalAmount: number, stepAmounts: readonly number[]): string[] {
  const problems: string[] = [];
  stepAmounts.forEach((a, i) => {
    if (!Number.isFinite(a) || a < 0) problems.push(`Bước ${i + 1}: thời hạn phải là số không âm`);
  });
  const sum = stepAmounts.reduce((s, a) => s + (Number.isFinite(a) ? a : 0), 0);
  if (sum > totalAmount + 1e-9) {
    problems.push(`Tổng thời hạn các bước (${sum}) vượt quá thời hạn giải quyết của thủ tục (${totalAmount})`);
  }
  return problems;
}

// ---- R9: transfer of paper dossiers ----------------------------------------------------------------------------

/**
 * R9, Decree 61/2018 Art 18(2): a paper dossier is transferred the same working day, or at the start of the next
 * working day when received after 15:00 (setting `transferCutoff`). `dueAt` is that day's office close, or the
 * next working day's opening.
 */
export function transferDue(input: Omit<DueInput, 'amount' | 'unit'>): Due {
  const { calendar } = input;
  const settings = input.settings ?? DEFAULT_DEADLINE_SETTINGS;
  const receivedMs = instantMs(input.receivedAt, 'receivedAt');
  const hours = compileOfficeHours(input.officeHours);
  const day = vietnamDayNumber(receivedMs);
  const msOfDay = vietnamMsOfDay(receivedMs);
  const start: Start = { day, ms: receivedMs };
  if (calendar.isWorkingDayNumber(day) && msOfDay <= cutoffMs(settings.transferCutoff)) {
    return result(vietnamInstantMs(day, hours.sessionsOn(day).afternoonEnd), day, start, calendar);
  }
  const next = calendar.addWorkingDaysToDayNumber(day, 1);
  return result(vietnamInstantMs(next, hours.sessionsOn(next).morningStart), next, start, calendar);
}

// ---- §4.4: classifying the outcome -----------------------------------------------------------------------------

export type Outcome = 'EARLY' | 'ON_TIME' | 'LATE';

/**
 * rules.md §4.4: compare the Vietnamese dates of the moment the result was done and of the due date: before →
 * EARLY (trước hạn), same day → ON_TIME (đúng hạn), after → LATE (quá hạn).
 */
export function classifyOutcome(doneAt: Date, due: Date | PlainDate): Outcome {
  const done = toVietnamDate(new Date(instantMs(doneAt, 'doneAt')));
  const dueDate = dueDateOf(due);
  return done < dueDate ? 'EARLY' : done === dueDate ? 'ON_TIME' : 'LATE';
}

/** rules.md §4.4: a dossier still open after its due date is late. */
export function isOverdue(now: Date, due: Date | PlainDate): boolean {
  return toVietnamDate(new Date(instantMs(now, 'now'))) > dueDateOf(due);
}
