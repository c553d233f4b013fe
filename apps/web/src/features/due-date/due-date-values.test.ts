import { describe, expect, it } from 'vitest';
import { dueDateHref } from '../../config/paths';
import { dueQueryOf, durationFromParams, startsLater } from './due-date-values';

describe('the due-date query', () => {
  it('sends the receipt as Vietnam time with its offset', () => {
    expect(dueQueryOf({ date: '2023-10-27', time: '09:32', amount: 5, unit: 'WORKING_DAY' })).toEqual({
      receivedAt: '2023-10-27T09:32:00+07:00',
      amount: 5,
      unit: 'WORKING_DAY',
    });
  });

  it('waits for complete values and ignores the amount of a same-day procedure', () => {
    expect(dueQueryOf({ date: '2023-10-27', amount: 5, unit: 'WORKING_DAY' })).toBeNull();
    expect(dueQueryOf({ date: '2023-10-27', time: '09:32', unit: 'WORKING_DAY' })).toBeNull();
    expect(dueQueryOf({ date: '2023-10-27', time: '09:32', amount: 4000, unit: 'WORKING_DAY' })).toBeNull();
    expect(dueQueryOf({ date: '2023-10-27', time: '09:32', unit: 'SAME_DAY' })?.amount).toBe(0);
  });

  it('tells when counting starts after the receipt', () => {
    expect(startsLater('2023-10-27T18:32:00+07:00', '2023-10-30T07:00:00+07:00')).toBe(true);
    // Same instant, different spelling.
    expect(startsLater('2023-10-27T09:32:00+07:00', '2023-10-27T02:32:00Z')).toBe(false);
  });
});

describe('the legal time in the address', () => {
  it('round-trips', () => {
    const href = dueDateHref(7.5, 'WORKING_DAY');
    expect(href).toBe('/tinh-han?soNgay=7.5&donVi=WORKING_DAY');
    expect(durationFromParams(new URL(href, 'http://x').searchParams)).toEqual({ amount: 7.5, unit: 'WORKING_DAY' });
  });

  it('ignores what it cannot use', () => {
    expect(durationFromParams(new URLSearchParams('soNgay=5&donVi=WEEK'))).toBeNull();
    expect(durationFromParams(new URLSearchParams('soNgay=abc&donVi=WORKING_DAY'))).toBeNull();
    expect(durationFromParams(new URLSearchParams('donVi=SAME_DAY'))).toEqual({ amount: 0, unit: 'SAME_DAY' });
    expect(durationFromParams(new URLSearchParams(''))).toBeNull();
  });
});
