import type {
  auditQuerySchema,
  calendarEntryKindSchema,
  confirmCalendarYearBodySchema,
  createCounterBodySchema,
  createServiceAreaBodySchema,
  deadlineSettingsSchema,
  dossierChannelSchema,
  dossierCreatedSchema,
  dossierListItemSchema,
  dossierListQuerySchema,
  dossierListResponseSchema,
  draftSettingsSchema,
  lunarResponseSchema,
  onlineLevelSchema,
  procedureLevelSchema,
  procedureListResponseSchema,
  publicDossierSchema,
  resetPasswordBodySchema,
  resultDeliverySchema,
  updateCalendarSettingsBodySchema,
  updateCounterBodySchema,
  updateServiceAreaBodySchema,
  workingDaysResponseSchema,
} from '@mot-cua/contracts';

/**
 * Types of contracts schemas that `@mot-cua/contracts` exports without an inferred type. Same as
 * `z.infer<S>` (zod keeps the parsed type at `S['_zod']['output']`) without the web depending on zod.
 */
type Infer<S extends { _zod: { output: unknown } }> = S['_zod']['output'];
type InferInput<S extends { _zod: { input: unknown } }> = S['_zod']['input'];

export type CreateCounterBody = Infer<typeof createCounterBodySchema>;
export type UpdateCounterBody = Infer<typeof updateCounterBodySchema>;
export type CreateServiceAreaBody = Infer<typeof createServiceAreaBodySchema>;
export type UpdateServiceAreaBody = Infer<typeof updateServiceAreaBodySchema>;
export type ResetPasswordBody = Infer<typeof resetPasswordBodySchema>;
export type AuditQuery = InferInput<typeof auditQuerySchema>;

export type CalendarEntryKind = Infer<typeof calendarEntryKindSchema>;
export type ConfirmCalendarYearBody = Infer<typeof confirmCalendarYearBodySchema>;
export type UpdateCalendarSettingsBody = Infer<typeof updateCalendarSettingsBodySchema>;
export type DeadlineSettings = Infer<typeof deadlineSettingsSchema>;
export type DraftYearSettings = Infer<typeof draftSettingsSchema>;
export type LunarResponse = Infer<typeof lunarResponseSchema>;
export type WorkingDaysResponse = Infer<typeof workingDaysResponseSchema>;
export type ProcedureLevel = Infer<typeof procedureLevelSchema>;
export type OnlineLevel = Infer<typeof onlineLevelSchema>;
export type ProcedureListResponse = Infer<typeof procedureListResponseSchema>;

export type DossierChannel = Infer<typeof dossierChannelSchema>;
export type ResultDelivery = Infer<typeof resultDeliverySchema>;
export type DossierCreated = Infer<typeof dossierCreatedSchema>;
export type DossierListItem = Infer<typeof dossierListItemSchema>;
export type DossierListQuery = InferInput<typeof dossierListQuerySchema>;
export type DossierListResponse = Infer<typeof dossierListResponseSchema>;
export type PublicDossier = Infer<typeof publicDossierSchema>;
