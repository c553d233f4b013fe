import { describe, expect, it } from 'vitest';
import { vietnamInstant } from '../../platform/time';
import {
  formatCount,
  formatDate,
  formatDateOf,
  formatDateTime,
  formatDuration,
  formatLongDate,
  formatMoney,
  formatOutcome,
  formatPlaceDate,
  toNfc,
  upperVi,
} from './vietnamese-format';

describe('Decree 30 date line', () => {
  it('pads the day below 10 and the month only for January and February', () => {
    expect(formatLongDate('2019-03-05')).toBe('ngày 05 tháng 3 năm 2019');
    expect(formatLongDate('2019-01-05')).toBe('ngày 05 tháng 01 năm 2019');
    expect(formatLongDate('2020-02-29')).toBe('ngày 29 tháng 02 năm 2020');
    expect(formatLongDate('2026-06-01')).toBe('ngày 01 tháng 6 năm 2026');
    expect(formatLongDate('2026-11-27')).toBe('ngày 27 tháng 11 năm 2026');
  });

  it('writes the place, a comma, then the date', () => {
    expect(formatPlaceDate('Hải Dương', '2026-11-27')).toBe('Hải Dương, ngày 27 tháng 11 năm 2026');
  });
});

describe('dates and times in the body', () => {
  it('prints dd/MM/yyyy', () => {
    expect(formatDate('2026-11-27')).toBe('27/11/2026');
    expect(formatDate('2026-01-05')).toBe('05/01/2026');
  });

  it('reads instants in Vietnam time whatever the host zone', () => {
    // 23:30 UTC on 26/11 is 06:30 on 27/11 in Hà Nội.
    const instant = new Date('2026-11-26T23:30:00Z');
    expect(formatDateOf(instant)).toBe('27/11/2026');
    expect(formatDateTime(instant)).toBe('06 giờ 30 phút, ngày 27/11/2026');
    expect(formatDateTime(vietnamInstant('2026-12-11', 9 * 60 + 32))).toBe('09 giờ 32 phút, ngày 11/12/2026');
  });
});

describe('money, counts, durations, outcomes', () => {
  it('groups thousands with dots and names the currency', () => {
    expect(formatMoney(400_000)).toBe('400.000 đồng');
    expect(formatMoney(400_000, 'symbol')).toBe('400.000 ₫');
    expect(formatMoney(1_234_567)).toBe('1.234.567 đồng');
    expect(formatMoney(0)).toBe('0 đồng');
    expect(formatMoney(50)).toBe('50 đồng');
  });

  it('writes counts and durations two-digit, as the forms do', () => {
    expect(formatCount(1)).toBe('01');
    expect(formatCount(12)).toBe('12');
    expect(formatDuration({ value: 5, unit: 'working-days' })).toBe('05 ngày làm việc');
    expect(formatDuration({ value: 30, unit: 'days' })).toBe('30 ngày');
    expect(formatDuration({ value: 8, unit: 'working-hours' })).toBe('08 giờ làm việc');
  });

  it('names the hand-over outcomes as Form 05 does', () => {
    expect(formatOutcome('early')).toBe('Trước hạn');
    expect(formatOutcome('on-time')).toBe('Đúng hạn');
    expect(formatOutcome('late')).toBe('Quá hạn');
  });
});

describe('Vietnamese text', () => {
  it('upper-cases names with their diacritics', () => {
    expect(upperVi('Nguyễn Thị Lan')).toBe('NGUYỄN THỊ LAN');
    expect(upperVi('Đặng Văn Ợi')).toBe('ĐẶNG VĂN ỢI');
  });

  it('normalises every string of a view to NFC and leaves dates alone', () => {
    const decomposed = 'Nguyễn Thị Lan'.normalize('NFD');
    const at = new Date('2026-11-27T02:32:00Z');
    const view = toNfc({ name: decomposed, list: [decomposed], nested: { at, n: 3 } });
    expect(view.name).toBe('Nguyễn Thị Lan'.normalize('NFC'));
    expect(view.name).not.toBe(decomposed);
    expect(view.list[0]).toBe(view.name);
    expect(view.nested.at).toBe(at);
    expect(view.nested.n).toBe(3);
  });
});
