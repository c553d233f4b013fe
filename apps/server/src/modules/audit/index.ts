export {
  recordAudit,
  recordPersonalDataRead,
  createAuditService,
  type AuditService,
  type AuditRecord,
} from './audit.service';
export { auditRoutes } from './audit.routes';
