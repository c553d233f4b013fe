import type { OnlineLevel, ProcedureLevel } from '../../lib/contract-types';

/** The catalog search as it lives in the address: `/thu-tuc?q=gpxd&level=PROVINCE&page=2`. */
export interface CatalogFilters {
  q: string;
  agency?: string;
  field?: string;
  level?: ProcedureLevel;
  online?: OnlineLevel;
  page: number;
}

export const PAGE_SIZE = 20;

const levels: readonly string[] = ['PROVINCE', 'DISTRICT', 'COMMUNE'];
const onlineLevels: readonly string[] = ['ONLINE_FULL', 'ONLINE_PARTIAL', 'NONE'];

const text = (value: string | null, max: number) => {
  const trimmed = value?.trim().slice(0, max);
  return trimmed ? trimmed : undefined;
};

/** Reads the address; values the server would refuse are dropped rather than sent. */
export function filtersFromParams(params: URLSearchParams): CatalogFilters {
  const level = params.get('level');
  const online = params.get('online');
  const page = Number(params.get('page'));
  return {
    q: text(params.get('q'), 200) ?? '',
    agency: text(params.get('agency'), 64),
    field: text(params.get('field'), 200),
    level: level && levels.includes(level) ? (level as ProcedureLevel) : undefined,
    online: online && onlineLevels.includes(online) ? (online as OnlineLevel) : undefined,
    page: Number.isInteger(page) && page >= 1 && page <= 10_000 ? page : 1,
  };
}

/** The address of a search: empty values and page 1 are left out, `q` first (the home page links `?q=`). */
export function paramsFromFilters(filters: CatalogFilters): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.q.trim()) params.set('q', filters.q.trim());
  if (filters.agency) params.set('agency', filters.agency);
  if (filters.field) params.set('field', filters.field);
  if (filters.level) params.set('level', filters.level);
  if (filters.online) params.set('online', filters.online);
  if (filters.page > 1) params.set('page', String(filters.page));
  return params;
}

/** Whether any filter besides the words is set (the empty state then suggests removing them). */
export function hasFilters(filters: CatalogFilters): boolean {
  return Boolean(filters.agency || filters.field || filters.level || filters.online);
}
