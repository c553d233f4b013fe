import { useQuery } from '@tanstack/react-query';
import { Card, Skeleton } from 'antd';
import { useSearchParams } from 'react-router';
import { PublicLayout } from '../../../components/layouts/public-layout';
import { QueryError } from '../../../components/ui/query-error';
import { procedureFieldsQueryOptions } from '../../../features/catalog/api/get-procedure-fields';
import { procedureSearchQueryOptions } from '../../../lib/catalog-queries';
import {
  type CatalogFilters,
  filtersFromParams,
  hasFilters,
  PAGE_SIZE,
  paramsFromFilters,
} from '../../../features/catalog/catalog-search-params';
import { ProcedureResults } from '../../../features/catalog/components/procedure-results';
import { ProcedureSearchForm } from '../../../features/catalog/components/procedure-search-form';
import { SearchEmpty } from '../../../features/catalog/components/search-empty';
import { useI18n } from '../../../lib/i18n';
import { agenciesQueryOptions, centerQueryOptions } from '../../../lib/org-queries';
import { useDocumentTitle } from '../../use-document-title';

/** `/thu-tuc`: the public procedure catalog, searched and filtered through the address. */
export function ProceduresRoute() {
  const { t } = useI18n();
  const [params, setParams] = useSearchParams();
  const filters = filtersFromParams(params);
  const search = useQuery(
    procedureSearchQueryOptions({
      q: filters.q || undefined,
      agency: filters.agency,
      field: filters.field,
      level: filters.level,
      online: filters.online,
      page: filters.page,
      pageSize: PAGE_SIZE,
    }),
  );
  const agencies = useQuery(agenciesQueryOptions());
  const fields = useQuery(procedureFieldsQueryOptions());
  const center = useQuery(centerQueryOptions());
  useDocumentTitle(filters.q ? `${filters.q} – ${t('portal.nav.procedures')}` : t('portal.nav.procedures'));

  const go = (next: CatalogFilters) => {
    setParams(paramsFromFilters(next));
    window.scrollTo({ top: 0 });
  };

  return (
    <PublicLayout>
      <div className="container portal-body">
        <div className="portal-page-head">
          <h2 className="portal-page-head__title">{t('catalog.title')}</h2>
          <p className="portal-page-head__text">{t('catalog.intro')}</p>
        </div>
        <Card className="portal-card catalog-card">
          <ProcedureSearchForm
            filters={filters}
            agencies={agencies.data ?? []}
            fields={fields.data ?? []}
            onChange={go}
          />
        </Card>
        {search.isPending ? (
          <Card className="portal-card">
            <Skeleton active paragraph={{ rows: 6 }} />
          </Card>
        ) : null}
        {search.isError ? <QueryError error={search.error} onRetry={() => void search.refetch()} /> : null}
        {search.data ? (
          <Card className="portal-card">
            {search.data.total === 0 ? (
              <SearchEmpty
                query={filters.q}
                filtered={hasFilters(filters)}
                phone={center.data?.phone ?? null}
                onSearch={(q) => go({ q, page: 1 })}
                onClearFilters={() => go({ q: filters.q, page: 1 })}
              />
            ) : (
              <ProcedureResults
                items={search.data.items}
                total={search.data.total}
                page={search.data.page}
                pageSize={search.data.pageSize}
                approximate={search.data.approximate}
                query={filters.q}
                loading={search.isPlaceholderData}
                onPage={(page) => go({ ...filters, page })}
              />
            )}
          </Card>
        ) : null}
      </div>
    </PublicLayout>
  );
}
