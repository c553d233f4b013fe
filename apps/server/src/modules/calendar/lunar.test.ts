import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { isAppError } from '../../platform/errors';
import { dayNumberOf, plainDateOf } from './day-number';
import { leapMonthOf, lunarToSolar, lunarYearMonths, lunarYearName, solarToLunar } from './lunar';

describe('lunar calendar for UTC+7 (rules.md §7.2)', () => {
  // Years whose Tết differs between Vietnam (UTC+7) and China (UTC+8), rules.md §7.2.
  it.each([
    [1968, '1968-01-29'],
    [1969, '1969-02-16'],
    [1985, '1985-01-21'],
    [2007, '2007-02-17'],
    [2030, '2030-02-02'],
    [2053, '2053-02-18'],
  ])('given lunar 1/1/%i, when converted, then Tết is the Vietnamese date %s (not the Chinese one)', (year, date) => {
    expect(lunarToSolar({ year, month: 1, day: 1 })).toBe(date);
    expect(solarToLunar(date)).toEqual({ year, month: 1, day: 1, leap: false });
  });

  // stack-notes.md §Q8 table, cross-checked against three implementations.
  it.each([
    [2019, '2019-02-05', '2019-04-14'],
    [2020, '2020-01-25', '2020-04-02'],
    [2021, '2021-02-12', '2021-04-21'],
    [2022, '2022-02-01', '2022-04-10'],
    [2023, '2023-01-22', '2023-04-29'],
    [2024, '2024-02-10', '2024-04-18'],
    [2025, '2025-01-29', '2025-04-07'],
    [2026, '2026-02-17', '2026-04-26'],
    [2027, '2027-02-06', '2027-04-16'],
    [2028, '2028-01-26', '2028-04-04'],
    [2029, '2029-02-13', '2029-04-23'],
    [2030, '2030-02-02', '2030-04-12'],
  ])('given the year %i, then Tết is %s and Giỗ Tổ (10/3 lunar) is %s', (year, tet, gioTo) => {
    expect(lunarToSolar({ year, month: 1, day: 1 })).toBe(tet);
    expect(lunarToSolar({ year, month: 3, day: 10 })).toBe(gioTo);
    expect(solarToLunar(gioTo)).toEqual({ year, month: 3, day: 10, leap: false });
  });

  it.each([
    [2023, 2, '2023-03-22'],
    [2025, 6, '2025-07-25'],
    [2028, 5, '2028-06-23'],
    [2031, 3, '2031-04-21'],
    [2033, 11, '2033-12-22'],
  ])('given lunar year %i, then its leap month is %i, starting on %s', (year, month, start) => {
    expect(leapMonthOf(year)).toBe(month);
    const months = lunarYearMonths(year);
    expect(months).toHaveLength(13);
    const leap = months.find((m) => m.leap);
    expect(leap?.month).toBe(month);
    expect(leap?.start).toBe(start);
    expect(solarToLunar(start)).toEqual({ year, month, day: 1, leap: true });
    expect(lunarToSolar({ year, month, day: 1, leap: true })).toBe(start);
  });

  it('given 2031 with a leap 3rd month, when Giỗ Tổ is computed, then it is in the regular month: 01/04/2031', () => {
    expect(lunarToSolar({ year: 2031, month: 3, day: 10 })).toBe('2031-04-01');
    expect(lunarToSolar({ year: 2031, month: 3, day: 10, leap: true })).toBe('2031-04-30');
  });

  it('given the Tết 2026 break, then 14/02/2026 is 27/12 Ất Tỵ and 22/02/2026 is 6/1 Bính Ngọ (rules.md §7.2)', () => {
    expect(solarToLunar('2026-02-14')).toEqual({ year: 2025, month: 12, day: 27, leap: false });
    expect(solarToLunar('2026-02-22')).toEqual({ year: 2026, month: 1, day: 6, leap: false });
  });

  it('given a 12-month year, then it has no leap month', () => {
    expect(leapMonthOf(2024)).toBeNull();
    expect(lunarYearMonths(2024)).toHaveLength(12);
  });

  it('names lunar years by Can Chi', () => {
    expect(lunarYearName(2026)).toBe('Bính Ngọ');
    expect(lunarYearName(2025)).toBe('Ất Tỵ');
    expect(lunarYearName(2027)).toBe('Đinh Mùi');
    expect(lunarYearName(1968)).toBe('Mậu Thân');
  });

  it('has months of 29 or 30 days and years of 12 or 13 months from 1900 to 2100', () => {
    for (let year = 1900; year <= 2100; year++) {
      const months = lunarYearMonths(year);
      expect([12, 13]).toContain(months.length);
      for (const m of months) expect([29, 30]).toContain(m.length);
      expect(months[0]).toMatchObject({ month: 1, leap: false });
    }
  });

  it('property: solarToLunar and lunarToSolar are inverse on 1900-01-31 … 2100-12-31', () => {
    const first = dayNumberOf('1900-01-31');
    const last = dayNumberOf('2100-12-31');
    fc.assert(
      fc.property(fc.integer({ min: first, max: last }), (day) => {
        const date = plainDateOf(day);
        expect(lunarToSolar(solarToLunar(date))).toBe(date);
      }),
      { numRuns: 2000 },
    );
  });

  it('property: consecutive days have consecutive lunar days or start a new month', () => {
    fc.assert(
      fc.property(fc.integer({ min: dayNumberOf('1900-01-01'), max: dayNumberOf('2100-12-30') }), (day) => {
        const a = solarToLunar(plainDateOf(day));
        const b = solarToLunar(plainDateOf(day + 1));
        if (b.day === 1) expect([29, 30]).toContain(a.day);
        else expect(b).toEqual({ ...a, day: a.day + 1 });
      }),
      { numRuns: 2000 },
    );
  });

  it('refuses dates outside 1900–2100 with CALENDAR_OUT_OF_RANGE', () => {
    for (const call of [() => solarToLunar('1899-12-31'), () => lunarToSolar({ year: 2101, month: 1, day: 1 })]) {
      try {
        call();
        expect.unreachable();
      } catch (error) {
        expect(isAppError(error) && error.code).toBe('CALENDAR_OUT_OF_RANGE');
      }
    }
  });

  it('refuses a leap month that does not exist and a day 30 in a 29-day month', () => {
    expect(() => lunarToSolar({ year: 2024, month: 4, day: 1, leap: true })).toThrow(/no leap month 4/);
    const short = lunarYearMonths(2023).find((m) => m.length === 29)!;
    expect(() => lunarToSolar({ year: 2023, month: short.month, day: 30, leap: short.leap })).toThrow(/29 days/);
  });
});
