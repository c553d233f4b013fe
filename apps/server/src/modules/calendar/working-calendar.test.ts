import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { isAppError } from '../../platform/errors';
import type { CalendarYear } from './calendar-year';
import { dayNumberOf, plainDateOf } from './day-number';
import { buildWorkingCalendar } from './working-calendar';

const calendar = buildWorkingCalendar();

function errorCode(call: () => unknown): string | undefined {
  try {
    call();
  } catch (error) {
    return isAppError(error) ? error.code : 'not an AppError';
  }
  return undefined;
}

const datesFrom = (from: string, to: string) => {
  const out: string[] = [];
  for (let d = dayNumberOf(from); d <= dayNumberOf(to); d++) out.push(plainDateOf(d));
  return out;
};

describe('R0: which days are working days', () => {
  it('QĐ 188/1999/QĐ-TTg Art 1: given an ordinary week, then Monday–Friday work and Saturday–Sunday rest', () => {
    expect(datesFrom('2023-10-23', '2023-10-29').map((d) => calendar.isWorkingDay(d))).toEqual([
      true,
      true,
      true,
      true,
      true,
      false,
      false,
    ]);
  });

  it.each([
    ['2019-01-05', 'make-up for 31/12/2018'],
    ['2019-05-04', 'make-up for 29/04/2019'],
    ['2024-05-04', 'make-up for 29/04/2024'],
    ['2025-04-26', 'make-up for 02/05/2025'],
    ['2026-01-10', 'make-up for 02/01/2026'],
    ['2026-08-22', 'make-up for 31/08/2026'],
  ])('given Saturday %s (%s), then it is a working day', (date) => {
    expect(calendar.isWorkingDay(date)).toBe(true);
    expect(calendar.entryOn(date)?.kind).toBe('WORKING_WEEKEND');
  });

  it.each(['2018-12-31', '2019-04-29', '2024-04-29', '2025-05-02', '2026-01-02', '2026-08-31'])(
    'given the swapped weekday %s, then it is not a working day',
    (date) => {
      expect(calendar.isWorkingDay(date)).toBe(false);
    },
  );

  it('given National Day 2025 (Sat 30/08–Tue 02/09), then Fri 29/08 and Wed 03/09 are the working days around it', () => {
    expect(datesFrom('2025-08-29', '2025-09-03').map((d) => [d, calendar.isWorkingDay(d)])).toEqual([
      ['2025-08-29', true],
      ['2025-08-30', false],
      ['2025-08-31', false],
      ['2025-09-01', false],
      ['2025-09-02', false],
      ['2025-09-03', true],
    ]);
    expect(calendar.nextWorkingDay('2025-08-29')).toBe('2025-09-03');
  });

  it.each([
    [2019, '2019-02-02', '2019-02-10'],
    [2020, '2020-01-23', '2020-01-29'],
    [2021, '2021-02-10', '2021-02-16'],
    [2022, '2022-01-29', '2022-02-06'],
    [2023, '2023-01-20', '2023-01-26'],
    [2024, '2024-02-08', '2024-02-14'],
    [2025, '2025-01-25', '2025-02-02'],
    [2026, '2026-02-14', '2026-02-22'],
  ])('given Tết %i, then every day from %s to %s is off and the days around it are worked', (_year, from, to) => {
    for (const d of datesFrom(from, to)) expect(calendar.isWorkingDay(d), d).toBe(false);
    expect(calendar.nextWorkingDay(from)).toBe(calendar.workingDayOnOrAfter(plainDateOf(dayNumberOf(to) + 1)));
    expect(calendar.previousWorkingDay(plainDateOf(dayNumberOf(to) + 1))).toBe(calendar.previousWorkingDay(from));
    expect(calendar.isWorkingDay(plainDateOf(dayNumberOf(from) - 1))).toBe(true);
    expect(calendar.isWorkingDay(plainDateOf(dayNumberOf(to) + 1))).toBe(true);
  });

  it('given Tết 2026 (14/02–22/02), then the first working day after Friday 13/02 is Monday 23/02', () => {
    expect(calendar.nextWorkingDay('2026-02-13')).toBe('2026-02-23');
    expect(calendar.workingDaysBetween('2026-02-13', '2026-02-23')).toBe(1);
  });

  it('given 24/11/2026 (Vietnam Culture Day, not yet law), then it stays a working day but is flagged draft', () => {
    expect(calendar.isWorkingDay('2026-11-24')).toBe(true);
    expect(calendar.calendarStatus('2026-11-24')).toBe('draft');
    expect(calendar.calendarStatus('2026-11-23')).toBe('official');
    expect(calendar.entryOn('2026-11-24')?.pending).toBe(true);
  });
});

describe('working-day arithmetic (Civil Code 2015 Art 147: the starting day is not counted)', () => {
  it('Civil Code 2015 Art 147: given Friday 27/10/2023, then 5 working days later is Friday 03/11/2023', () => {
    expect(calendar.addWorkingDays('2023-10-27', 5)).toBe('2023-11-03');
    expect(calendar.workingDaysBetween('2023-10-27', '2023-11-03')).toBe(5);
  });

  it('counts (from, to]: from excluded, to included; negative when to is before from', () => {
    expect(calendar.workingDaysBetween('2023-10-27', '2023-10-27')).toBe(0);
    expect(calendar.workingDaysBetween('2023-10-27', '2023-10-30')).toBe(1);
    expect(calendar.workingDaysBetween('2023-10-28', '2023-10-30')).toBe(1);
    expect(calendar.workingDaysBetween('2023-11-03', '2023-10-27')).toBe(-5);
  });

  it('given n = 0, then addWorkingDays returns the date itself; given n < 0, then it counts back', () => {
    expect(calendar.addWorkingDays('2023-10-28', 0)).toBe('2023-10-28');
    expect(calendar.addWorkingDays('2023-10-30', -1)).toBe('2023-10-27');
    expect(calendar.addWorkingDays('2023-10-29', -1)).toBe('2023-10-27');
    expect(calendar.previousWorkingDay('2026-02-23')).toBe('2026-02-13');
  });

  it('given Saturday, then workingDayOnOrAfter is Monday and nextWorkingDay of a Friday is Monday', () => {
    expect(calendar.workingDayOnOrAfter('2023-10-28')).toBe('2023-10-30');
    expect(calendar.workingDayOnOrAfter('2023-10-30')).toBe('2023-10-30');
    expect(calendar.nextWorkingDay('2023-10-27')).toBe('2023-10-30');
  });

  it('refuses dates outside 2015–2100 and sums that run past 2100 with CALENDAR_OUT_OF_RANGE', () => {
    expect(errorCode(() => calendar.isWorkingDay('2014-12-31'))).toBe('CALENDAR_OUT_OF_RANGE');
    expect(errorCode(() => calendar.addWorkingDays('2100-12-20', 30))).toBe('CALENDAR_OUT_OF_RANGE');
    expect(errorCode(() => calendar.addWorkingDays('2015-01-05', -10))).toBe('CALENDAR_OUT_OF_RANGE');
    expect(errorCode(() => calendar.isWorkingDay('2023-02-30'))).toBe('VALIDATION_FAILED');
    expect(errorCode(() => calendar.addWorkingDays('2023-10-27', 1.5))).toBe('VALIDATION_FAILED');
  });
});

describe('status and editing', () => {
  it('given official 2026 and draft 2027, then calendarStatus and periodStatus say so', () => {
    expect(calendar.calendarStatus('2026-06-15')).toBe('official');
    expect(calendar.calendarStatus('2027-06-15')).toBe('draft');
    expect(calendar.calendarStatus('2018-06-15')).toBe('draft');
    expect(calendar.periodStatus('2026-06-01', '2026-06-30')).toBe('official');
    expect(calendar.periodStatus('2026-12-20', '2027-01-10')).toBe('draft');
    expect(calendar.periodStatus('2027-01-10', '2026-12-20')).toBe('draft');
  });

  it('given a year without a table (2030), then its entries are the Labour Code proposal', () => {
    const y2030 = calendar.calendarYear(2030);
    expect(y2030.status).toBe('draft');
    expect(calendar.yearEntries(2030).map((e) => e.date)).toContain('2030-04-12');
    expect(calendar.isWorkingDay('2030-04-12')).toBe(false);
  });

  it('given an administrator confirms 2027 with 24/11 as a holiday, when the calendar is rebuilt, then 24/11/2027 is off and 2027 is official', () => {
    const draft = calendar.calendarYear(2027);
    const confirmed: CalendarYear = {
      year: 2027,
      status: 'official',
      basis: 'Thông báo (giả định cho kiểm thử)',
      entries: draft.entries.map((e) => ({ ...e, pending: false })),
    };
    const started = performance.now();
    const edited = calendar.withYear(confirmed);
    expect(performance.now() - started).toBeLessThan(1000);
    expect(edited.isWorkingDay('2027-11-24')).toBe(false);
    expect(edited.calendarStatus('2027-06-15')).toBe('official');
    expect(calendar.isWorkingDay('2027-11-24')).toBe(true);
    expect(edited.isWorkingDay('2026-02-16')).toBe(false);
  });

  it('refuses an invalid year with every problem listed', () => {
    const bad: CalendarYear = {
      year: 2026,
      status: 'official',
      basis: 'x',
      entries: [
        { date: '2026-02-14', kind: 'NON_WORKING_WEEKDAY', reason: 'Tết', source: 'x' },
        { date: '2026-02-16', kind: 'WORKING_WEEKEND', reason: 'Tết', source: 'x' },
        { date: '2025-02-17', kind: 'NON_WORKING_WEEKDAY', reason: 'Tết', source: 'x' },
      ],
    };
    try {
      calendar.withYear(bad);
      expect.unreachable();
    } catch (error) {
      expect(isAppError(error) && error.code).toBe('VALIDATION_FAILED');
      expect(isAppError(error) && (error.details as { problems: string[] }).problems).toHaveLength(3);
    }
  });

  it('given a range 2020–2030, then only those years are covered', () => {
    const small = buildWorkingCalendar({ fromYear: 2020, toYear: 2030 });
    expect(small.firstDate).toBe('2020-01-01');
    expect(small.lastDate).toBe('2030-12-31');
    expect(errorCode(() => small.isWorkingDay('2031-01-02'))).toBe('CALENDAR_OUT_OF_RANGE');
    expect(errorCode(() => buildWorkingCalendar({ fromYear: 2010 }))).toBe('CALENDAR_OUT_OF_RANGE');
  });
});

describe('properties of the working-day index', () => {
  const day = fc.integer({ min: dayNumberOf('2015-01-01'), max: dayNumberOf('2085-12-31') });
  const count = fc.integer({ min: 0, max: 1500 });
  const date = day.map(plainDateOf);

  it('the result of adding n ≥ 1 working days is always a working day', () => {
    fc.assert(
      fc.property(date, fc.integer({ min: 1, max: 3000 }), (d, n) => {
        expect(calendar.isWorkingDay(calendar.addWorkingDays(d, n))).toBe(true);
      }),
    );
  });

  it('adding a then b working days equals adding a + b', () => {
    fc.assert(
      fc.property(date, count, count, (d, a, b) => {
        expect(calendar.addWorkingDays(calendar.addWorkingDays(d, a), b)).toBe(calendar.addWorkingDays(d, a + b));
      }),
    );
  });

  it('more working days never give an earlier date', () => {
    fc.assert(
      fc.property(date, count, count, (d, a, b) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        expect(calendar.addWorkingDays(d, lo) <= calendar.addWorkingDays(d, hi)).toBe(true);
      }),
    );
  });

  it('workingDaysBetween(d, addWorkingDays(d, n)) == n', () => {
    fc.assert(
      fc.property(date, fc.integer({ min: 0, max: 3000 }), (d, n) => {
        expect(calendar.workingDaysBetween(d, calendar.addWorkingDays(d, n))).toBe(n);
      }),
    );
  });

  it('counting back undoes counting forward from a working day', () => {
    fc.assert(
      fc.property(date, fc.integer({ min: 1, max: 1500 }), (d, n) => {
        const w = calendar.workingDayOnOrAfter(d);
        expect(calendar.addWorkingDays(calendar.addWorkingDays(w, n), -n)).toBe(w);
      }),
    );
  });

  it('the index agrees with counting day by day', () => {
    fc.assert(
      fc.property(day, fc.integer({ min: 0, max: 400 }), (from, length) => {
        let naive = 0;
        for (let d = from + 1; d <= from + length; d++) if (calendar.isWorkingDay(plainDateOf(d))) naive++;
        expect(calendar.workingDaysBetween(plainDateOf(from), plainDateOf(from + length))).toBe(naive);
      }),
      { numRuns: 200 },
    );
  });
});
