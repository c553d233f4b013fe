import { describe, expect, it } from 'vitest';
import { registerFileName } from './api/get-register';
import { defaultRegisterPeriod } from './register-period';

describe('the register period', () => {
  it('starts on the first of the month and ends today', () => {
    expect(defaultRegisterPeriod('2026-11-27')).toEqual({ from: '2026-11-01', to: '2026-11-27' });
    expect(defaultRegisterPeriod('2027-01-01')).toEqual({ from: '2027-01-01', to: '2027-01-01' });
  });

  it('names the file after the period', () => {
    expect(registerFileName({ from: '2026-11-01', to: '2026-11-27' })).toBe(
      'so-theo-doi-ho-so-2026-11-01-2026-11-27.pdf',
    );
  });
});
