import { ArrowLeftOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Card, Result } from 'antd';
import { Link, useNavigate, useParams } from 'react-router';
import { PageSpinner } from '../../../../components/ui/page-spinner';
import { QueryError } from '../../../../components/ui/query-error';
import { adminProcedureHref, paths } from '../../../../config/paths';
import { procedureFieldsQueryOptions } from '../../../../features/catalog/api/get-procedure-fields';
import { adminProcedureQueryOptions } from '../../../../features/catalog-admin/api/get-admin-procedure';
import { ProcedureEditor } from '../../../../features/catalog-admin/components/procedure-editor';
import { isApiError } from '../../../../lib/api-client';
import { useI18n } from '../../../../lib/i18n';
import { agenciesQueryOptions, centerQueryOptions } from '../../../../lib/org-queries';
import { useDocumentTitle } from '../../../use-document-title';

function BackLink() {
  const { t } = useI18n();
  return (
    <Link to={paths.staff.catalogAdmin} className="dossier-back">
      <ArrowLeftOutlined /> {t('catalogAdmin.backToList')}
    </Link>
  );
}

/** `/can-bo/quan-tri/thu-tuc/:code`: one procedure's editor, version history and actions. */
export function AdminProcedureRoute() {
  const { t } = useI18n();
  const { code = '' } = useParams();
  const navigate = useNavigate();
  const procedure = useQuery(adminProcedureQueryOptions(code));
  const agencies = useQuery(agenciesQueryOptions());
  const fields = useQuery(procedureFieldsQueryOptions());
  useDocumentTitle(procedure.data ? `${code} · ${t('catalogAdmin.title')}` : t('catalogAdmin.title'));

  if (procedure.isError) {
    const missing = isApiError(procedure.error) && (procedure.error.status === 404 || procedure.error.status === 400);
    return (
      <>
        <BackLink />
        <Card className="section-card">
          {missing ? (
            <Result
              status="404"
              title={t('catalogAdmin.notFound')}
              subTitle={t('catalogAdmin.notFoundText', { code })}
            />
          ) : (
            <QueryError error={procedure.error} onRetry={() => void procedure.refetch()} />
          )}
        </Card>
      </>
    );
  }
  if (procedure.isPending || agencies.isPending) {
    return (
      <>
        <BackLink />
        <PageSpinner />
      </>
    );
  }
  return (
    <>
      <BackLink />
      <ProcedureEditor
        key={code}
        data={procedure.data}
        agencies={agencies.data ?? []}
        fields={fields.data ?? []}
        defaultReceivingCode=""
        onCreated={(created) => void navigate(adminProcedureHref(created), { replace: true })}
        onRemoved={() => void navigate(paths.staff.catalogAdmin)}
      />
    </>
  );
}

/** `/can-bo/quan-tri/thu-tuc/moi`: a new procedure, received at the center by default. */
export function AdminNewProcedureRoute() {
  const { t } = useI18n();
  useDocumentTitle(t('catalogAdmin.newTitle'));
  const navigate = useNavigate();
  const agencies = useQuery(agenciesQueryOptions());
  const center = useQuery(centerQueryOptions());
  const fields = useQuery(procedureFieldsQueryOptions());
  if (agencies.isPending || center.isPending) {
    return (
      <>
        <BackLink />
        <PageSpinner />
      </>
    );
  }
  return (
    <>
      <BackLink />
      <ProcedureEditor
        data={null}
        agencies={agencies.data ?? []}
        fields={fields.data ?? []}
        defaultReceivingCode={center.data?.agency.code ?? ''}
        onCreated={(created) => void navigate(adminProcedureHref(created), { replace: true })}
        onRemoved={() => void navigate(paths.staff.catalogAdmin)}
      />
    </>
  );
}
