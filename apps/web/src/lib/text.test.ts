import { describe, expect, it } from 'vitest';
import { foldVietnamese, matchesSearch } from './text';

describe('search without diacritics', () => {
  it('folds Vietnamese letters, including đ', () => {
    expect(foldVietnamese('Sở Tư pháp')).toBe('so tu phap');
    expect(foldVietnamese('ĐỖ THỊ HỒNG')).toBe('do thi hong');
  });

  it('matches any of the texts, and everything for an empty search', () => {
    expect(matchesSearch('tu phap', 'Sở Tư pháp')).toBe(true);
    expect(matchesSearch('H26', null, '000.00.04.H26')).toBe(true);
    expect(matchesSearch('xay dung', 'Sở Tư pháp')).toBe(false);
    expect(matchesSearch('  ', 'anything')).toBe(true);
  });
});
