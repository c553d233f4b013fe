import { RightOutlined } from '@ant-design/icons';
import { Card, Descriptions, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import { PageHeader } from '../../../components/ui/page-header';
import { paths } from '../../../config/paths';
import { useSessionUser } from '../../../features/auth/api/get-me';
import { useI18n } from '../../../lib/i18n';
import { staffMenu } from '../../staff-menu';
import { useDocumentTitle } from '../../use-document-title';

/** "Bàn làm việc": who you are, where you work, what you may see, and your functions. */
export function DashboardRoute() {
  const { t } = useI18n();
  const user = useSessionUser();
  useDocumentTitle(t('menu.dashboard'));
  const functions = staffMenu(user.permissions)
    .flatMap((entry) => entry.children ?? [entry])
    .filter((entry) => entry.key !== paths.staff.root);

  return (
    <>
      <PageHeader title={t('dashboard.greeting', { name: user.fullName })} description={t('dashboard.intro')} />
      <Card title={t('dashboard.profile')} className="section-card">
        <Descriptions
          column={{ xs: 1, sm: 1, md: 2 }}
          bordered
          size="middle"
          items={[
            { key: 'fullName', label: t('user.fullName'), children: user.fullName },
            { key: 'username', label: t('user.username'), children: user.username },
            {
              key: 'role',
              label: t('user.role'),
              children: <Tag color="blue">{t(`role.${user.role}`)}</Tag>,
            },
            {
              key: 'scope',
              label: t('dashboard.scope'),
              children: (
                <Tag color={user.scope === 'ALL' ? 'purple' : 'cyan'}>
                  {user.scope === 'ALL' ? t('scope.ALL') : t('scope.AGENCY')}
                </Tag>
              ),
            },
            { key: 'agency', label: t('user.agency'), children: user.agency.name },
            {
              key: 'homeAgency',
              label: t('user.homeAgency'),
              children: user.homeAgency ? user.homeAgency.name : <span className="muted">—</span>,
            },
          ]}
        />
        <Typography.Paragraph type="secondary" style={{ marginTop: 12, marginBottom: 0 }}>
          {user.scope === 'ALL' ? t('dashboard.scopeAllText') : t('dashboard.scopeAgencyText')}
        </Typography.Paragraph>
      </Card>
      <Card title={t('dashboard.functions')} className="section-card">
        {functions.length === 0 ? (
          <Typography.Text type="secondary">{t('dashboard.noFunctions')}</Typography.Text>
        ) : (
          <div className="function-grid">
            {functions.map((entry) => (
              <Link key={entry.key} to={entry.key} className="function-tile">
                <span className="function-tile__label">{t(entry.label)}</span>
                {entry.comingSoon ? <Tag color="gold">{t('common.comingSoon')}</Tag> : <RightOutlined />}
              </Link>
            ))}
          </div>
        )}
      </Card>
    </>
  );
}
