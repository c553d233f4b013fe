import type { OfficeHoursSeason } from '@mot-cua/contracts';
import { AppError } from '../../platform/errors';
import { type PlainDate, toVietnamDate, vietnamInstant } from '../../platform/time';
import { canApologize, classifyOutcome, computeDue, type DeadlineSettings, type WorkingCalendar } from '../calendar';
import { seasonOn } from '../org';
import type { Due } from './dossier';
import type { DeadlineRules } from './dossier-workflow';

const MS_PER_DAY = 86_400_000;
const minutes = (hhmm: string) => {
  const [h, m] = hhmm.split(':').map(Number) as [number, number];
  return h * 60 + m;
};
const dayDiff = (a: PlainDate, b: PlainDate) =>
  Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / MS_PER_DAY);

/**
 * The workflow's deadline rules over the working calendar (calendar module): due dates R1–R5, pauses R6,
 * the apology window R7, outcome classification (rules.md §4.4). Pure: the calendar snapshot comes in.
 */
export function deadlineRulesFrom(s: {
  calendar: WorkingCalendar;
  officeHours: readonly OfficeHoursSeason[];
  settings: DeadlineSettings;
}): DeadlineRules {
  const { calendar, officeHours, settings } = s;

  /** A pause moves a date later by the working days between its start and its end (rules.md R6). */
  const shift = (date: PlainDate, from: Date, to: Date): PlainDate => {
    const paused = calendar.workingDaysBetween(toVietnamDate(from), toVietnamDate(to));
    return paused > 0 ? calendar.addWorkingDays(date, paused) : date;
  };

  return {
    dueFrom(start, duration) {
      const due = computeDue({
        receivedAt: start,
        amount: duration.amount,
        unit: duration.unit,
        calendar,
        officeHours,
        settings,
      });
      return { dueAt: due.dueAt, dueDate: due.dueDate };
    },
    extendByPause(due: Due, from, to) {
      if (!settings.financialObligationPausesClock) return due;
      const dueDate = shift(due.dueDate, from, to);
      return { dueDate, dueAt: new Date(due.dueAt.getTime() + dayDiff(due.dueDate, dueDate) * MS_PER_DAY) };
    },
    shiftByPause(moment, from, to) {
      if (!settings.financialObligationPausesClock) return moment;
      const date = toVietnamDate(moment);
      return new Date(moment.getTime() + dayDiff(date, shift(date, from, to)) * MS_PER_DAY);
    },
    isAtLeastOneWorkingDayBefore(now, dueDate) {
      // The apology count is checked by the workflow table; here only the timing.
      return canApologize(now, dueDate, 0, calendar, settings).allowed;
    },
    dueOnDate(date) {
      if (!calendar.isWorkingDay(date)) {
        throw new AppError('BUSINESS_RULE_VIOLATED', {
          message: {
            vi: `Ngày hẹn mới ${date.split('-').reverse().join('/')} không phải ngày làm việc.`,
            en: `The new date ${date} is not a working day.`,
          },
        });
      }
      const season = seasonOn(officeHours, date);
      return { dueDate: date, dueAt: vietnamInstant(date, minutes(season?.afternoonEnd ?? '17:00')) };
    },
    workingDaysSince(from, to) {
      return calendar.workingDaysBetween(toVietnamDate(from), toVietnamDate(to));
    },
    classify(doneAt, due) {
      return classifyOutcome(doneAt, due.dueDate);
    },
  };
}
