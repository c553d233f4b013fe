import type { CalendarEntry } from '@mot-cua/contracts';
import { describe, expect, it } from 'vitest';
import { dayKind, monthGrid, yearSummary } from './calendar-grid';

describe('monthGrid', () => {
  it('starts the weeks on Monday', () => {
    // 01/02/2026 is a Sunday: six blanks, then the 1st in the last column.
    const weeks = monthGrid(2026, 2);
    expect(weeks[0]).toEqual([null, null, null, null, null, null, '2026-02-01']);
    expect(weeks[1]![0]).toBe('2026-02-02');
    expect(weeks.at(-1)!.filter(Boolean).at(-1)).toBe('2026-02-28');
  });

  it('fills whole weeks and knows leap years', () => {
    for (const [year, month] of [
      [2024, 2],
      [2026, 6],
      [2027, 12],
    ] as const) {
      const weeks = monthGrid(year, month);
      for (const week of weeks) expect(week).toHaveLength(7);
    }
    expect(monthGrid(2024, 2).flat().filter(Boolean)).toHaveLength(29);
    expect(monthGrid(2025, 2).flat().filter(Boolean)).toHaveLength(28);
    // 01/06/2026 is a Monday: no blank before it.
    expect(monthGrid(2026, 6)[0]![0]).toBe('2026-06-01');
  });
});

const entry = (date: string, kind: CalendarEntry['kind'], pending?: boolean): CalendarEntry => ({
  date,
  kind,
  reason: 'r',
  source: 's',
  ...(pending ? { pending } : {}),
});

describe('dayKind', () => {
  it('colours days off, make-up days, pending days and weekends', () => {
    expect(dayKind('2026-02-16', entry('2026-02-16', 'NON_WORKING_WEEKDAY'))).toBe('off');
    expect(dayKind('2026-01-10', entry('2026-01-10', 'WORKING_WEEKEND'))).toBe('makeup');
    expect(dayKind('2026-11-24', entry('2026-11-24', 'NON_WORKING_WEEKDAY', true))).toBe('pending');
    expect(dayKind('2026-01-11', undefined)).toBe('weekend');
    expect(dayKind('2026-01-12', undefined)).toBe('workday');
  });

  it('counts the days of the year, pending ones apart', () => {
    expect(
      yearSummary([
        entry('2026-01-01', 'NON_WORKING_WEEKDAY'),
        entry('2026-01-10', 'WORKING_WEEKEND'),
        entry('2026-11-24', 'NON_WORKING_WEEKDAY', true),
      ]),
    ).toEqual({ off: 1, makeup: 1, pending: 1 });
  });
});
