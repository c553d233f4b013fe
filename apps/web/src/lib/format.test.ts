import { describe, expect, it } from 'vitest';
import {
  formatDateTime,
  formatDecimal,
  formatInteger,
  formatMonthDay,
  formatPlainDate,
  formatVnd,
  isWeekend,
  parseDisplayDate,
  parseMonthDay,
  parseVnd,
  vietnamDateTimeParts,
  vietnamIsoString,
  vietnamToday,
  weekdayOf,
} from './format';

describe('dates', () => {
  it('shows a plain date as dd/MM/yyyy', () => {
    expect(formatPlainDate('2019-03-01')).toBe('01/03/2019');
    expect(formatPlainDate(null)).toBe('');
  });

  it('reads dd/MM/yyyy back and refuses days that do not exist', () => {
    expect(parseDisplayDate('1/3/2019')).toBe('2019-03-01');
    expect(parseDisplayDate('29/02/2024')).toBe('2024-02-29');
    expect(parseDisplayDate('29/02/2025')).toBeNull();
    expect(parseDisplayDate('2019-03-01')).toBeNull();
  });

  it('shows timestamps in Vietnam time whatever their offset', () => {
    expect(formatDateTime('2026-11-27T09:12:34+07:00')).toBe('27/11/2026 09:12');
    expect(formatDateTime('2026-11-27T02:12:34Z', true)).toBe('27/11/2026 09:12:34');
    // 23:30 UTC is already the next day in Hà Nội.
    expect(formatDateTime('2026-12-31T23:30:00Z')).toBe('01/01/2027 06:30');
  });

  it("knows today's date in Vietnam", () => {
    expect(vietnamToday(new Date('2026-03-31T17:00:00Z'))).toBe('2026-04-01');
    expect(vietnamToday(new Date('2026-03-31T16:59:59Z'))).toBe('2026-03-31');
  });

  it('converts season start days between MM-DD and dd/MM', () => {
    expect(formatMonthDay('04-01')).toBe('01/04');
    expect(parseMonthDay('01/04')).toBe('04-01');
    expect(parseMonthDay('1/11')).toBe('11-01');
    expect(parseMonthDay('29/02')).toBe('02-29');
    expect(parseMonthDay('31/04')).toBeNull();
    expect(parseMonthDay('04-01')).toBeNull();
  });
});

describe('Vietnam wall-clock time', () => {
  it('builds the ISO string with +07:00 the server asks for', () => {
    expect(vietnamIsoString('2023-10-27', '09:32')).toBe('2023-10-27T09:32:00+07:00');
    expect(vietnamIsoString('2024-02-29', '7:05')).toBe('2024-02-29T07:05:00+07:00');
    expect(vietnamIsoString('2023-02-30', '09:32')).toBeNull();
    expect(vietnamIsoString('2023-10-27', '24:00')).toBeNull();
    expect(vietnamIsoString('27/10/2023', '09:32')).toBeNull();
  });

  it('reads an instant back as a Vietnamese date and time, whatever its offset', () => {
    expect(vietnamDateTimeParts('2023-11-03T16:30:00+07:00')).toEqual({ date: '2023-11-03', time: '16:30' });
    expect(vietnamDateTimeParts('2023-11-03T20:00:00Z')).toEqual({ date: '2023-11-04', time: '03:00' });
    expect(vietnamDateTimeParts('nonsense')).toBeNull();
  });

  it('knows the day of the week', () => {
    expect(weekdayOf('2023-11-03')).toBe(5);
    expect(weekdayOf('2026-02-15')).toBe(0);
    expect(isWeekend('2026-01-10')).toBe(true);
    expect(isWeekend('2026-01-09')).toBe(false);
  });
});

describe('money', () => {
  it('groups thousands with dots and ends with the đồng sign', () => {
    expect(formatVnd(400_000)).toBe('400.000\u00a0₫');
    expect(formatVnd(0)).toBe('0\u00a0₫');
    expect(formatVnd(1_234_567_890)).toBe('1.234.567.890\u00a0₫');
    expect(formatVnd(null)).toBe('');
    expect(formatInteger(-1500)).toBe('-1.500');
  });

  it('reads a formatted amount back', () => {
    expect(parseVnd('400.000 ₫')).toBe(400_000);
    expect(parseVnd('')).toBe(0);
  });
});

describe('decimals', () => {
  it('writes a decimal comma, groups thousands, drops trailing zeros', () => {
    expect(formatDecimal(7.5)).toBe('7,5');
    expect(formatDecimal(10)).toBe('10');
    expect(formatDecimal(0.125)).toBe('0,125');
    expect(formatDecimal(1 / 3)).toBe('0,333');
    expect(formatDecimal(-1.5)).toBe('-1,5');
    expect(formatDecimal(3650)).toBe('3.650');
  });
});
