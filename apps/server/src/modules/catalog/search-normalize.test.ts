import { describe, expect, it } from 'vitest';
import { ABBREVIATIONS, expandAbbreviations, matchesQuery, normalizeQuery } from './search-normalize';

describe('normalizeQuery', () => {
  it('strips Vietnamese diacritics and lowercases', () => {
    expect(normalizeQuery('Giấy phép xây dựng')).toBe('giay phep xay dung');
    expect(normalizeQuery('ĐĂNG KÝ KHAI SINH')).toBe('dang ky khai sinh');
    expect(normalizeQuery('Quyền sở hữu, ưu tiên; Ủy ban')).toBe('quyen so huu uu tien uy ban');
  });

  it('turns đ into d', () => {
    expect(normalizeQuery('Đất đai')).toBe('dat dai');
    expect(normalizeQuery('QSDĐ')).toBe('qsdd');
  });

  it('collapses punctuation and spaces', () => {
    expect(normalizeQuery('  cấp   lại -- GCN!!  ')).toBe('cap lai gcn');
    expect(normalizeQuery('tách thửa/hợp thửa')).toBe('tach thua hop thua');
  });

  it('keeps procedure codes whole', () => {
    expect(normalizeQuery('Mã 1.001193.')).toBe('ma 1.001193');
    expect(normalizeQuery('1.001193.000.00.00.H26')).toBe('1.001193.000.00.00 h26');
  });

  it('joins abbreviations written with &', () => {
    expect(normalizeQuery('Sở KH&ĐT')).toBe('so khdt');
  });

  it('gives an empty string for a query of punctuation only', () => {
    expect(normalizeQuery('?!.,;:-–—…')).toBe('');
    expect(normalizeQuery('   ')).toBe('');
  });
});

describe('expandAbbreviations', () => {
  it('expands GPXD', () => {
    expect(expandAbbreviations('gpxd')).toContain('giay phep xay dung');
    expect(expandAbbreviations('GPXD')[0]).toBe('gpxd');
  });

  it('expands several abbreviations in one query', () => {
    expect(expandAbbreviations('cấp đổi GCN QSDĐ')).toContain('cap doi giay chung nhan quyen su dung dat');
    expect(expandAbbreviations('thành lập DN')).toContain('thanh lap doanh nghiep');
    expect(expandAbbreviations('đăng ký HKD')).toContain('dang ky ho kinh doanh');
  });

  it.each([
    ['LLTP', 'ly lich tu phap'],
    ['GPLX', 'giay phep lai xe'],
    ['CCCD', 'can cuoc cong dan'],
    ['HTX', 'hop tac xa'],
    ['BHXH', 'bao hiem xa hoi'],
    ['BHYT', 'bao hiem y te'],
    ['TNCN', 'thu nhap ca nhan'],
    ['VPĐKĐĐ', 'van phong dang ky dat dai'],
    ['VPDKDD', 'van phong dang ky dat dai'],
    ['ANTT', 'an ninh trat tu'],
    ['ĐKKD', 'dang ky kinh doanh'],
    ['QSDD', 'quyen su dung dat'],
    ['sổ đỏ', 'giay chung nhan quyen su dung dat'],
  ])('expands %s', (abbr, full) => {
    expect(expandAbbreviations(abbr)).toContain(full);
  });

  it('gives one alternative per meaning', () => {
    const alternatives = expandAbbreviations('so hong');
    expect(alternatives).toContain('giay chung nhan quyen su dung dat');
    expect(alternatives).toContain('quyen so huu nha o');
  });

  it('does not expand inside longer words', () => {
    expect(expandAbbreviations('dntn')).toEqual(['dntn', 'doanh nghiep tu nhan']);
    expect(expandAbbreviations('dan')).toEqual(['dan']);
  });

  it('returns the normalised query alone when there is nothing to expand, and nothing for an empty query', () => {
    expect(expandAbbreviations('Khai sinh')).toEqual(['khai sinh']);
    expect(expandAbbreviations('...')).toEqual([]);
  });

  it('documents every abbreviation with a full phrase', () => {
    for (const entry of ABBREVIATIONS) expect(entry.full.length).toBeGreaterThan(0);
  });
});

describe('matchesQuery', () => {
  const name = 'Cấp giấy phép xây dựng mới đối với công trình cấp III, cấp IV và nhà ở riêng lẻ';

  it('matches without diacritics, by abbreviation and by word prefix', () => {
    expect(matchesQuery(name, 'giay phep xay dung')).toBe(true);
    expect(matchesQuery(name, 'GPXD nhà ở')).toBe(true);
    expect(matchesQuery(name, 'xay dun')).toBe(true);
  });

  it('does not match unrelated words', () => {
    expect(matchesQuery(name, 'khai sinh')).toBe(false);
  });

  it('matches a procedure code', () => {
    expect(matchesQuery('1.013225 Cấp giấy phép xây dựng', '1.013225')).toBe(true);
  });
});
