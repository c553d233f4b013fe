import { z } from 'zod';
import { plainDateSchema } from './common';

export const DurationUnit = {
  WORKING_DAY: 'WORKING_DAY',
  CALENDAR_DAY: 'CALENDAR_DAY',
  WORKING_HOUR: 'WORKING_HOUR',
  SAME_DAY: 'SAME_DAY',
} as const;
export type DurationUnit = (typeof DurationUnit)[keyof typeof DurationUnit];
export const durationUnitSchema = z.enum(Object.values(DurationUnit) as [DurationUnit, ...DurationUnit[]], {
  error: 'Đơn vị phải là WORKING_DAY, CALENDAR_DAY, WORKING_HOUR hoặc SAME_DAY',
});

/** An instant with an explicit offset: `2026-11-27T09:30:00+07:00` or `…Z`. A bare local time is ambiguous. */
export const instantWithOffsetSchema = z
  .string()
  .regex(
    /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/,
    'Thời điểm phải theo ISO 8601 có múi giờ, ví dụ 2026-11-27T09:30:00+07:00',
  )
  .refine((v) => !Number.isNaN(Date.parse(v)), 'Thời điểm không tồn tại');

export const MAX_DURATION_AMOUNT = 3650;

export const dueQuerySchema = z.object({
  receivedAt: instantWithOffsetSchema,
  amount: z.coerce
    .number({ error: 'Thời hạn phải là một số' })
    .min(0, 'Thời hạn không được âm')
    .max(MAX_DURATION_AMOUNT, `Thời hạn tối đa ${MAX_DURATION_AMOUNT}`),
  unit: durationUnitSchema,
});

export const calendarStatusSchema = z.enum(['official', 'draft']);

export const dueResponseSchema = z.object({
  /** The appointment, ISO 8601 in Vietnam time (+07:00). */
  dueAt: z.string(),
  dueDate: plainDateSchema,
  calendarStatus: calendarStatusSchema,
  /** The moment counting starts from (the next working day for a receipt outside office hours). */
  effectiveStart: z.string(),
});
export type DueResponse = z.infer<typeof dueResponseSchema>;

export const workingDaysQuerySchema = z.object({ from: plainDateSchema, to: plainDateSchema });

export const calendarEntryKindSchema = z.enum(['NON_WORKING_WEEKDAY', 'WORKING_WEEKEND']);
export const calendarEntrySchema = z.object({
  date: plainDateSchema,
  kind: calendarEntryKindSchema,
  reason: z.string(),
  source: z.string(),
  /** Announced but not in force until confirmed (e.g. 24/11 Vietnam Culture Day): does not change working days. */
  pending: z.boolean().optional(),
});
export type CalendarEntry = z.infer<typeof calendarEntrySchema>;

export const workingDaysResponseSchema = z.object({
  /** Working days from `from` to `to`, both included. */
  count: z.number().int(),
  nonWorkingWeekdays: z.array(plainDateSchema),
  workingWeekendDays: z.array(plainDateSchema),
  /** The same days with their reasons and sources. */
  details: z.array(calendarEntrySchema),
  calendarStatus: calendarStatusSchema,
});

export const calendarYearSchema = z.object({
  year: z.number().int(),
  status: calendarStatusSchema,
  basis: z.string(),
  /** Whether an administrator's (or the official) table is stored; false means computed from the Labour Code. */
  stored: z.boolean(),
  entries: z.array(calendarEntrySchema),
  updatedAt: z.string().nullable(),
  /** A Vietnamese warning when the year has no confirmed table. */
  warning: z.string().nullable(),
});
export type CalendarYearDto = z.infer<typeof calendarYearSchema>;

export const yearParamsSchema = z.object({
  year: z.coerce.number().int('Năm phải là số nguyên').min(1900).max(2200),
});

export const saveCalendarYearBodySchema = z.strictObject({
  status: calendarStatusSchema,
  basis: z.string().trim().min(3).max(1000),
  entries: z
    .array(
      z.strictObject({
        date: plainDateSchema,
        kind: calendarEntryKindSchema,
        reason: z.string().trim().min(2).max(300),
        source: z.string().trim().min(2).max(500),
        pending: z.boolean().optional(),
      }),
    )
    .max(120),
  /** Why the administrator changes the year (kept in the audit log). */
  reason: z.string().trim().min(5, 'Hãy ghi lý do thay đổi (ít nhất 5 ký tự)').max(1000),
});
export type SaveCalendarYearBody = z.infer<typeof saveCalendarYearBodySchema>;

export const confirmCalendarYearBodySchema = z.strictObject({
  reason: z.string().trim().min(5, 'Hãy ghi lý do, ví dụ số thông báo chính thức').max(1000),
});

export const deadlineSettingsSchema = z.object({
  offHoursReceipt: z.enum(['NEXT_WORKING_DAY', 'RECEIPT_DATE']),
  sameDayCutoff: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/),
  appointmentTime: z.enum(['OFFICE_CLOSE', 'SAME_CLOCK_TIME']),
  transferCutoff: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/),
  supplementClock: z.enum(['RESTART', 'PAUSE']),
  financialObligationPausesClock: z.boolean(),
  apologyDeadline: z.enum(['WORKING_DAY_BEFORE', 'CALENDAR_DAY_BEFORE']),
  maxNewAppointments: z.number().int().min(0).max(5),
  supplementNoticeWorkingDays: z.number().int().min(1).max(30),
});
export const draftSettingsSchema = z.object({
  tetDaysBeforeNewYear: z.number().int().min(0).max(5),
  nationalDayAdjacentDay: z.enum(['AUTO', 'BEFORE', 'AFTER']),
  cultureDayFromYear: z.number().int().min(2026).max(2100).nullable(),
});
export const calendarSettingsSchema = z.object({ deadline: deadlineSettingsSchema, draft: draftSettingsSchema });
export type CalendarSettingsDto = z.infer<typeof calendarSettingsSchema>;
export const updateCalendarSettingsBodySchema = z.strictObject({
  deadline: deadlineSettingsSchema.partial().strict().optional(),
  draft: draftSettingsSchema.partial().strict().optional(),
  reason: z.string().trim().min(5).max(1000),
});

export const lunarQuerySchema = z.object({ date: plainDateSchema });
export const lunarResponseSchema = z.object({
  date: plainDateSchema,
  lunar: z.object({ year: z.number().int(), month: z.number().int(), day: z.number().int(), leap: z.boolean() }),
  yearName: z.string(),
  label: z.string(),
});
