export {
  Channel,
  CHANNEL_LABELS,
  LEVEL_LABELS,
  TimeUnit,
  WORKING_HOURS_PER_DAY,
  NATIONAL_CODE_PATTERN,
  LOCAL_CODE_PATTERN,
  checkStepDurations,
  diffProcedures,
  formatAmount,
  formatDuration,
  hasEstimatedValues,
  isNationalCode,
  isValidDuration,
  localCodeProblem,
  nationalCodeProblem,
  stepAgencyKey,
  stepSumMessage,
  validateCatalog,
  validateProcedure,
  type CatalogContext,
  type CatalogIssue,
  type CatalogIssueCode,
  type CatalogRowIssue,
  type ChannelOffer,
  type ChecklistItem,
  type Duration,
  type FeeItem,
  type LegalBasis,
  type ProcedureChange,
  type ProcedureLevel,
  type ProcedureStatus,
  type ProcessStep,
  type Procedure,
  type ProcedureCase,
  type ResultType,
  type RuleSet,
  type SourceTag,
  type SourceTagValue,
  type SourceTags,
  type StepAgency,
  type StepSumResult,
} from './procedure';
export { ABBREVIATIONS, expandAbbreviations, matchesQuery, normalizeQuery } from './search-normalize';
export { haiDuongProcedures } from './data/haiduong-procedures';
export { remapAgencies } from './procedure-agencies';
export { createCatalogService, insertPublishedProcedure, type CatalogService } from './catalog.service';
export { catalogRoutes } from './catalog.routes';
export { createCatalogAdminService, type CatalogAdminService } from './catalog-admin.service';
export { catalogAdminRoutes } from './catalog-admin.routes';
export { procedureForIntake, type IntakeProcedure } from './catalog-intake.queries';
