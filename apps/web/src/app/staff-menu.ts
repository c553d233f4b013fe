import { Permission } from '@mot-cua/contracts';
import { paths } from '../config/paths';
import type { MessageKey } from '../lib/i18n';

export type StaffMenuIcon =
  | 'dashboard'
  | 'receive'
  | 'dossiers'
  | 'process'
  | 'approve'
  | 'issue'
  | 'reports'
  | 'dueDate'
  | 'admin'
  | 'center'
  | 'agencies'
  | 'counters'
  | 'users'
  | 'calendar'
  | 'catalog'
  | 'audit';

export interface StaffMenuEntry {
  /** The route path (also the menu key). */
  key: string;
  label: MessageKey;
  icon: StaffMenuIcon;
  /** Needed to see the entry; none means every signed-in user. */
  permission?: Permission;
  /** Hidden from users holding one of these: they have a desk of their own for the same work. */
  hiddenWith?: readonly Permission[];
  /** A placeholder page for a feature still to be built. */
  comingSoon?: boolean;
  children?: StaffMenuEntry[];
}

export const ADMIN_GROUP_KEY = 'admin';

/** Every entry of the staff menu, in display order; `staffMenu` keeps the ones a user may open. */
export const staffMenuEntries: readonly StaffMenuEntry[] = [
  { key: paths.staff.root, label: 'menu.dashboard', icon: 'dashboard' },
  { key: paths.staff.receive, label: 'menu.receive', icon: 'receive', permission: Permission.DOSSIER_RECEIVE },
  // The reception desk's queues; also how the center leader and viewers follow the dossiers.
  {
    key: paths.staff.dossiers,
    label: 'menu.dossiers',
    icon: 'dossiers',
    permission: Permission.DOSSIER_READ,
    hiddenWith: [Permission.DOSSIER_PROCESS, Permission.DOSSIER_APPROVE, Permission.DOSSIER_ISSUE],
  },
  { key: paths.staff.process, label: 'menu.process', icon: 'process', permission: Permission.DOSSIER_PROCESS },
  { key: paths.staff.approve, label: 'menu.approve', icon: 'approve', permission: Permission.DOSSIER_APPROVE },
  { key: paths.staff.issue, label: 'menu.issue', icon: 'issue', permission: Permission.DOSSIER_ISSUE },
  {
    key: paths.staff.reports,
    label: 'menu.reports',
    icon: 'reports',
    permission: Permission.REPORTS_READ,
    comingSoon: true,
  },
  // Every staff user: counters are asked "when will it be ready?" all day.
  { key: paths.staff.dueDate, label: 'menu.dueDate', icon: 'dueDate' },
  {
    key: ADMIN_GROUP_KEY,
    label: 'menu.admin',
    icon: 'admin',
    children: [
      { key: paths.staff.center, label: 'menu.center', icon: 'center', permission: Permission.ORG_MANAGE },
      { key: paths.staff.agencies, label: 'menu.agencies', icon: 'agencies', permission: Permission.ORG_MANAGE },
      { key: paths.staff.counters, label: 'menu.counters', icon: 'counters', permission: Permission.ORG_MANAGE },
      { key: paths.staff.users, label: 'menu.users', icon: 'users', permission: Permission.USERS_MANAGE },
      {
        key: paths.staff.calendar,
        label: 'menu.calendar',
        icon: 'calendar',
        permission: Permission.CALENDAR_MANAGE,
      },
      {
        key: paths.staff.catalogAdmin,
        label: 'menu.catalogAdmin',
        icon: 'catalog',
        permission: Permission.CATALOG_MANAGE,
      },
    ],
  },
  { key: paths.staff.audit, label: 'menu.audit', icon: 'audit', permission: Permission.AUDIT_READ },
];

/** The menu a user sees: entries whose permission they hold; a group only when one of its children remains. */
export function staffMenu(permissions: readonly string[]): StaffMenuEntry[] {
  const held = new Set(permissions);
  const visible = (entry: StaffMenuEntry) =>
    (entry.permission === undefined || held.has(entry.permission)) &&
    !(entry.hiddenWith ?? []).some((p) => held.has(p));
  const result: StaffMenuEntry[] = [];
  for (const entry of staffMenuEntries) {
    if (entry.children) {
      const children = entry.children.filter(visible);
      if (children.length > 0 && visible(entry)) result.push({ ...entry, children });
    } else if (visible(entry)) {
      result.push(entry);
    }
  }
  return result;
}

/** The menu entry for a path (to title a page and to check its permission). */
export function findStaffMenuEntry(path: string): StaffMenuEntry | undefined {
  for (const entry of staffMenuEntries) {
    if (entry.key === path) return entry;
    const child = entry.children?.find((c) => c.key === path);
    if (child) return child;
  }
  return undefined;
}

/** The menu group to open for a path (the admin group for admin pages). */
export function openMenuGroupFor(path: string): string[] {
  const key = selectedMenuKey(path);
  return staffMenuEntries.filter((e) => e.children?.some((c) => c.key === key)).map((e) => e.key);
}

/**
 * The menu key to highlight for a path. A dossier (`/can-bo/ho-so/<id>`) keeps the desk it was opened from
 * (the queue links pass it along), else the dossiers entry; the pages of a procedure being administered
 * (`/can-bo/quan-tri/thu-tuc/<code>`, `/moi`, the import) belong to the catalog administration.
 */
export function selectedMenuKey(pathname: string, fromDesk?: unknown): string {
  const path = pathname.replace(/\/$/, '') || paths.staff.root;
  if (path.startsWith(`${paths.staff.dossiers}/`)) {
    return typeof fromDesk === 'string' && findStaffMenuEntry(fromDesk) ? fromDesk : paths.staff.dossiers;
  }
  if (path.startsWith(`${paths.staff.catalogAdmin}/`)) return paths.staff.catalogAdmin;
  return path;
}
