import {
  AuditOutlined,
  BookOutlined,
  CalculatorOutlined,
  CalendarOutlined,
  CheckSquareOutlined,
  DashboardOutlined,
  FileAddOutlined,
  FileDoneOutlined,
  FolderOpenOutlined,
  FormOutlined,
  HomeOutlined,
  ApartmentOutlined,
  BarChartOutlined,
  SettingOutlined,
  ShopOutlined,
  TeamOutlined,
} from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { App, type MenuProps } from 'antd';
import type { ReactNode } from 'react';
import { Navigate, Outlet, useLocation, useNavigate } from 'react-router';
import { StaffLayout } from '../../../components/layouts/staff-layout';
import { PageSpinner } from '../../../components/ui/page-spinner';
import { QueryError } from '../../../components/ui/query-error';
import { paths } from '../../../config/paths';
import { useMe } from '../../../features/auth/api/get-me';
import { useLogout } from '../../../features/auth/api/logout';
import { isApiError } from '../../../lib/api-client';
import { type Translate, useI18n } from '../../../lib/i18n';
import { centerQueryOptions } from '../../../lib/org-queries';
import {
  ADMIN_GROUP_KEY,
  openMenuGroupFor,
  selectedMenuKey,
  type StaffMenuEntry,
  type StaffMenuIcon,
  staffMenu,
} from '../../staff-menu';

const icons: Record<StaffMenuIcon, ReactNode> = {
  dashboard: <DashboardOutlined />,
  receive: <FileAddOutlined />,
  dossiers: <FolderOpenOutlined />,
  process: <FormOutlined />,
  approve: <CheckSquareOutlined />,
  issue: <FileDoneOutlined />,
  reports: <BarChartOutlined />,
  dueDate: <CalculatorOutlined />,
  admin: <SettingOutlined />,
  center: <HomeOutlined />,
  agencies: <ApartmentOutlined />,
  counters: <ShopOutlined />,
  users: <TeamOutlined />,
  calendar: <CalendarOutlined />,
  catalog: <BookOutlined />,
  audit: <AuditOutlined />,
};

function toMenuItems(entries: StaffMenuEntry[], t: Translate): MenuProps['items'] {
  return entries.map((entry) => ({
    key: entry.key,
    icon: icons[entry.icon],
    label: entry.comingSoon ? (
      <span className="menu-label">
        {t(entry.label)} <span className="menu-soon">{t('common.soon')}</span>
      </span>
    ) : (
      t(entry.label)
    ),
    children: entry.children ? toMenuItems(entry.children, t) : undefined,
  }));
}

/** The staff area: signed-in users only (401 → the login page), with the menu their permissions allow. */
export function StaffRootRoute() {
  const { t } = useI18n();
  const me = useMe();
  const location = useLocation();
  const navigate = useNavigate();
  const logout = useLogout();
  const { message } = App.useApp();
  const center = useQuery(centerQueryOptions());

  if (me.isPending) return <PageSpinner />;
  if (me.isError) {
    if (isApiError(me.error) && me.error.status === 401) {
      return <Navigate to={paths.login} replace state={{ from: location.pathname + location.search }} />;
    }
    return (
      <div style={{ padding: 24 }}>
        <QueryError error={me.error} onRetry={() => void me.refetch()} />
      </div>
    );
  }

  const { user } = me.data;
  const entries = staffMenu(user.permissions);
  return (
    <StaffLayout
      brandTitle={center.data?.shortName ?? center.data?.name ?? t('portal.defaultCenterName')}
      homeHref={paths.staff.root}
      user={{ fullName: user.fullName, roleLabel: t(`role.${user.role}`), agencyName: user.agency.name }}
      menuItems={toMenuItems(entries, t)}
      selectedKey={selectedMenuKey(location.pathname, (location.state as { desk?: unknown } | null)?.desk)}
      // The administration group starts open: it is the admin's daily work and has only a few entries.
      defaultOpenKeys={[ADMIN_GROUP_KEY, ...openMenuGroupFor(location.pathname)]}
      onNavigate={(key) => void navigate(key)}
      loggingOut={logout.isPending}
      onLogout={() =>
        logout.mutate(undefined, {
          onSettled: () => {
            void message.success(t('staff.loggedOut'));
            void navigate(paths.login, { replace: true });
          },
        })
      }
    >
      <Outlet />
    </StaffLayout>
  );
}
