import { z } from 'zod';

/** Staff roles (vai trò). Vietnamese labels are in docs/glossary.md and the web i18n table. */
export const Role = {
  ADMIN: 'ADMIN',
  CENTER_LEADER: 'CENTER_LEADER',
  RECEPTION_OFFICER: 'RECEPTION_OFFICER',
  AGENCY_LEADER: 'AGENCY_LEADER',
  SPECIALIST: 'SPECIALIST',
  CLERK: 'CLERK',
  VIEWER: 'VIEWER',
} as const;
export type Role = (typeof Role)[keyof typeof Role];
export const roleSchema = z.enum(Object.values(Role) as [Role, ...Role[]]);

export const Permission = {
  ORG_MANAGE: 'org.manage',
  USERS_MANAGE: 'users.manage',
  AUDIT_READ: 'audit.read',
  CALENDAR_MANAGE: 'calendar.manage',
  CATALOG_MANAGE: 'catalog.manage',
  DOSSIER_READ: 'dossier.read',
  DOSSIER_RECEIVE: 'dossier.receive',
  DOSSIER_PROCESS: 'dossier.process',
  DOSSIER_APPROVE: 'dossier.approve',
  DOSSIER_ISSUE: 'dossier.issue',
  PERSONAL_DATA_READ: 'personal-data.read',
  REPORTS_READ: 'reports.read',
} as const;
export type Permission = (typeof Permission)[keyof typeof Permission];

export const loginBodySchema = z.strictObject({
  username: z.string().trim().min(1).max(64),
  password: z.string().min(1).max(256),
});
export type LoginBody = z.infer<typeof loginBodySchema>;

export const agencyRefSchema = z.object({
  id: z.uuid(),
  code: z.string(),
  name: z.string(),
});
export type AgencyRef = z.infer<typeof agencyRefSchema>;

export const sessionUserSchema = z.object({
  id: z.uuid(),
  username: z.string(),
  fullName: z.string(),
  role: roleSchema,
  agency: agencyRefSchema,
  homeAgency: agencyRefSchema.nullable(),
  permissions: z.array(z.string()),
  /** ALL: the whole center (center staff, leaders, admin); AGENCY: the user's agency and its sub-units. */
  scope: z.enum(['ALL', 'AGENCY']),
});
export type SessionUser = z.infer<typeof sessionUserSchema>;

export const loginResponseSchema = z.object({
  user: sessionUserSchema,
  csrfToken: z.string(),
});
export type LoginResponse = z.infer<typeof loginResponseSchema>;

export const meResponseSchema = loginResponseSchema;

export const changePasswordBodySchema = z.strictObject({
  currentPassword: z.string().min(1).max(256),
  newPassword: z.string().min(1).max(256),
});

export const userSchema = z.object({
  id: z.uuid(),
  username: z.string(),
  fullName: z.string(),
  role: roleSchema,
  agency: agencyRefSchema,
  homeAgency: agencyRefSchema.nullable(),
  active: z.boolean(),
  createdAt: z.string(),
  lastLoginAt: z.string().nullable(),
});
export type User = z.infer<typeof userSchema>;

const usernameSchema = z
  .string()
  .trim()
  .min(3)
  .max(64)
  .regex(/^[a-z0-9._-]+$/, 'Tên đăng nhập chỉ gồm chữ thường không dấu, số, dấu chấm, gạch dưới, gạch ngang');

export const createUserBodySchema = z.strictObject({
  username: usernameSchema,
  fullName: z.string().trim().min(2).max(200),
  role: roleSchema,
  agencyId: z.uuid(),
  homeAgencyId: z.uuid().nullable().optional(),
  password: z.string().min(1).max(256),
});
export type CreateUserBody = z.infer<typeof createUserBodySchema>;

export const updateUserBodySchema = z.strictObject({
  fullName: z.string().trim().min(2).max(200).optional(),
  role: roleSchema.optional(),
  agencyId: z.uuid().optional(),
  homeAgencyId: z.uuid().nullable().optional(),
  active: z.boolean().optional(),
});
export type UpdateUserBody = z.infer<typeof updateUserBodySchema>;

export const resetPasswordBodySchema = z.strictObject({
  newPassword: z.string().min(1).max(256),
});
