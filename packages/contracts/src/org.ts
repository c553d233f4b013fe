import { z } from 'zod';
import { plainDateSchema } from './common';

/**
 * Electronic identifier code of an agency (mã định danh điện tử, QĐ 20/2020/QĐ-TTg): four groups,
 * right to left level 1 (H + 2 digits, the province) to level 4, e.g. `000.00.00.H26`.
 */
export const AGENCY_CODE_PATTERN = /^\d{3}\.\d{2}\.\d{2}\.[A-Z]\d{2}$/;
export const agencyCodeSchema = z.string().trim().regex(AGENCY_CODE_PATTERN, 'Mã định danh phải có dạng 000.00.00.H26');

export const AgencyKind = {
  PEOPLES_COMMITTEE: 'PEOPLES_COMMITTEE',
  PPC_OFFICE: 'PPC_OFFICE',
  SERVICE_CENTER: 'SERVICE_CENTER',
  DEPARTMENT: 'DEPARTMENT',
  VERTICAL: 'VERTICAL',
  DISTRICT: 'DISTRICT',
  COMMUNE: 'COMMUNE',
  PUBLIC_SERVICE: 'PUBLIC_SERVICE',
  ENTERPRISE: 'ENTERPRISE',
} as const;
export type AgencyKind = (typeof AgencyKind)[keyof typeof AgencyKind];
export const agencyKindSchema = z.enum(Object.values(AgencyKind) as [AgencyKind, ...AgencyKind[]]);

export const agencySchema = z.object({
  id: z.uuid(),
  code: z.string(),
  codeIsDemo: z.boolean(),
  name: z.string(),
  shortName: z.string().nullable(),
  kind: agencyKindSchema,
  parentId: z.uuid().nullable(),
  gsoCode: z.string().nullable(),
  validFrom: plainDateSchema.nullable(),
  validTo: plainDateSchema.nullable(),
  successorIds: z.array(z.uuid()),
  sortOrder: z.number().int(),
  active: z.boolean(),
});
export type Agency = z.infer<typeof agencySchema>;

export const agencyListQuerySchema = z.object({
  /** Agencies valid on that day (default: today in Asia/Ho_Chi_Minh). `all` lists every version. */
  asOf: z.union([plainDateSchema, z.literal('all')]).optional(),
});

const agencyWritable = {
  code: agencyCodeSchema,
  codeIsDemo: z.boolean().default(false),
  name: z.string().trim().min(2).max(300),
  shortName: z.string().trim().max(100).nullable().optional(),
  kind: agencyKindSchema,
  parentId: z.uuid().nullable().optional(),
  gsoCode: z
    .string()
    .regex(/^\d{2,5}$/)
    .nullable()
    .optional(),
  validFrom: plainDateSchema.nullable().optional(),
  validTo: plainDateSchema.nullable().optional(),
  sortOrder: z.number().int().min(0).max(100_000).optional(),
};
export const createAgencyBodySchema = z.strictObject(agencyWritable);
export type CreateAgencyBody = z.infer<typeof createAgencyBodySchema>;
export const updateAgencyBodySchema = z.strictObject({
  name: agencyWritable.name.optional(),
  shortName: agencyWritable.shortName,
  parentId: agencyWritable.parentId,
  validFrom: agencyWritable.validFrom,
  validTo: agencyWritable.validTo,
  sortOrder: agencyWritable.sortOrder,
  codeIsDemo: z.boolean().optional(),
});
export type UpdateAgencyBody = z.infer<typeof updateAgencyBodySchema>;

/** Time of day, `HH:mm`, 24-hour. */
export const timeOfDaySchema = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Giờ phải có dạng HH:mm');
/** Day of year `MM-DD`, used for seasonal office hours. */
export const monthDaySchema = z.string().regex(/^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, 'Phải có dạng MM-DD');

export const officeHoursSeasonSchema = z.object({
  name: z.string().trim().min(1).max(100),
  /** First day of the season, `MM-DD`; the season runs to the day before the next season starts. */
  startsOn: monthDaySchema,
  morningStart: timeOfDaySchema,
  morningEnd: timeOfDaySchema,
  afternoonStart: timeOfDaySchema,
  afternoonEnd: timeOfDaySchema,
  /** Whether counters open on Saturday morning. It does not make Saturday a working day for deadlines. */
  saturdayMorningOpen: z.boolean(),
});
export type OfficeHoursSeason = z.infer<typeof officeHoursSeasonSchema>;

export const centerSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  shortName: z.string().nullable(),
  parentBody: z.string(),
  address: z.string(),
  phone: z.string().nullable(),
  email: z.string().nullable(),
  openedOn: plainDateSchema.nullable(),
  placeName: z.string(),
  agency: z.object({ id: z.uuid(), code: z.string(), name: z.string() }),
  officeHours: z.array(officeHoursSeasonSchema),
  staffPerAgencyLimit: z.number().int(),
  assignmentMaxMonths: z.number().int(),
  monthlyAllowanceVnd: z.number().int(),
});
export type Center = z.infer<typeof centerSchema>;

export const updateCenterBodySchema = z.strictObject({
  name: z.string().trim().min(2).max(300).optional(),
  shortName: z.string().trim().max(100).nullable().optional(),
  parentBody: z.string().trim().min(2).max(300).optional(),
  address: z.string().trim().min(2).max(500).optional(),
  phone: z.string().trim().max(50).nullable().optional(),
  email: z.email().nullable().optional(),
  openedOn: plainDateSchema.nullable().optional(),
  placeName: z.string().trim().min(2).max(100).optional(),
  officeHours: z.array(officeHoursSeasonSchema).min(1).max(12).optional(),
  staffPerAgencyLimit: z.number().int().min(1).max(50).optional(),
  assignmentMaxMonths: z.number().int().min(1).max(120).optional(),
  monthlyAllowanceVnd: z.number().int().min(0).max(100_000_000).optional(),
});
export type UpdateCenterBody = z.infer<typeof updateCenterBodySchema>;

export const serviceAreaSchema = z.object({
  id: z.uuid(),
  code: z.string(),
  name: z.string(),
  floor: z.string().nullable(),
  sortOrder: z.number().int(),
  active: z.boolean(),
});
export type ServiceArea = z.infer<typeof serviceAreaSchema>;
export const createServiceAreaBodySchema = z.strictObject({
  code: z
    .string()
    .trim()
    .regex(/^[A-Z0-9-]{1,16}$/, 'Mã khu vực gồm chữ in hoa, số, gạch ngang (tối đa 16 ký tự)'),
  name: z.string().trim().min(2).max(200),
  floor: z.string().trim().max(50).nullable().optional(),
  sortOrder: z.number().int().min(0).max(10_000).optional(),
});
export const updateServiceAreaBodySchema = z.strictObject({
  name: z.string().trim().min(2).max(200).optional(),
  floor: z.string().trim().max(50).nullable().optional(),
  sortOrder: z.number().int().min(0).max(10_000).optional(),
  active: z.boolean().optional(),
});

export const counterSchema = z.object({
  id: z.uuid(),
  number: z.number().int(),
  name: z.string(),
  serviceAreaId: z.uuid(),
  agency: z.object({ id: z.uuid(), code: z.string(), name: z.string() }).nullable(),
  active: z.boolean(),
});
export type Counter = z.infer<typeof counterSchema>;
export const createCounterBodySchema = z.strictObject({
  number: z.number().int().min(1).max(999),
  name: z.string().trim().min(1).max(200),
  serviceAreaId: z.uuid(),
  agencyId: z.uuid().nullable().optional(),
});
export const updateCounterBodySchema = z.strictObject({
  name: z.string().trim().min(1).max(200).optional(),
  serviceAreaId: z.uuid().optional(),
  agencyId: z.uuid().nullable().optional(),
  active: z.boolean().optional(),
});
