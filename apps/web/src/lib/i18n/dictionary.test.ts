import { describe, expect, it } from 'vitest';
import { en } from './en';
import { translate } from './translate';
import { vi } from './vi';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('dictionaries', () => {
  it('have the same placeholders in both languages', () => {
    for (const key of Object.keys(vi) as (keyof typeof vi)[]) {
      expect(placeholders(en[key]), key).toEqual(placeholders(vi[key]));
    }
  });

  it('have no empty message', () => {
    for (const [key, text] of [...Object.entries(vi), ...Object.entries(en)]) expect(text.trim(), key).not.toBe('');
  });

  it('fill placeholders', () => {
    expect(translate('vi', 'dashboard.greeting', { name: 'Trần Thị Lan' })).toBe('Xin chào, Trần Thị Lan');
    expect(translate('en', 'users.summary', { n: 3, active: 2 })).toBe('3 accounts, 2 active');
  });
});
