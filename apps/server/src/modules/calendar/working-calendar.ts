import { AppError } from '../../platform/errors';
import type { PlainDate } from '../../platform/time';
import { assertValidCalendarYear, type CalendarEntry, type CalendarStatus, type CalendarYear } from './calendar-year';
import { DEFAULT_DRAFT_YEAR_SETTINGS, type DraftYearSettings } from './calendar-settings';
import { dayNumberFromCivil, dayNumberOf, formatDayMonthYear, isWeekend, plainDateOf } from './day-number';
import { DRAFT_FIRST_YEAR, DRAFT_LAST_YEAR, proposeDraftYear } from './draft-year';
import { KNOWN_ENTRIES_OUTSIDE_TABLES, OFFICIAL_CALENDAR_YEARS } from './official-calendar';

/**
 * The working calendar: which days are working days, for a range of years, with O(1) queries.
 *
 * R0 (rules.md §7.3): a working day is a Monday–Friday not listed as NON_WORKING_WEEKDAY, or a Saturday/Sunday
 * listed as WORKING_WEEKEND. Saturday opening of a counter does not make Saturday a working day
 * (QĐ 188/1999/QĐ-TTg Art 1: state bodies rest on Saturday and Sunday); a province that counts Saturdays lists them
 * as WORKING_WEEKEND entries.
 *
 * Index: for each day of the range, `cumulative[i]` is the number of working days from the first day up to and
 * including day i, and `nth[k]` is the k-th working day. "n working days after d" is `nth[cumulative[d] + n]` and
 * "working days between" is a subtraction. A build walks the ~31,000 days of 2015–2100 once (well under a
 * millisecond once the draft years are memoised), so the service simply rebuilds after an administrator edits a
 * year (`withYear`).
 */

export const DEFAULT_FIRST_YEAR = 2015;
export const DEFAULT_LAST_YEAR = 2100;

export interface WorkingCalendarOptions {
  /** Official or draft years; they replace the built-in tables entirely. Default: `OFFICIAL_CALENDAR_YEARS`. */
  years?: readonly CalendarYear[];
  /** First and last year covered (default 2015–2100); years of `years` outside the range are ignored. */
  fromYear?: number;
  toYear?: number;
  /** How years without a table are proposed. */
  draftSettings?: DraftYearSettings;
  /** Facts merged into proposed years only (default: 31/12/2018, swapped for the 2019 New Year). */
  extraEntries?: readonly CalendarEntry[];
}

const WORKING = 1;
const DRAFT = 2;

export class WorkingCalendar {
  readonly fromYear: number;
  readonly toYear: number;
  readonly firstDate: PlainDate;
  readonly lastDate: PlainDate;
  /** Day numbers (days since 1970-01-01) of the first and last day covered. */
  readonly firstDay: number;
  readonly lastDay: number;

  private readonly flags: Uint8Array;
  private readonly cumulative: Int32Array;
  private readonly nth: Int32Array;
  private readonly draftBefore: Int32Array;
  private readonly byYear: ReadonlyMap<number, CalendarYear>;
  private readonly entryByDate: ReadonlyMap<string, CalendarEntry>;
  private readonly options: WorkingCalendarOptions;

  /** Use `buildWorkingCalendar`. */
  constructor(options: WorkingCalendarOptions = {}) {
    const fromYear = options.fromYear ?? DEFAULT_FIRST_YEAR;
    const toYear = options.toYear ?? DEFAULT_LAST_YEAR;
    if (
      !Number.isInteger(fromYear) ||
      !Number.isInteger(toYear) ||
      fromYear > toYear ||
      fromYear < DRAFT_FIRST_YEAR ||
      toYear > DRAFT_LAST_YEAR
    ) {
      throw new AppError('CALENDAR_OUT_OF_RANGE', {
        message: {
          vi: `Lịch làm việc chỉ lập được cho các năm ${DRAFT_FIRST_YEAR}–${DRAFT_LAST_YEAR}; khoảng ${fromYear}–${toYear} không hợp lệ.`,
          en: `The working calendar covers ${DRAFT_FIRST_YEAR}–${DRAFT_LAST_YEAR} at most; ${fromYear}–${toYear} is not valid.`,
        },
        details: { fromYear, toYear },
      });
    }
    this.options = options;
    this.fromYear = fromYear;
    this.toYear = toYear;
    this.firstDay = dayNumberFromCivil(fromYear, 1, 1);
    this.lastDay = dayNumberFromCivil(toYear, 12, 31);
    this.firstDate = plainDateOf(this.firstDay);
    this.lastDate = plainDateOf(this.lastDay);

    const given = new Map<number, CalendarYear>();
    for (const year of options.years ?? OFFICIAL_CALENDAR_YEARS) {
      if (year.year < fromYear || year.year > toYear) continue;
      if (given.has(year.year)) {
        throw new AppError('VALIDATION_FAILED', {
          message: {
            vi: `Năm ${year.year} được khai báo hai lần trong lịch làm việc.`,
            en: `The year ${year.year} appears twice.`,
          },
          details: { year: year.year },
        });
      }
      assertValidCalendarYear(year);
      given.set(year.year, year);
    }
    const draftSettings = options.draftSettings ?? DEFAULT_DRAFT_YEAR_SETTINGS;
    const extras = options.extraEntries ?? KNOWN_ENTRIES_OUTSIDE_TABLES;

    const size = this.lastDay - this.firstDay + 1;
    const flags = new Uint8Array(size);
    const byYear = new Map<number, CalendarYear>();
    const entryByDate = new Map<string, CalendarEntry>();
    for (let y = fromYear; y <= toYear; y++) {
      const year = given.get(y) ?? withExtras(proposeDraftYear(y, draftSettings), extras);
      byYear.set(y, year);
      const start = dayNumberFromCivil(y, 1, 1) - this.firstDay;
      const end = dayNumberFromCivil(y + 1, 1, 1) - this.firstDay;
      const yearFlag = year.status === 'draft' ? DRAFT : 0;
      for (let i = start; i < end; i++) flags[i] = (isWeekend(i + this.firstDay) ? 0 : WORKING) | yearFlag;
      for (const entry of year.entries) {
        const i = dayNumberOf(entry.date) - this.firstDay;
        entryByDate.set(entry.date, entry);
        // A pending entry (announced, not in force) is shown and marks its date draft, but changes nothing else.
        if (entry.pending) flags[i]! |= DRAFT;
        else if (entry.kind === 'NON_WORKING_WEEKDAY') flags[i]! &= ~WORKING;
        else flags[i]! |= WORKING;
      }
    }

    const cumulative = new Int32Array(size);
    const draftBefore = new Int32Array(size + 1);
    let working = 0;
    let drafts = 0;
    for (let i = 0; i < size; i++) {
      const f = flags[i]!;
      if (f & WORKING) working++;
      cumulative[i] = working;
      draftBefore[i] = drafts;
      if (f & DRAFT) drafts++;
    }
    draftBefore[size] = drafts;
    const nth = new Int32Array(working + 1);
    nth[0] = -1;
    for (let i = 0; i < size; i++) if (flags[i]! & WORKING) nth[cumulative[i]!] = i;

    this.flags = flags;
    this.cumulative = cumulative;
    this.nth = nth;
    this.draftBefore = draftBefore;
    this.byYear = byYear;
    this.entryByDate = entryByDate;
  }

  // ---- queries on PlainDate -------------------------------------------------------------------------------------

  isWorkingDay(date: PlainDate): boolean {
    return this.isWorkingDayNumber(this.dayOf(date));
  }

  /**
   * The n-th working day after `date` (n ≥ 1), `date` itself for n = 0, the |n|-th working day before `date` for
   * n < 0. Counting starts the day after `date` (Civil Code 2015 Art 147), so `date` itself never counts.
   */
  addWorkingDays(date: PlainDate, n: number): PlainDate {
    return plainDateOf(this.addWorkingDaysToDayNumber(this.dayOf(date), n));
  }

  /** The first working day strictly after `date`. */
  nextWorkingDay(date: PlainDate): PlainDate {
    return this.addWorkingDays(date, 1);
  }

  /** The last working day strictly before `date`. */
  previousWorkingDay(date: PlainDate): PlainDate {
    return this.addWorkingDays(date, -1);
  }

  /** `date` if it is a working day, otherwise the next working day (Civil Code 2015 Art 148 roll-forward). */
  workingDayOnOrAfter(date: PlainDate): PlainDate {
    return plainDateOf(this.workingDayOnOrAfterDayNumber(this.dayOf(date)));
  }

  /**
   * Working days in the half-open interval (from, to]: `from` is excluded, `to` included, the way a period is
   * counted under Civil Code 2015 Art 147. So `workingDaysBetween(d, addWorkingDays(d, n)) === n` for n ≥ 0, and
   * the result is negative (minus the working days in (to, from]) when `to` is before `from`.
   */
  workingDaysBetween(from: PlainDate, to: PlainDate): number {
    return this.workingDaysBetweenDayNumbers(this.dayOf(from), this.dayOf(to));
  }

  /** 'draft' when the date's year is a draft or a pending (not yet in force) entry sits on it. */
  calendarStatus(date: PlainDate): CalendarStatus {
    return this.flags[this.dayOf(date) - this.firstDay]! & DRAFT ? 'draft' : 'official';
  }

  /** 'draft' when any day of [from, to] (both included, either order) is draft. */
  periodStatus(from: PlainDate, to: PlainDate): CalendarStatus {
    return this.periodStatusOfDayNumbers(this.dayOf(from), this.dayOf(to));
  }

  /** The entries of a year (as used: the official table, or the proposal for a draft year). */
  yearEntries(year: number): readonly CalendarEntry[] {
    return this.calendarYear(year).entries;
  }

  calendarYear(year: number): CalendarYear {
    const found = this.byYear.get(year);
    if (!found) throw this.outOfRange(`năm ${year}`, { year });
    return found;
  }

  /** Every year covered, in order. */
  years(): CalendarYear[] {
    return [...this.byYear.values()];
  }

  /** The entry listed on a date (a holiday, a swap, a make-up day), if any. */
  entryOn(date: PlainDate): CalendarEntry | undefined {
    this.dayOf(date);
    return this.entryByDate.get(date);
  }

  /** A new calendar with one year replaced (an administrator's edit); the rest is unchanged. */
  withYear(year: CalendarYear): WorkingCalendar {
    const years = (this.options.years ?? OFFICIAL_CALENDAR_YEARS).filter((y) => y.year !== year.year);
    return new WorkingCalendar({ ...this.options, years: [...years, year] });
  }

  // ---- the same on day numbers (days since 1970-01-01): the hot path of the due-date rules --------------------

  /** Day number of a date inside the range; a date outside is CALENDAR_OUT_OF_RANGE. */
  dayOf(date: PlainDate): number {
    const day = dayNumberOf(date);
    if (day < this.firstDay || day > this.lastDay) throw this.outOfRange(date, { date });
    return day;
  }

  checkDayNumber(day: number): void {
    if (!(day >= this.firstDay && day <= this.lastDay)) throw this.outOfRange(plainDateOf(day), { day });
  }

  isWorkingDayNumber(day: number): boolean {
    this.checkDayNumber(day);
    return (this.flags[day - this.firstDay]! & WORKING) !== 0;
  }

  addWorkingDaysToDayNumber(day: number, n: number): number {
    this.checkDayNumber(day);
    if (!Number.isInteger(n)) {
      throw new AppError('VALIDATION_FAILED', {
        message: { vi: 'Số ngày làm việc phải là số nguyên.', en: 'The number of working days must be an integer.' },
        details: { n },
      });
    }
    if (n === 0) return day;
    const i = day - this.firstDay;
    // n > 0: the (count up to day + n)-th working day; n < 0: count the working days strictly before `day`.
    const k = n > 0 ? this.cumulative[i]! + n : this.cumulative[i]! - (this.flags[i]! & WORKING) + n + 1;
    if (k < 1 || k >= this.nth.length) {
      throw this.outOfRange(`${plainDateOf(day)} ${n > 0 ? '+' : '−'} ${Math.abs(n)} ngày làm việc`, { day, n });
    }
    return this.nth[k]! + this.firstDay;
  }

  workingDayOnOrAfterDayNumber(day: number): number {
    return this.isWorkingDayNumber(day) ? day : this.addWorkingDaysToDayNumber(day, 1);
  }

  workingDaysBetweenDayNumbers(from: number, to: number): number {
    this.checkDayNumber(from);
    this.checkDayNumber(to);
    return this.cumulative[to - this.firstDay]! - this.cumulative[from - this.firstDay]!;
  }

  periodStatusOfDayNumbers(from: number, to: number): CalendarStatus {
    const lo = Math.min(from, to);
    const hi = Math.max(from, to);
    this.checkDayNumber(lo);
    this.checkDayNumber(hi);
    return this.draftBefore[hi - this.firstDay + 1]! - this.draftBefore[lo - this.firstDay]! > 0 ? 'draft' : 'official';
  }

  private outOfRange(what: string, details: Record<string, unknown>): AppError {
    const shown = /^\d{4}-\d{2}-\d{2}$/.test(what) ? formatDayMonthYear(dayNumberOf(what)) : what;
    return new AppError('CALENDAR_OUT_OF_RANGE', {
      message: {
        vi: `${shown} nằm ngoài lịch làm việc đang dùng (các năm ${this.fromYear}–${this.toYear}).`,
        en: `${what} is outside the working calendar in use (${this.fromYear}–${this.toYear}).`,
      },
      details: { ...details, fromYear: this.fromYear, toYear: this.toYear },
    });
  }
}

function withExtras(year: CalendarYear, extras: readonly CalendarEntry[]): CalendarYear {
  const mine = extras.filter((e) => e.date.startsWith(`${year.year}-`));
  if (mine.length === 0) return year;
  const dates = new Set(mine.map((e) => e.date));
  const entries = [...year.entries.filter((e) => !dates.has(e.date)), ...mine].sort((a, b) =>
    a.date.localeCompare(b.date),
  );
  return Object.freeze({ ...year, entries: Object.freeze(entries) });
}

/** The working calendar for the default range 2015–2100 from the built-in tables, or from `options`. */
export function buildWorkingCalendar(options: WorkingCalendarOptions = {}): WorkingCalendar {
  return new WorkingCalendar(options);
}
