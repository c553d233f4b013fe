import { type AgencyKind, Permission, Role } from '@mot-cua/contracts';

/**
 * Who may do what. Pure: no I/O. Permissions are checked on every route (config.access) and the data scope
 * (which agencies' data a user sees) is applied by every service that lists or loads agency data.
 */
const P = Permission;
export const rolePermissions = {
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
  // Công chức tiếp nhận: receives, transfers and returns dossiers at the counter (Decree 61/2018 Art 17, 20).
  RECEPTION_OFFICER: [P.DOSSIER_READ, P.DOSSIER_RECEIVE, P.PERSONAL_DATA_READ],
  AGENCY_LEADER: [P.DOSSIER_READ, P.DOSSIER_PROCESS, P.DOSSIER_APPROVE, P.REPORTS_READ, P.PERSONAL_DATA_READ],
  SPECIALIST: [P.DOSSIER_READ, P.DOSSIER_PROCESS, P.PERSONAL_DATA_READ],
  // Văn thư: numbers, seals and issues the result.
  CLERK: [P.DOSSIER_READ, P.DOSSIER_ISSUE],
  VIEWER: [P.DOSSIER_READ, P.REPORTS_READ],
} as const satisfies Record<Role, readonly Permission[]>;

export function permissionsOf(role: Role): ReadonlySet<Permission> {
  return new Set<Permission>(rolePermissions[role]);
}

/** Agencies whose staff work for the whole center: the PPC, its Office, and the center itself. */
const centerWideKinds: ReadonlySet<AgencyKind> = new Set<AgencyKind>([
  'PEOPLES_COMMITTEE',
  'PPC_OFFICE',
  'SERVICE_CENTER',
]);

/**
 * A user sees the whole center's data when they are an administrator or work for a center-wide body;
 * otherwise only their own agency and its sub-units (a specialist of one department never sees another's).
 */
export function scopeKindFor(role: Role, agencyKind: AgencyKind): 'ALL' | 'AGENCY' {
  if (role === Role.ADMIN) return 'ALL';
  return centerWideKinds.has(agencyKind) ? 'ALL' : 'AGENCY';
}

const COMMON_PASSWORDS = new Set([
  'demo1234',
  'password',
  'password1',
  'password123',
  '12345678',
  '123456789',
  '1234567890',
  'qwerty123',
  'matkhau',
  'matkhau123',
  'admin123',
  'administrator',
  'motcua123',
  'abc123456',
  '11111111',
  'iloveyou',
]);

export const MIN_PASSWORD_LENGTH = 12;

/**
 * Outside demo mode every password is checked: at least 12 characters with three kinds of characters
 * (or a passphrase of 20+), not a known default, and not containing the username.
 */
export function isStrongPassword(password: string, username: string): boolean {
  const lower = password.toLowerCase();
  if (password.length < MIN_PASSWORD_LENGTH) return false;
  if (COMMON_PASSWORDS.has(lower)) return false;
  if ([...COMMON_PASSWORDS].some((common) => lower.startsWith(common) && lower.length - common.length < 4)) {
    return false;
  }
  if (username.length >= 3 && lower.includes(username.toLowerCase())) return false;
  if (new Set(password).size < 5) return false;
  if (password.length >= 20) return true;
  const kinds = [/[a-z]/, /[A-Z]/, /\d/, /[^A-Za-z0-9]/].filter((re) => re.test(password)).length;
  return kinds >= 3;
}

/** Login throttling: how many failures are tolerated before a pause, and for how long they count. */
export const loginThrottle = {
  windowMinutes: 10,
  maxFailuresPerUsernameAndIp: 5,
  maxFailuresPerUsername: 20,
  maxFailuresPerIp: 50,
} as const;

export function normalizeUsername(username: string): string {
  return username.trim().toLowerCase();
}
