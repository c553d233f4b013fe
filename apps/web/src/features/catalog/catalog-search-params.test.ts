import { describe, expect, it } from 'vitest';
import { filtersFromParams, hasFilters, paramsFromFilters } from './catalog-search-params';

describe('the catalog search in the address', () => {
  it('reads the home page search', () => {
    expect(filtersFromParams(new URLSearchParams('q=l%C3%BD%20l%E1%BB%8Bch%20t%C6%B0%20ph%C3%A1p'))).toEqual({
      q: 'lý lịch tư pháp',
      agency: undefined,
      field: undefined,
      level: undefined,
      online: undefined,
      page: 1,
    });
  });

  it('round-trips every filter', () => {
    const filters = {
      q: 'gpxd',
      agency: '000.00.11.H26',
      field: 'Hoạt động xây dựng',
      level: 'PROVINCE',
      online: 'ONLINE_PARTIAL',
      page: 2,
    } as const;
    const params = paramsFromFilters(filters);
    expect(params.toString()).toBe(
      'q=gpxd&agency=000.00.11.H26&field=Ho%E1%BA%A1t+%C4%91%E1%BB%99ng+x%C3%A2y+d%E1%BB%B1ng&level=PROVINCE&online=ONLINE_PARTIAL&page=2',
    );
    expect(filtersFromParams(params)).toEqual(filters);
    expect(hasFilters(filters)).toBe(true);
  });

  it('drops what the server would refuse and leaves defaults out', () => {
    const filters = filtersFromParams(new URLSearchParams('q=%20%20&level=NATION&online=x&page=-3'));
    expect(filters).toMatchObject({ q: '', level: undefined, online: undefined, page: 1 });
    expect(hasFilters(filters)).toBe(false);
    expect(paramsFromFilters(filters).toString()).toBe('');
  });
});
