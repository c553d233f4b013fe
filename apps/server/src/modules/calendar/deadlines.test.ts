import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { OfficeHoursSeason } from '@mot-cua/contracts';
import { isAppError } from '../../platform/errors';
import { toVietnamDate, toVietnamIso } from '../../platform/time';
import { deadlineSettings } from './calendar-settings';
import {
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
  type DurationUnit,
} from './deadlines';
import { buildWorkingCalendar } from './working-calendar';

// Hải Dương: summer 1/4–31/10, winter 1/11–31/3; counters open on Saturday morning (not a working day for deadlines).
const officeHours: OfficeHoursSeason[] = [
  {
    name: 'Mùa hè',
    startsOn: '04-01',
    morningStart: '07:00',
    morningEnd: '11:30',
    afternoonStart: '13:30',
    afternoonEnd: '17:00',
    saturdayMorningOpen: true,
  },
  {
    name: 'Mùa đông',
    startsOn: '11-01',
    morningStart: '07:30',
    morningEnd: '12:00',
    afternoonStart: '13:00',
    afternoonEnd: '16:30',
    saturdayMorningOpen: true,
  },
];
const calendar = buildWorkingCalendar();
const at = (local: string) => new Date(`${local}+07:00`);
const iso = (d: Date) => toVietnamIso(d).slice(0, 16);
const due = (receivedAt: string, amount: number, unit: DurationUnit, settings = deadlineSettings()) =>
  computeDue({ receivedAt: at(receivedAt), amount, unit, calendar, officeHours, settings });

function appError(call: () => unknown): { code: string; vi: string } | undefined {
  try {
    call();
  } catch (error) {
    if (isAppError(error)) return { code: error.code, vi: error.messageIn('vi') };
    throw error;
  }
  return undefined;
}

describe('R2 WORKING_DAY', () => {
  it('Civil Code 2015 Art 147: given receipt Friday 27/10/2023 09:32 and 5 working days, then due Friday 03/11/2023 at office close', () => {
    const result = due('2023-10-27T09:32', 5, 'WORKING_DAY');
    expect(result.dueDate).toBe('2023-11-03');
    expect(iso(result.dueAt)).toBe('2023-11-03T16:30'); // winter hours from 01/11
    expect(iso(result.effectiveStart)).toBe('2023-10-27T09:32');
    expect(result.calendarStatus).toBe('official');
  });

  it('given Tết 2026, when received Friday 13/02/2026 with 2 working days, then due Tuesday 24/02/2026', () => {
    expect(due('2026-02-13T10:00', 2, 'WORKING_DAY').dueDate).toBe('2026-02-24');
  });

  it('given National Day 2025, when received Friday 29/08/2025 with 1 working day, then due Wednesday 03/09/2025', () => {
    expect(due('2025-08-29T10:00', 1, 'WORKING_DAY').dueDate).toBe('2025-09-03');
  });

  it('given the make-up Saturday 10/01/2026, when received that morning with 1 working day, then due Monday 12/01/2026', () => {
    expect(due('2026-01-10T09:00', 1, 'WORKING_DAY').dueDate).toBe('2026-01-12');
  });

  it('given the make-up Saturday 04/05/2019, when received Friday 03/05 with 1 working day, then due Saturday 04/05/2019', () => {
    expect(due('2019-05-03T09:00', 1, 'WORKING_DAY').dueDate).toBe('2019-05-04');
  });

  it('given 0 working days, then the result is due on the (effective) day of receipt', () => {
    expect(due('2024-06-03T09:00', 0, 'WORKING_DAY').dueDate).toBe('2024-06-03');
    expect(due('2024-06-08T09:00', 0, 'WORKING_DAY').dueDate).toBe('2024-06-10');
  });

  it('given 7.5 working days from Monday 07/10/2024, then due Thursday 17/10/2024 half-way through office hours (11:00)', () => {
    const result = due('2024-10-07T09:32', 7.5, 'WORKING_DAY');
    expect(result.dueDate).toBe('2024-10-17');
    expect(iso(result.dueAt)).toBe('2024-10-17T11:00');
    expect(iso(due('2024-10-07T09:32', 0.75, 'WORKING_DAY').dueAt)).toBe('2024-10-08T15:00');
  });

  it('given appointmentTime SAME_CLOCK_TIME, then the appointment keeps the clock time of receipt within office hours', () => {
    const settings = deadlineSettings({ appointmentTime: 'SAME_CLOCK_TIME' });
    expect(iso(due('2023-10-27T09:32', 5, 'WORKING_DAY', settings).dueAt)).toBe('2023-11-03T09:32');
    // received after close in summer → counted from 07:00 the next day; due in winter → not before 07:30
    expect(iso(due('2023-10-30T17:30', 5, 'WORKING_DAY', settings).dueAt)).toBe('2023-11-07T07:30');
    expect(iso(due('2023-10-27T12:15', 5, 'WORKING_DAY', settings).dueAt)).toBe('2023-11-03T13:00');
  });
});

describe('R1 receipt outside office hours [U: setting offHoursReceipt]', () => {
  it('Civil Code 2015 Art 147 + R1: given receipt at 17:30 on summer Monday 03/06/2024, then counting starts Tuesday 07:00 and 3 working days end Friday 07/06', () => {
    const late = due('2024-06-03T17:30', 3, 'WORKING_DAY');
    expect(iso(late.effectiveStart)).toBe('2024-06-04T07:00');
    expect(late.dueDate).toBe('2024-06-07');
    expect(due('2024-06-03T16:59', 3, 'WORKING_DAY').dueDate).toBe('2024-06-06');
  });

  it('Civil Code 2015 Art 147 + R1: given receipt on Sunday 09/06/2024, then it counts from Monday and 1 working day is Tuesday 11/06', () => {
    const sunday = due('2024-06-09T10:00', 1, 'WORKING_DAY');
    expect(iso(sunday.effectiveStart)).toBe('2024-06-10T07:00');
    expect(sunday.dueDate).toBe('2024-06-11');
  });

  it('QĐ 188/1999 Art 1: given receipt on Saturday morning at an open counter, then Saturday is not a working day', () => {
    expect(due('2024-06-08T08:30', 1, 'WORKING_DAY').dueDate).toBe('2024-06-11');
  });

  it('given receipt before opening (06:30), then counting starts at opening the same day', () => {
    const early = due('2024-06-03T06:30', 1, 'WORKING_DAY');
    expect(iso(early.effectiveStart)).toBe('2024-06-03T07:00');
    expect(early.dueDate).toBe('2024-06-04');
  });

  it('given offHoursReceipt RECEIPT_DATE, then a Sunday receipt keeps its date (Art 147 alone) and 1 working day is Monday', () => {
    const settings = deadlineSettings({ offHoursReceipt: 'RECEIPT_DATE' });
    expect(due('2024-06-09T10:00', 1, 'WORKING_DAY', settings).dueDate).toBe('2024-06-10');
    expect(due('2024-06-03T17:30', 3, 'WORKING_DAY', settings).dueDate).toBe('2024-06-06');
  });

  it('given receipt on the swapped Friday 02/01/2026, then it counts from Monday 05/01 and 1 working day is Tuesday 06/01', () => {
    expect(due('2026-01-02T09:00', 1, 'WORKING_DAY').dueDate).toBe('2026-01-06');
  });
});

describe('R3 CALENDAR_DAY', () => {
  it('Civil Code 2015 Art 148: given 10 calendar days from Monday 21/04/2025 ending on 01/05 (holiday), then due Monday 05/05/2025', () => {
    expect(due('2025-04-21T09:00', 10, 'CALENDAR_DAY').dueDate).toBe('2025-05-05');
  });

  it('Civil Code 2015 Art 148: given 5 calendar days ending on Saturday 08/06/2024, then due Monday 10/06/2024', () => {
    expect(due('2024-06-03T09:00', 5, 'CALENDAR_DAY').dueDate).toBe('2024-06-10');
    expect(due('2024-06-05T09:00', 5, 'CALENDAR_DAY').dueDate).toBe('2024-06-10');
  });

  it('rounds a decimal number of calendar days up to whole days', () => {
    expect(due('2024-06-03T09:00', 1.5, 'CALENDAR_DAY').dueDate).toBe('2024-06-05');
  });
});

describe('R4 WORKING_HOUR', () => {
  it('Civil Code 2015 Art 147(1): given 2 working hours from 10:30, then due 14:30 after the lunch break', () => {
    const result = due('2024-06-03T10:30', 2, 'WORKING_HOUR');
    expect(iso(result.dueAt)).toBe('2024-06-03T14:30');
    expect(result.dueDate).toBe('2024-06-03');
  });

  it('given 2 working hours from 16:00, then 1 hour today and 1 hour tomorrow: due 08:00', () => {
    expect(iso(due('2024-06-03T16:00', 2, 'WORKING_HOUR').dueAt)).toBe('2024-06-04T08:00');
  });

  it('given receipt in the lunch break, then counting starts at 13:30', () => {
    const result = due('2024-06-03T12:00', 1, 'WORKING_HOUR');
    expect(iso(result.effectiveStart)).toBe('2024-06-03T13:30');
    expect(iso(result.dueAt)).toBe('2024-06-03T14:30');
  });

  it('given 1 working hour from Friday 16:30 (summer), then 30 minutes Friday and 30 minutes Monday: due Monday 07:30', () => {
    expect(iso(due('2024-06-07T16:30', 1, 'WORKING_HOUR').dueAt)).toBe('2024-06-10T07:30');
  });

  it('given a quota that ends exactly at 11:30, then it is due at 11:30, not at the afternoon start', () => {
    expect(iso(due('2024-06-03T07:00', 4.5, 'WORKING_HOUR').dueAt)).toBe('2024-06-03T11:30');
  });

  it('given 16 working hours from Thursday 12/02/2026 08:00, then Tết is skipped: due Monday 23/02 08:00', () => {
    expect(iso(due('2026-02-12T08:00', 16, 'WORKING_HOUR').dueAt)).toBe('2026-02-23T08:00');
  });
});

describe('R5 SAME_DAY with the cut-off (default 15:00) [S: setting sameDayCutoff]', () => {
  it('given receipt at 14:59 or exactly 15:00, then due the same day at close', () => {
    expect(iso(due('2024-06-03T14:59', 0, 'SAME_DAY').dueAt)).toBe('2024-06-03T17:00');
    expect(due('2024-06-03T15:00', 0, 'SAME_DAY').dueDate).toBe('2024-06-03');
  });

  it('given receipt at 15:01, then due the next working day', () => {
    expect(due('2024-06-03T15:01', 0, 'SAME_DAY').dueDate).toBe('2024-06-04');
  });

  it('given receipt on Friday 13/02/2026 at 15:30, then due Monday 23/02/2026 after Tết', () => {
    expect(due('2026-02-13T15:30', 1, 'SAME_DAY').dueDate).toBe('2026-02-23');
  });

  it('given receipt on Sunday or after close, then due the next working day', () => {
    expect(due('2024-06-09T09:00', 0, 'SAME_DAY').dueDate).toBe('2024-06-10');
    expect(due('2024-06-03T17:30', 0, 'SAME_DAY').dueDate).toBe('2024-06-04');
  });

  it('given a 16:00 cut-off, then 15:30 is still the same day', () => {
    expect(due('2024-06-03T15:30', 0, 'SAME_DAY', deadlineSettings({ sameDayCutoff: '16:00' })).dueDate).toBe(
      '2024-06-03',
    );
  });
});

describe('calendar status of a due date', () => {
  it('given a period that reaches into draft 2027, then the due date is marked draft', () => {
    expect(due('2026-12-21T09:00', 10, 'WORKING_DAY').calendarStatus).toBe('draft');
    expect(due('2026-12-01T09:00', 5, 'WORKING_DAY').calendarStatus).toBe('official');
  });

  it('given a period across the pending 24/11/2026 (Culture Day), then it is counted as a working day but marked draft', () => {
    const result = due('2026-11-20T09:00', 2, 'WORKING_DAY');
    expect(result.dueDate).toBe('2026-11-24');
    expect(result.calendarStatus).toBe('draft');
  });
});

describe('amount and range validation', () => {
  it.each([-1, Number.NaN, 3650.5, 3651, Number.POSITIVE_INFINITY])(
    'given amount %s, then VALIDATION_FAILED saying 0 to 3,650 is accepted',
    (amount) => {
      const error = appError(() => due('2024-06-03T09:00', amount, 'WORKING_DAY'));
      expect(error?.code).toBe('VALIDATION_FAILED');
      expect(error?.vi).toContain('từ 0 đến 3.650');
    },
  );

  it('given 3,650 working days, then it is accepted', () => {
    expect(due('2024-06-03T09:00', 3650, 'WORKING_DAY').dueDate > '2038-01-01').toBe(true);
  });

  it('given an unknown unit or an invalid Date, then VALIDATION_FAILED', () => {
    expect(appError(() => due('2024-06-03T09:00', 1, 'MONTH' as DurationUnit))?.code).toBe('VALIDATION_FAILED');
    expect(
      appError(() => computeDue({ receivedAt: new Date('x'), amount: 1, unit: 'WORKING_DAY', calendar, officeHours }))
        ?.code,
    ).toBe('VALIDATION_FAILED');
  });

  it('given a receipt outside 2015–2100 or a due date past 2100, then CALENDAR_OUT_OF_RANGE with the range in Vietnamese', () => {
    const before = appError(() => due('2014-06-03T09:00', 1, 'WORKING_DAY'));
    expect(before?.code).toBe('CALENDAR_OUT_OF_RANGE');
    expect(before?.vi).toContain('2015–2100');
    expect(appError(() => due('2100-12-01T09:00', 100, 'WORKING_DAY'))?.code).toBe('CALENDAR_OUT_OF_RANGE');
  });

  it('given no office hours, then VALIDATION_FAILED', () => {
    expect(
      appError(() =>
        computeDue({ receivedAt: at('2024-06-03T09:00'), amount: 1, unit: 'WORKING_DAY', calendar, officeHours: [] }),
      )?.code,
    ).toBe('VALIDATION_FAILED');
  });
});

describe('R6 pauses and restarts', () => {
  const base = { calendar, officeHours, amount: 5, unit: 'WORKING_DAY' as const, receivedAt: at('2023-10-27T09:32') };

  it('given a financial-obligation pause Mon 30/10 10:00 → Wed 01/11 14:00, then 2 working days are added: due 07/11/2023', () => {
    const result = dueAfterPauses({
      ...base,
      pauses: [{ from: at('2023-10-30T10:00'), to: at('2023-11-01T14:00'), reason: 'FINANCIAL_OBLIGATION' }],
    });
    expect(result.pausedAmount).toBe(2);
    expect(result.dueDate).toBe('2023-11-07');
  });

  it('given financialObligationPausesClock false, then the same pause changes nothing', () => {
    const result = dueAfterPauses({
      ...base,
      settings: deadlineSettings({ financialObligationPausesClock: false }),
      pauses: [{ from: at('2023-10-30T10:00'), to: at('2023-11-01T14:00'), reason: 'FINANCIAL_OBLIGATION' }],
    });
    expect(result.dueDate).toBe('2023-11-03');
  });

  it('given overlapping pauses, then they count once; given a pause after the due moment, then it is ignored', () => {
    const result = dueAfterPauses({
      ...base,
      pauses: [
        { from: at('2023-10-30T10:00'), to: at('2023-11-01T14:00'), reason: 'EXCLUDED_BY_LAW' },
        { from: at('2023-10-31T10:00'), to: at('2023-11-01T09:00'), reason: 'FINANCIAL_OBLIGATION' },
        { from: at('2023-11-20T10:00'), to: at('2023-11-25T09:00'), reason: 'EXCLUDED_BY_LAW' },
      ],
    });
    expect(result.pausedAmount).toBe(2);
    expect(result.dueDate).toBe('2023-11-07');
  });

  it('given a 1-hour pause in a 4-working-hour period, then due 1 working hour later', () => {
    const result = dueAfterPauses({
      calendar,
      officeHours,
      amount: 4,
      unit: 'WORKING_HOUR',
      receivedAt: at('2024-06-03T08:00'),
      pauses: [{ from: at('2024-06-03T09:00'), to: at('2024-06-03T10:00'), reason: 'EXCLUDED_BY_LAW' }],
    });
    expect(result.pausedAmount).toBe(1);
    expect(iso(result.dueAt)).toBe('2024-06-03T15:00');
  });

  it('Civil Code 2015 Art 148: given 10 calendar days with a 2-day pause, then due Saturday 15/06 → Monday 17/06/2024', () => {
    const result = dueAfterPauses({
      calendar,
      officeHours,
      amount: 10,
      unit: 'CALENDAR_DAY',
      receivedAt: at('2024-06-03T09:00'),
      pauses: [{ from: at('2024-06-05T10:00'), to: at('2024-06-07T10:00'), reason: 'EXCLUDED_BY_LAW' }],
    });
    expect(result.dueDate).toBe('2024-06-17');
  });

  it('Decree 61/2018 Art 19(4): given a complete supplement received Wed 01/11/2023 10:00, then 5 working days restart from zero: due 08/11/2023', () => {
    const { receivedAt: _ignored, ...rest } = base;
    expect(restartFrom({ ...rest, supplementReceivedAt: at('2023-11-01T10:00') }).dueDate).toBe('2023-11-08');
    const supplement = { supplementRequestedAt: at('2023-10-30T10:00'), supplementReceivedAt: at('2023-11-01T10:00') };
    expect(dueAfterSupplement({ ...base, ...supplement }).dueDate).toBe('2023-11-08');
    const paused = dueAfterSupplement({
      ...base,
      ...supplement,
      settings: deadlineSettings({ supplementClock: 'PAUSE' }),
    });
    expect(paused.dueDate).toBe('2023-11-07');
  });

  it('Decree 61/2018 Art 19(4): given receipt Friday 27/10/2023, then the supplement request is due within 3 working days: Wednesday 01/11', () => {
    expect(supplementNoticeDue({ receivedAt: at('2023-10-27T09:32'), calendar, officeHours }).dueDate).toBe(
      '2023-11-01',
    );
  });
});

describe('R7 apology and new appointment', () => {
  it('Decree 61/2018 Art 19(9): given due Friday 03/11/2023, then an apology is allowed until Thursday 02/11 and refused on the due day', () => {
    expect(canApologize(at('2023-11-02T16:00'), '2023-11-03', 0, calendar)).toEqual({
      allowed: true,
      latestDate: '2023-11-02',
    });
    expect(canApologize(at('2023-11-03T08:00'), '2023-11-03', 0, calendar)).toMatchObject({
      allowed: false,
      reason: 'TOO_LATE',
    });
  });

  it('Decree 61/2018 Art 19(9): given the appointment was already reset once, then a second one is refused', () => {
    expect(canApologize(at('2023-10-30T08:00'), '2023-11-03', 1, calendar)).toMatchObject({
      allowed: false,
      reason: 'ALREADY_RESCHEDULED',
    });
    const error = appError(() => assertCanApologize(at('2023-10-30T08:00'), '2023-11-03', 1, calendar));
    expect(error?.code).toBe('BUSINESS_RULE_VIOLATED');
    expect(error?.vi).toContain('không quá một lần');
  });

  it('Decree 61/2018 Art 19(9): given due Monday 23/02/2026 after Tết, then "1 day before" is the working day Friday 13/02 by default, Sunday 22/02 with CALENDAR_DAY_BEFORE', () => {
    expect(canApologize(at('2026-02-21T09:00'), '2026-02-23', 0, calendar)).toMatchObject({
      allowed: false,
      latestDate: '2026-02-13',
    });
    const calendarDay = deadlineSettings({ apologyDeadline: 'CALENDAR_DAY_BEFORE' });
    expect(canApologize(at('2026-02-21T09:00'), '2026-02-23', 0, calendar, calendarDay)).toEqual({
      allowed: true,
      latestDate: '2026-02-22',
    });
  });
});

describe('R8 inter-agency steps and R9 transfer', () => {
  it('given 5 working days split 2 + 3 from 27/10/2023, then step 1 is due 31/10 and step 2 on 03/11', () => {
    const steps = planStepDues({
      receivedAt: at('2023-10-27T09:32'),
      unit: 'WORKING_DAY',
      calendar,
      officeHours,
      stepAmounts: [2, 3],
    });
    expect(steps.map((s) => s.dueDate)).toEqual(['2023-10-31', '2023-11-03']);
    expect(stepDurationProblems(5, [2, 3])).toEqual([]);
    expect(stepDurationProblems(5, [2, 4])).toHaveLength(1);
  });

  it('Decree 61/2018 Art 18(2): given paper received at 15:00 or before, then transfer the same working day; after 15:00, at the start of the next one', () => {
    expect(iso(transferDue({ receivedAt: at('2024-06-03T15:00'), calendar, officeHours }).dueAt)).toBe(
      '2024-06-03T17:00',
    );
    expect(iso(transferDue({ receivedAt: at('2024-06-03T15:01'), calendar, officeHours }).dueAt)).toBe(
      '2024-06-04T07:00',
    );
    expect(iso(transferDue({ receivedAt: at('2024-06-07T15:30'), calendar, officeHours }).dueAt)).toBe(
      '2024-06-10T07:00',
    );
  });
});

describe('§4.4 classifying the outcome (dates compared in Vietnam)', () => {
  it('given due 03/11/2023, then done on 02/11 is EARLY, any time on 03/11 is ON_TIME, 04/11 is LATE', () => {
    expect(classifyOutcome(at('2023-11-02T23:59'), '2023-11-03')).toBe('EARLY');
    expect(classifyOutcome(at('2023-11-03T16:45'), '2023-11-03')).toBe('ON_TIME');
    expect(classifyOutcome(at('2023-11-04T00:30'), '2023-11-03')).toBe('LATE');
  });

  it('given an instant on 03/11 in Vietnam but 02/11 in UTC, then it is ON_TIME', () => {
    expect(classifyOutcome(new Date('2023-11-02T17:30:00Z'), '2023-11-03')).toBe('ON_TIME');
    expect(classifyOutcome(new Date('2023-11-02T17:30:00Z'), at('2023-11-03T16:30'))).toBe('ON_TIME');
  });

  it('given a dossier still open the day after its due date, then it is overdue', () => {
    expect(isOverdue(at('2023-11-03T23:00'), '2023-11-03')).toBe(false);
    expect(isOverdue(at('2023-11-04T07:00'), '2023-11-03')).toBe(true);
  });
});

describe('properties of computeDue', () => {
  const receipt = fc
    .integer({ min: at('2015-01-01T00:00').getTime(), max: at('2085-12-31T23:59').getTime() })
    .map((ms) => new Date(ms));
  const halves = fc.integer({ min: 0, max: 2000 }).map((n) => n / 2);
  const units = fc.constantFrom<DurationUnit>('WORKING_DAY', 'CALENDAR_DAY', 'WORKING_HOUR', 'SAME_DAY');
  const run = (receivedAt: Date, amount: number, unit: DurationUnit) =>
    computeDue({ receivedAt, amount, unit, calendar, officeHours });

  it('a due date is always a working day, on or after the day of receipt', () => {
    fc.assert(
      fc.property(receipt, halves, units, (receivedAt, amount, unit) => {
        const result = run(receivedAt, amount, unit);
        expect(calendar.isWorkingDay(result.dueDate)).toBe(true);
        expect(result.dueDate >= toVietnamDate(receivedAt)).toBe(true);
        expect(toVietnamDate(result.dueAt)).toBe(result.dueDate);
        expect(classifyOutcome(result.dueAt, result.dueDate)).toBe('ON_TIME');
      }),
      { numRuns: 500 },
    );
  });

  it('more time never gives an earlier due moment', () => {
    fc.assert(
      fc.property(receipt, halves, halves, units, (receivedAt, a, b, unit) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        expect(run(receivedAt, lo, unit).dueAt.getTime()).toBeLessThanOrEqual(
          run(receivedAt, hi, unit).dueAt.getTime(),
        );
      }),
      { numRuns: 500 },
    );
  });

  it('Civil Code 2015 Art 147: n whole working days are exactly n working days after the effective day of receipt', () => {
    fc.assert(
      fc.property(receipt, fc.integer({ min: 1, max: 1000 }), (receivedAt, n) => {
        const result = run(receivedAt, n, 'WORKING_DAY');
        expect(calendar.workingDaysBetween(toVietnamDate(result.effectiveStart), result.dueDate)).toBe(n);
      }),
      { numRuns: 500 },
    );
  });
});
