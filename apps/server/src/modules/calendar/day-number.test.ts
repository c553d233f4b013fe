import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { isAppError } from '../../platform/errors';
import { dayNumberOf, plainDateOf, vietnamDayNumber, vietnamMsOfDay, weekdayOf } from './day-number';

describe('day numbers', () => {
  it('given known dates, then they map to days since 1970-01-01 and back', () => {
    expect(dayNumberOf('1970-01-01')).toBe(0);
    expect(dayNumberOf('2000-03-01')).toBe(11_017);
    expect(plainDateOf(dayNumberOf('2100-12-31'))).toBe('2100-12-31');
    expect(weekdayOf(dayNumberOf('2023-10-27'))).toBe(5);
  });

  it('property: agrees with Date.UTC from 1890 to 2210', () => {
    fc.assert(
      fc.property(fc.integer({ min: -29_219, max: 87_600 }), (day) => {
        const iso = new Date(day * 86_400_000).toISOString().slice(0, 10);
        expect(plainDateOf(day)).toBe(iso);
        expect(dayNumberOf(iso)).toBe(day);
        expect(weekdayOf(day)).toBe(new Date(day * 86_400_000).getUTCDay());
      }),
      { numRuns: 2000 },
    );
  });

  it.each(['2023-02-29', '2024-13-01', '2024-1-01', '2024/01/01', '', '2024-00-10', '2024-04-31'])(
    'given "%s", then VALIDATION_FAILED',
    (value) => {
      try {
        dayNumberOf(value);
        expect.unreachable();
      } catch (error) {
        expect(isAppError(error) && error.code).toBe('VALIDATION_FAILED');
      }
    },
  );

  it('reads instants in Vietnam (UTC+7): 17:30Z on 02/11 is 00:30 on 03/11', () => {
    const instant = Date.parse('2023-11-02T17:30:00Z');
    expect(plainDateOf(vietnamDayNumber(instant))).toBe('2023-11-03');
    expect(vietnamMsOfDay(instant)).toBe(30 * 60_000);
  });
});
