export {
  type CalendarEntry,
  type CalendarEntryKind,
  type CalendarStatus,
  type CalendarYear,
  assertValidCalendarYear,
  calendarYearProblems,
} from './calendar-year';
export {
  DEFAULT_DEADLINE_SETTINGS,
  DEFAULT_DRAFT_YEAR_SETTINGS,
  type DeadlineSettings,
  type DraftYearSettings,
  deadlineSettings,
  draftYearSettings,
} from './calendar-settings';
export {
  LUNAR_FIRST_DATE,
  LUNAR_FIRST_YEAR,
  LUNAR_LAST_DATE,
  LUNAR_LAST_YEAR,
  type LunarDate,
  type LunarMonth,
  leapMonthOf,
  lunarToSolar,
  lunarYearMonths,
  lunarYearName,
  solarToLunar,
} from './lunar';
export { KNOWN_ENTRIES_OUTSIDE_TABLES, OFFICIAL_CALENDAR_YEARS } from './official-calendar';
export {
  DRAFT_FIRST_YEAR,
  DRAFT_LAST_YEAR,
  type StatutoryHoliday,
  proposeDraftYear,
  statutoryHolidays,
} from './draft-year';
export {
  DEFAULT_FIRST_YEAR,
  DEFAULT_LAST_YEAR,
  WorkingCalendar,
  type WorkingCalendarOptions,
  buildWorkingCalendar,
} from './working-calendar';
export {
  type ApologyCheck,
  type ClockPause,
  DURATION_UNITS,
  type Due,
  type DueInput,
  type DueWithPauses,
  type DurationUnit,
  MAX_DURATION_AMOUNT,
  type Outcome,
  type PauseReason,
  assertCanApologize,
  canApologize,
  classifyOutcome,
  computeDue,
  dueAfterPauses,
  dueAfterSupplement,
  isOverdue,
  planStepDues,
  restartFrom,
  stepDurationProblems,
  supplementNoticeDue,
  transferDue,
} from './deadlines';
export {
  createCalendarService,
  seedOfficialCalendar,
  type CalendarService,
  type CalendarSnapshot,
} from './calendar.service';
export { calendarRoutes } from './calendar.routes';
