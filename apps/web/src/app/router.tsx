import { Permission } from '@mot-cua/contracts';
import type { ComponentType } from 'react';
import { createBrowserRouter, type RouteObject } from 'react-router';
import { PageSpinner } from '../components/ui/page-spinner';
import { paths } from '../config/paths';
import type { MessageKey } from '../lib/i18n';
import { LoginRoute } from './routes/auth/login';
import { NotFoundRoute, StaffNotFoundRoute } from './routes/not-found';
import { DossierLookupRoute } from './routes/portal/dossier-lookup';
import { PortalDueDateRoute } from './routes/portal/due-date';
import { PortalHomeRoute } from './routes/portal/home';
import { OnlineSubmitRoute } from './routes/portal/online-submit';
import { ProcedureRoute } from './routes/portal/procedure';
import { ProcedurePrintRoute } from './routes/portal/procedure-print';
import { ProceduresRoute } from './routes/portal/procedures';
import { UnderConstructionRoute } from './routes/portal/under-construction';
import { RouteErrorBoundary } from './routes/route-error';
import { RequirePermission } from './routes/staff/require-permission';

/**
 * The public pages load with the app; the staff area is loaded on first visit (citizens on a phone never
 * download the admin screens).
 */

/** A child path of /can-bo (`/can-bo/quan-tri/co-quan` → `quan-tri/co-quan`). */
const child = (path: string) => path.slice(paths.staff.root.length + 1);

const guarded = (path: string, permission: Permission, load: () => Promise<ComponentType>): RouteObject => ({
  path: child(path),
  lazy: async () => {
    const Page = await load();
    return {
      element: (
        <RequirePermission permission={permission}>
          <Page />
        </RequirePermission>
      ),
    };
  },
});

const comingSoon = (path: string, permission: Permission, title: MessageKey, description: MessageKey) =>
  guarded(path, permission, async () => {
    const { StaffComingSoonRoute } = await import('./routes/staff/coming-soon');
    return function ComingSoonPage() {
      return <StaffComingSoonRoute title={title} description={description} />;
    };
  });

/** A desk's work queues ("Hồ sơ cần xử lý", "Phê duyệt", "Phát hành kết quả"): one page, its own queues. */
const desk = (path: string, permission: Permission, name: 'process' | 'approve' | 'issue') =>
  guarded(path, permission, async () => {
    const { DeskRoute } = await import('./routes/staff/dossiers');
    return function DeskPage() {
      return <DeskRoute desk={name} />;
    };
  });

export const routes: RouteObject[] = [
  {
    errorElement: <RouteErrorBoundary />,
    hydrateFallbackElement: <PageSpinner />,
    children: [
      { path: paths.home, element: <PortalHomeRoute /> },
      { path: paths.procedures, element: <ProceduresRoute /> },
      { path: paths.procedure, element: <ProcedureRoute /> },
      { path: paths.procedurePrint, element: <ProcedurePrintRoute /> },
      { path: paths.onlineSubmit, element: <OnlineSubmitRoute /> },
      { path: paths.dueDate, element: <PortalDueDateRoute /> },
      { path: paths.dossierLookup, element: <DossierLookupRoute /> },
      { path: paths.appointments, element: <UnderConstructionRoute title="portal.nav.appointments" /> },
      { path: paths.login, element: <LoginRoute /> },
      {
        path: paths.staff.root,
        lazy: async () => ({ Component: (await import('./routes/staff/staff-root')).StaffRootRoute }),
        children: [
          { index: true, lazy: async () => ({ Component: (await import('./routes/staff/dashboard')).DashboardRoute }) },
          guarded(
            paths.staff.receive,
            Permission.DOSSIER_RECEIVE,
            async () => (await import('./routes/staff/receive')).ReceiveRoute,
          ),
          guarded(
            paths.staff.dossiers,
            Permission.DOSSIER_READ,
            async () => (await import('./routes/staff/dossiers')).DossiersRoute,
          ),
          guarded(
            paths.staff.dossier,
            Permission.DOSSIER_READ,
            async () => (await import('./routes/staff/dossier')).DossierRoute,
          ),
          desk(paths.staff.process, Permission.DOSSIER_PROCESS, 'process'),
          desk(paths.staff.approve, Permission.DOSSIER_APPROVE, 'approve'),
          desk(paths.staff.issue, Permission.DOSSIER_ISSUE, 'issue'),
          comingSoon(paths.staff.reports, Permission.REPORTS_READ, 'menu.reports', 'soon.reports'),
          {
            path: child(paths.staff.dueDate),
            lazy: async () => ({ Component: (await import('./routes/staff/due-date')).StaffDueDateRoute }),
          },
          guarded(
            paths.staff.center,
            Permission.ORG_MANAGE,
            async () => (await import('./routes/staff/admin/center')).AdminCenterRoute,
          ),
          guarded(
            paths.staff.agencies,
            Permission.ORG_MANAGE,
            async () => (await import('./routes/staff/admin/agencies')).AdminAgenciesRoute,
          ),
          guarded(
            paths.staff.counters,
            Permission.ORG_MANAGE,
            async () => (await import('./routes/staff/admin/counters')).AdminCountersRoute,
          ),
          guarded(
            paths.staff.users,
            Permission.USERS_MANAGE,
            async () => (await import('./routes/staff/admin/users')).AdminUsersRoute,
          ),
          guarded(
            paths.staff.calendar,
            Permission.CALENDAR_MANAGE,
            async () => (await import('./routes/staff/admin/calendar')).AdminCalendarRoute,
          ),
          guarded(
            paths.staff.catalogAdmin,
            Permission.CATALOG_MANAGE,
            async () => (await import('./routes/staff/admin/procedures')).AdminProceduresRoute,
          ),
          guarded(
            paths.staff.catalogAdminNew,
            Permission.CATALOG_MANAGE,
            async () => (await import('./routes/staff/admin/procedure')).AdminNewProcedureRoute,
          ),
          guarded(
            paths.staff.catalogAdminImport,
            Permission.CATALOG_MANAGE,
            async () => (await import('./routes/staff/admin/procedure-import')).AdminProcedureImportRoute,
          ),
          guarded(
            paths.staff.catalogAdminProcedure,
            Permission.CATALOG_MANAGE,
            async () => (await import('./routes/staff/admin/procedure')).AdminProcedureRoute,
          ),
          guarded(
            paths.staff.audit,
            Permission.AUDIT_READ,
            async () => (await import('./routes/staff/audit')).AuditRoute,
          ),
          // The public not-found page is in the main bundle already, so its staff twin needs no chunk of its own.
          { path: '*', element: <StaffNotFoundRoute /> },
        ],
      },
      { path: '*', element: <NotFoundRoute /> },
    ],
  },
];

export const createRouter = () => createBrowserRouter(routes);
