import { useQuery } from '@tanstack/react-query';
import { PageHeader } from '../../../../components/ui/page-header';
import { PageSpinner } from '../../../../components/ui/page-spinner';
import { QueryError } from '../../../../components/ui/query-error';
import { CenterForm } from '../../../../features/admin-center/components/center-form';
import { useI18n } from '../../../../lib/i18n';
import { centerQueryOptions } from '../../../../lib/org-queries';
import { useDocumentTitle } from '../../../use-document-title';

export function AdminCenterRoute() {
  const { t } = useI18n();
  const center = useQuery(centerQueryOptions());
  useDocumentTitle(t('center.title'));
  return (
    <>
      <PageHeader title={t('center.title')} description={t('center.description')} />
      {center.isPending ? <PageSpinner /> : null}
      {center.isError ? <QueryError error={center.error} onRetry={() => void center.refetch()} /> : null}
      {center.data ? <CenterForm center={center.data} /> : null}
    </>
  );
}
