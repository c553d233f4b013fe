import { ClockCircleOutlined, ContactsOutlined, TeamOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Card, Skeleton } from 'antd';
import { PublicLayout } from '../../../components/layouts/public-layout';
import { QueryError } from '../../../components/ui/query-error';
import { AgencyDirectory } from '../../../features/portal/components/agency-directory';
import { CenterContact } from '../../../features/portal/components/center-contact';
import { HeroSearch } from '../../../features/portal/components/hero-search';
import { OfficeHoursTable } from '../../../features/portal/components/office-hours-table';
import { QuickLinks } from '../../../features/portal/components/quick-links';
import { currentSeason } from '../../../features/portal/current-season';
import { vietnamToday } from '../../../lib/format';
import { useI18n } from '../../../lib/i18n';
import { agenciesQueryOptions, centerQueryOptions } from '../../../lib/org-queries';
import { useDocumentTitle } from '../../use-document-title';

/** The public home page: no login, the questions a citizen has before coming to the center. */
export function PortalHomeRoute() {
  const { t } = useI18n();
  const center = useQuery(centerQueryOptions());
  const agencies = useQuery(agenciesQueryOptions());
  useDocumentTitle(center.data?.name ?? t('portal.defaultCenterName'));
  const today = vietnamToday(new Date()).slice(5);

  return (
    <PublicLayout>
      <HeroSearch />
      <div className="container portal-body">
        <QuickLinks />
        <div className="portal-grid">
          <Card
            title={
              <>
                <ClockCircleOutlined /> {t('portal.officeHours')}
              </>
            }
            className="portal-card"
          >
            {center.isPending ? <Skeleton active /> : null}
            {center.isError ? <QueryError error={center.error} onRetry={() => void center.refetch()} /> : null}
            {center.data ? (
              <>
                <OfficeHoursTable
                  seasons={center.data.officeHours}
                  current={currentSeason(center.data.officeHours, today)}
                />
                <p className="muted portal-note">{t('portal.officeHoursNote')}</p>
              </>
            ) : null}
          </Card>
          <Card
            title={
              <>
                <ContactsOutlined /> {t('portal.contact')}
              </>
            }
            className="portal-card"
          >
            {center.isPending ? <Skeleton active /> : null}
            {center.data ? <CenterContact center={center.data} /> : null}
          </Card>
        </div>
        <Card
          title={
            <>
              <TeamOutlined /> {t('portal.agencies.title')}
            </>
          }
          className="portal-card"
        >
          <p className="muted" style={{ marginTop: 0 }}>
            {t('portal.agencies.intro')}
          </p>
          {agencies.isPending ? <Skeleton active /> : null}
          {agencies.isError ? <QueryError error={agencies.error} onRetry={() => void agencies.refetch()} /> : null}
          {agencies.data ? <AgencyDirectory agencies={agencies.data} /> : null}
        </Card>
      </div>
    </PublicLayout>
  );
}
