import { describe, expect, it } from 'vitest';
import {
  formatDateTime,
  formatInteger,
  formatMonthDay,
  formatPlainDate,
  formatVnd,
  parseDisplayDate,
  parseMonthDay,
  parseVnd,
  vietnamToday,
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
