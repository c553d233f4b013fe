import { describe, expect, it } from 'vitest';
import { codeFromParams, isPlausibleCode, isVerifyDigits, normalizeCode } from './lookup-values';

describe('lookup values', () => {
  it('normalizes a code typed from the receipt', () => {
    expect(normalizeCode(' 000.01.01.h26-261127-0001 ')).toBe('000.01.01.H26-261127-0001');
    expect(isPlausibleCode('000.01.01.H26-261127-0001')).toBe(true);
    expect(isPlausibleCode('<script>')).toBe(false);
  });

  it('wants exactly four digits', () => {
    expect(isVerifyDigits('5678')).toBe(true);
    expect(isVerifyDigits('567')).toBe(false);
    expect(isVerifyDigits('56a8')).toBe(false);
  });

  it('takes the code from the QR link and ignores junk', () => {
    expect(codeFromParams(new URLSearchParams('ma=000.01.01.H26-261127-0001'))).toBe('000.01.01.H26-261127-0001');
    expect(codeFromParams(new URLSearchParams('ma=%3Cb%3E'))).toBe('');
    expect(codeFromParams(new URLSearchParams(''))).toBe('');
  });
});
