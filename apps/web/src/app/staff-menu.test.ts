import { Permission, Role } from '@mot-cua/contracts';
import { describe, expect, it } from 'vitest';
import { findStaffMenuEntry, openMenuGroupFor, selectedMenuKey, staffMenu } from './staff-menu';

// The server's role → permission table (apps/server/src/modules/auth/auth.ts), as /api/auth/me sends it.
const P = Permission;
const permissionsOf: Record<Role, string[]> = {
  ADMIN: [
    P.ORG_MANAGE,
    P.USERS_MANAGE,
    P.AUDIT_READ,
    P.CALENDAR_MANAGE,
    P.CATALOG_MANAGE,
    P.DOSSIER_READ,
    P.REPORTS_READ,
  ],
  CENTER_LEADER: [P.DOSSIER_READ, P.REPORTS_READ, P.AUDIT_READ, P.PERSONAL_DATA_READ],
  RECEPTION_OFFICER: [P.DOSSIER_READ, P.DOSSIER_RECEIVE, P.PERSONAL_DATA_READ],
  AGENCY_LEADER: [P.DOSSIER_READ, P.DOSSIER_PROCESS, P.DOSSIER_APPROVE, P.REPORTS_READ, P.PERSONAL_DATA_READ],
  SPECIALIST: [P.DOSSIER_READ, P.DOSSIER_PROCESS, P.PERSONAL_DATA_READ],
  CLERK: [P.DOSSIER_READ, P.DOSSIER_ISSUE],
  VIEWER: [P.DOSSIER_READ, P.REPORTS_READ],
};

const labels = (role: Role) =>
  staffMenu(permissionsOf[role]).flatMap((e) => [e.label, ...(e.children ?? []).map((c) => c.label)]);

describe('staffMenu', () => {
  it('gives every role the desk', () => {
    for (const role of Object.values(Role)) expect(labels(role)[0]).toBe('menu.dashboard');
  });

  it('shows a reception officer the intake, the desk queues and nothing of administration', () => {
    expect(labels(Role.RECEPTION_OFFICER)).toEqual(['menu.dashboard', 'menu.receive', 'menu.dossiers', 'menu.dueDate']);
  });

  it('shows a specialist processing only', () => {
    expect(labels(Role.SPECIALIST)).toEqual(['menu.dashboard', 'menu.process', 'menu.dueDate']);
  });

  it('shows an agency leader processing, approval and reports', () => {
    expect(labels(Role.AGENCY_LEADER)).toEqual([
      'menu.dashboard',
      'menu.process',
      'menu.approve',
      'menu.reports',
      'menu.dueDate',
    ]);
  });

  it('shows a clerk the issuing of results', () => {
    expect(labels(Role.CLERK)).toEqual(['menu.dashboard', 'menu.issue', 'menu.dueDate']);
  });

  it('shows the center leader the dossiers to follow, reports and the audit log', () => {
    expect(labels(Role.CENTER_LEADER)).toEqual([
      'menu.dashboard',
      'menu.dossiers',
      'menu.reports',
      'menu.dueDate',
      'menu.audit',
    ]);
  });

  it('gives "Hồ sơ" only to those without a desk of their own', () => {
    expect(labels(Role.VIEWER)).toContain('menu.dossiers');
    for (const role of [Role.SPECIALIST, Role.AGENCY_LEADER, Role.CLERK]) {
      expect(labels(role)).not.toContain('menu.dossiers');
    }
  });

  it('shows the administrator the administration group with its six pages, and the audit log', () => {
    expect(labels(Role.ADMIN)).toEqual([
      'menu.dashboard',
      'menu.dossiers',
      'menu.reports',
      'menu.dueDate',
      'menu.admin',
      'menu.center',
      'menu.agencies',
      'menu.counters',
      'menu.users',
      'menu.calendar',
      'menu.catalogAdmin',
      'menu.audit',
    ]);
  });

  it('keeps the administration group for accounts alone when only users.manage is held', () => {
    const menu = staffMenu([P.USERS_MANAGE]);
    expect(menu.map((e) => e.label)).toEqual(['menu.dashboard', 'menu.dueDate', 'menu.admin']);
    expect(menu[2]!.children!.map((c) => c.label)).toEqual(['menu.users']);
  });

  it('gives the calendar administration to calendar.manage alone, and the due-date tool to everyone', () => {
    const menu = staffMenu([P.CALENDAR_MANAGE]);
    expect(menu.map((e) => e.label)).toEqual(['menu.dashboard', 'menu.dueDate', 'menu.admin']);
    expect(menu[2]!.children!.map((c) => c.label)).toEqual(['menu.calendar']);
    expect(findStaffMenuEntry('/can-bo/tinh-han')?.permission).toBeUndefined();
  });

  it('gives the catalog administration to catalog.manage alone', () => {
    const menu = staffMenu([P.CATALOG_MANAGE]);
    expect(menu[2]!.children!.map((c) => c.label)).toEqual(['menu.catalogAdmin']);
    expect(findStaffMenuEntry('/can-bo/quan-tri/thu-tuc')?.permission).toBe(P.CATALOG_MANAGE);
  });

  it('marks the functions still to be built', () => {
    const entries = staffMenu(permissionsOf.AGENCY_LEADER);
    expect(entries.filter((e) => e.comingSoon).map((e) => e.label)).toEqual(['menu.reports']);
  });

  it('ignores permissions it does not know', () => {
    expect(staffMenu(['something.else']).map((e) => e.label)).toEqual(['menu.dashboard', 'menu.dueDate']);
  });
});

describe('menu lookups', () => {
  it('finds an entry by path, also inside a group', () => {
    expect(findStaffMenuEntry('/can-bo/quan-tri/co-quan')?.permission).toBe(P.ORG_MANAGE);
    expect(findStaffMenuEntry('/can-bo/quan-tri/lich')?.permission).toBe(P.CALENDAR_MANAGE);
    expect(findStaffMenuEntry('/nowhere')).toBeUndefined();
  });

  it('highlights the desk a dossier was opened from, or the dossiers entry', () => {
    expect(selectedMenuKey('/can-bo/ho-so/0b1c', '/can-bo/phe-duyet')).toBe('/can-bo/phe-duyet');
    expect(selectedMenuKey('/can-bo/ho-so/0b1c', '/nowhere')).toBe('/can-bo/ho-so');
    expect(selectedMenuKey('/can-bo/ho-so/0b1c')).toBe('/can-bo/ho-so');
    expect(selectedMenuKey('/can-bo/xu-ly/')).toBe('/can-bo/xu-ly');
    expect(selectedMenuKey('/can-bo/', '/can-bo/phe-duyet')).toBe('/can-bo');
  });

  it('highlights the catalog administration on a procedure’s pages', () => {
    expect(selectedMenuKey('/can-bo/quan-tri/thu-tuc/1.001193')).toBe('/can-bo/quan-tri/thu-tuc');
    expect(selectedMenuKey('/can-bo/quan-tri/thu-tuc/moi')).toBe('/can-bo/quan-tri/thu-tuc');
    expect(openMenuGroupFor('/can-bo/quan-tri/thu-tuc/nhap-tu-tep')).toEqual(['admin']);
  });

  it('opens the group that holds the current page', () => {
    expect(openMenuGroupFor('/can-bo/quan-tri/tai-khoan')).toEqual(['admin']);
    expect(openMenuGroupFor('/can-bo')).toEqual([]);
  });
});
