import { describe, expect, it } from 'vitest';
import { formatDateWithWeekday, weekdayName } from './date-labels';
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
