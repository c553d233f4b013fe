import { ArrowLeftOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Breadcrumb, Button, Card, Result, Skeleton } from 'antd';
import { Link, useParams } from 'react-router';
import { PublicLayout } from '../../../components/layouts/public-layout';
import { QueryError } from '../../../components/ui/query-error';
import { paths, procedureHref } from '../../../config/paths';
import { meQueryOptions } from '../../../features/auth/api/get-me';
import { isMissingProcedure, ProcedureNotFound } from '../../../features/catalog/components/procedure-not-found';
import { OnlineSubmission } from '../../../features/dossiers/components/online-submission';
import { procedureQueryOptions } from '../../../lib/catalog-queries';
import { useI18n } from '../../../lib/i18n';
import { useDocumentTitle } from '../../use-document-title';

/**
 * `/nop-truc-tuyen/:code`: online submission of a procedure, without an account. A staff member who is
 * signed in submits with the session's CSRF token (asked here); a citizen needs none.
 */
export function OnlineSubmitRoute() {
  const { t } = useI18n();
  const { code = '' } = useParams();
  const procedure = useQuery(procedureQueryOptions(code));
  useQuery(meQueryOptions());
  useDocumentTitle(procedure.data ? `${t('onlineSubmit.title')} – ${procedure.data.name}` : t('onlineSubmit.title'));

  const back = (
    <Link to={procedureHref(code)}>
      <Button icon={<ArrowLeftOutlined />}>{t('onlineSubmit.back')}</Button>
    </Link>
  );

  return (
    <PublicLayout>
      <div className="container portal-body online-page">
        <Breadcrumb
          className="portal-breadcrumb"
          items={[
            { title: <Link to={paths.home}>{t('portal.nav.home')}</Link> },
            { title: <Link to={procedureHref(code)}>{code}</Link> },
            { title: t('onlineSubmit.title') },
          ]}
        />
        <div className="portal-page-head">
          <h2 className="portal-page-head__title">{t('onlineSubmit.title')}</h2>
          {procedure.data ? <p className="online-page__procedure">{procedure.data.name}</p> : null}
          <p className="portal-page-head__text">{t('onlineSubmit.intro')}</p>
        </div>
        {procedure.isPending ? (
          <Card className="portal-card">
            <Skeleton active paragraph={{ rows: 8 }} />
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
        {procedure.data ? (
          procedure.data.onlineLevel === 'NONE' ? (
            <Card className="portal-card">
              <Result
                status="info"
                title={t('onlineSubmit.notOnlineTitle')}
                subTitle={t('onlineSubmit.notOnline', { code })}
                extra={back}
              />
            </Card>
          ) : (
            <OnlineSubmission procedure={procedure.data} backLink={back} />
          )
        ) : null}
      </div>
    </PublicLayout>
  );
}
