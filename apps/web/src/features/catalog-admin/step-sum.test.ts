import { describe, expect, it } from 'vitest';
import { type MessageKey, type MessageParams, translate } from '../../lib/i18n';
import { computeStepSum, formatDifference, formatDuration } from './step-sum';

const vi = (key: MessageKey, params?: MessageParams) => translate('vi', key, params);
const en = (key: MessageKey, params?: MessageParams) => translate('en', key, params);
const step = (
  amount: number | null,
  unit: 'WORKING_DAY' | 'WORKING_HOUR' | 'CALENDAR_DAY' | 'SAME_DAY' = 'WORKING_DAY',
) => ({
  duration: { amount, unit },
});

describe('computeStepSum', () => {
  it('is ok when the steps add up exactly to the legal time', () => {
    const sum = computeStepSum({ amount: 10, unit: 'WORKING_DAY' }, [step(0.5), step(2), step(5), step(1.5), step(1)]);
    expect(sum).toEqual({
      state: 'ok',
      total: { amount: 10, unit: 'WORKING_DAY' },
      legal: { amount: 10, unit: 'WORKING_DAY' },
    });
  });

  it('mixes working days and working hours at 8 hours a day', () => {
    expect(computeStepSum({ amount: 1, unit: 'WORKING_DAY' }, [step(4, 'WORKING_HOUR'), step(0.5)]).state).toBe('ok');
    expect(computeStepSum({ amount: 8, unit: 'WORKING_HOUR' }, [step(0.5), step(4, 'WORKING_HOUR')]).state).toBe('ok');
  });

  it('gives the signed difference in the legal time’s unit', () => {
    const over = computeStepSum({ amount: 3, unit: 'WORKING_DAY' }, [step(2), step(2)]);
    expect(over).toMatchObject({ state: 'mismatch', difference: { amount: 1, unit: 'WORKING_DAY' } });
    const short = computeStepSum({ amount: 10, unit: 'WORKING_DAY' }, [step(9)]);
    expect(short).toMatchObject({
      state: 'mismatch',
      total: { amount: 9, unit: 'WORKING_DAY' },
      difference: { amount: -1, unit: 'WORKING_DAY' },
    });
  });

  it('gives a same-day case 8 working hours, and shows its sums in hours', () => {
    const sameDay = { amount: 1, unit: 'SAME_DAY' as const };
    expect(
      computeStepSum(sameDay, [step(1, 'WORKING_HOUR'), step(4, 'WORKING_HOUR'), step(3, 'WORKING_HOUR')]).state,
    ).toBe('ok');
    expect(computeStepSum(sameDay, [step(6, 'WORKING_HOUR')])).toMatchObject({
      state: 'mismatch',
      total: { amount: 6, unit: 'WORKING_HOUR' },
      difference: { amount: -2, unit: 'WORKING_HOUR' },
    });
    // The amount of a "trong ngày" legal time does not matter.
    expect(computeStepSum({ amount: null, unit: 'SAME_DAY' }, [step(1)]).state).toBe('ok');
  });

  it('refuses to add calendar days to working days, and a same-day step', () => {
    expect(computeStepSum({ amount: 5, unit: 'WORKING_DAY' }, [step(1), step(4, 'CALENDAR_DAY')])).toEqual({
      state: 'unit',
      stepIndex: 1,
      legal: { amount: 5, unit: 'WORKING_DAY' },
    });
    expect(computeStepSum({ amount: 1, unit: 'WORKING_DAY' }, [step(1, 'SAME_DAY')])).toMatchObject({
      state: 'unit',
      stepIndex: 0,
    });
    expect(
      computeStepSum({ amount: 20, unit: 'CALENDAR_DAY' }, [step(5, 'CALENDAR_DAY'), step(15, 'CALENDAR_DAY')]).state,
    ).toBe('ok');
  });

  it('waits for the legal time and the steps, and sums what is entered so far', () => {
    expect(computeStepSum({ amount: null, unit: 'WORKING_DAY' }, [step(1)])).toEqual({ state: 'empty' });
    expect(computeStepSum({ amount: 5, unit: 'WORKING_DAY' }, [])).toEqual({ state: 'empty' });
    expect(computeStepSum(undefined, [step(1)])).toEqual({ state: 'empty' });
    expect(computeStepSum({ amount: 5, unit: 'WORKING_DAY' }, [step(2), step(null), undefined])).toMatchObject({
      state: 'incomplete',
      total: { amount: 2, unit: 'WORKING_DAY' },
    });
  });

  it('does not drift on decimals (0.1 + 0.2 working days)', () => {
    expect(computeStepSum({ amount: 0.3, unit: 'WORKING_DAY' }, [step(0.1), step(0.2)]).state).toBe('ok');
  });
});

describe('durations in words', () => {
  it('says durations and differences the Vietnamese way', () => {
    expect(formatDuration({ amount: 7.5, unit: 'WORKING_DAY' }, vi)).toBe('7,5 ngày làm việc');
    expect(formatDuration({ amount: 20, unit: 'CALENDAR_DAY' }, vi)).toBe('20 ngày');
    expect(formatDuration({ amount: 1, unit: 'SAME_DAY' }, vi)).toBe('trong ngày');
    expect(formatDifference({ amount: -1, unit: 'WORKING_DAY' }, vi)).toBe('thiếu 1 ngày');
    expect(formatDifference({ amount: 0.5, unit: 'WORKING_HOUR' }, vi)).toBe('thừa 0,5 giờ');
  });

  it('and in English', () => {
    expect(formatDuration({ amount: 2, unit: 'WORKING_HOUR' }, en)).toBe('2 working hours');
    expect(formatDifference({ amount: 1, unit: 'WORKING_DAY' }, en)).toBe('1 day(s) over');
  });
});
