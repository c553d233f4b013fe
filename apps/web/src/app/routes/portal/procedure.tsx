import { useQuery } from '@tanstack/react-query';
import { Breadcrumb, Card, Skeleton } from 'antd';
import { Link, useParams } from 'react-router';
import { PublicLayout } from '../../../components/layouts/public-layout';
import { QueryError } from '../../../components/ui/query-error';
import { paths } from '../../../config/paths';
import { procedureQueryOptions } from '../../../lib/catalog-queries';
import { ProcedureDetailView } from '../../../features/catalog/components/procedure-detail';
import { isMissingProcedure, ProcedureNotFound } from '../../../features/catalog/components/procedure-not-found';
import { useI18n } from '../../../lib/i18n';
import { centerQueryOptions } from '../../../lib/org-queries';
import { useDocumentTitle } from '../../use-document-title';

/** `/thu-tuc/:code`: one procedure, as a citizen needs it. */
export function ProcedureRoute() {
  const { t } = useI18n();
  const { code = '' } = useParams();
  const procedure = useQuery(procedureQueryOptions(code));
  const center = useQuery(centerQueryOptions());
  useDocumentTitle(procedure.data ? procedure.data.name : t('portal.nav.procedures'));

  return (
    <PublicLayout>
      <div className="container portal-body">
        <Breadcrumb
          className="portal-breadcrumb"
          items={[
            { title: <Link to={paths.home}>{t('portal.nav.home')}</Link> },
            { title: <Link to={paths.procedures}>{t('portal.nav.procedures')}</Link> },
            { title: code },
          ]}
        />
        {procedure.isPending ? (
          <Card className="portal-card">
            <Skeleton active paragraph={{ rows: 10 }} />
          </Card>
        ) : null}
        {procedure.isError ? (
          isMissingProcedure(procedure.error) ? (
            <Card className="portal-card">
              <ProcedureNotFound code={code} />
            </Card>
          ) : (
            <QueryError error={procedure.error} onRetry={() => void procedure.refetch()} />
          )
        ) : null}
        {procedure.data ? <ProcedureDetailView procedure={procedure.data} center={center.data} /> : null}
      </div>
    </PublicLayout>
  );
}
