import { describe, expect, it } from 'vitest';
import { formatAppointment, formatDateWithWeekday, weekdayName } from './date-labels';
import { type MessageKey, type MessageParams, translate } from './i18n';

const vi = (key: MessageKey, params?: MessageParams) => translate('vi', key, params);
const en = (key: MessageKey, params?: MessageParams) => translate('en', key, params);

describe('dates with their weekday', () => {
  it('names the day the Vietnamese way', () => {
    expect(formatDateWithWeekday('2023-11-03', vi)).toBe('Thứ Sáu, 03/11/2023');
    expect(weekdayName('2026-02-15', vi)).toBe('Chủ nhật');
    expect(weekdayName('2026-02-16', vi)).toBe('Thứ Hai');
  });

  it('and in English', () => {
    expect(formatDateWithWeekday('2023-11-03', en)).toBe('Friday, 03/11/2023');
  });
});

describe('appointments', () => {
  it('gives the time and the day in Vietnam, whatever the offset of the instant', () => {
    expect(formatAppointment('2026-12-11T16:30:00+07:00', vi)).toBe('16 giờ 30, Thứ Sáu, 11/12/2026');
    expect(formatAppointment('2026-12-11T01:05:00Z', vi)).toBe('08 giờ 05, Thứ Sáu, 11/12/2026');
    expect(formatAppointment('2026-12-11T16:30:00+07:00', en)).toBe('16:30, Friday, 11/12/2026');
  });

  it('leaves an unreadable value as it is', () => {
    expect(formatAppointment('soon', vi)).toBe('soon');
  });
});
